"""DL+ recall, round 7: an attribution marker opening a set-off phrase is its preposition, a
phrase moved in a sentence whose connectives were relinked elsewhere, and a "de" phrase after a
verb. Every sentence is written for the purpose (no corpus text); each positive test fails
without the rule it names, each negative one guards a reading the rule must not take."""
from __future__ import annotations

from analysis.strategies import dl
from tests.test_detect_dl import _ctx


def _dl(src: str, tgt: list[str]) -> list[tuple[str, str]]:
    ctx = _ctx(src, tgt)
    s, t = ctx.source_doc.text, ctx.target_doc.text
    return [(" ".join(s[a:b] for a, b in d.source_spans), " ".join(t[a:b] for a, b in d.target_spans))
            for d in dl.detect(ctx)]


# ---- an attribution marker is the phrase's preposition -----------------------------------------

def test_attribution_marker_replaced_while_the_phrase_moved():
    got = _dl("A vacina, segundo os médicos do hospital, reduz o risco de infecção.",
              ["Na opinião dos médicos do hospital, a vacina reduz o risco de infecção."])
    assert got == [("segundo os médicos do hospital", "Na opinião dos médicos do hospital")]


def test_attribution_marker_in_a_split():
    got = _dl("A reforma, segundo técnicos da prefeitura, deve começar em maio e durar dois anos.",
              ["Na opinião dos técnicos da prefeitura, a reforma deve começar em maio.",
               "A reforma deve durar dois anos."])
    assert ("segundo técnicos da prefeitura", "Na opinião dos técnicos da prefeitura") in got


def test_attribution_marker_replaced_in_place_is_no_move():
    assert _dl("Segundo os médicos do hospital, a vacina reduz o risco de infecção.",
               ["Na opinião dos médicos do hospital, a vacina reduz o risco de infecção."]) == []


# ---- connectives relinked elsewhere: a phrase out of the skeleton's order still moved ----------

def test_phrase_moved_where_a_connective_was_reworded():
    got = _dl("Enquanto o prefeito viajava, a câmara aprovou, em votação secreta, o novo orçamento da cidade.",
              ["Durante o tempo em que o prefeito viajava, a câmara aprovou o novo orçamento da cidade "
               "em votação secreta."])
    assert got == [("em votação secreta", "em votação secreta")]


def test_clause_moved_with_its_connective_changed_stays_rd():
    assert _dl("A rua alaga sempre, porque a chuva é muito forte no verão.",
               ["Como a chuva é muito forte no verão, a rua alaga sempre."]) == []


# ---- a "de" phrase after a verb is no noun's complement -----------------------------------------

def test_de_phrase_after_a_verb_moved_past_the_object():
    got = _dl("Os turistas pararam para observar de perto os pássaros do lago.",
              ["Os turistas pararam para ver os pássaros do lago de perto."])
    assert got == [("de perto", "de perto")]


def test_a_cleft_focus_put_after_the_verb_is_one_phrase_with_its_last_word_replaced():
    # round 54 (the development gold, dev_h 30 g4): the focus moved, "artesãs" → "tecelãs" on the
    # way; the diff's run stops before the replaced word, the cleft gives the whole phrase
    assert _dl("É das mãos de apenas cinco artesãs que saem os famosos tapetes da região.",
               ["Os famosos tapetes da região saem das mãos de apenas cinco tecelãs."]) == \
        [("os famosos tapetes da região", "Os famosos tapetes da região"),   # round 62: the subject
         ("das mãos de apenas cinco artesãs", "das mãos de apenas cinco tecelãs")]   # too, as 30 g4 codes it


def test_de_phrase_after_a_noun_made_infinitive_stays_attached():
    assert dl._after_verb(_ctx("O poder de compra das famílias caiu.", ["x"]).src_words, 2) is False
