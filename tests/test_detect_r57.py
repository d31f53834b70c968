"""Round 57, from the development gold (no new annotation) and from reading what a researcher
sees: each rule read twice where it can be, the right reading with it and the reading turned
with the rule patched out. The texts are written for the purpose, no corpus text.

* RD+: the negative additive "também não" is one connective, matched whole: "Tampouco
  imaginavam" → "Também não imaginavam" shows the negation on the simplified side too (dev_g 77
  g4 showed "Também" alone); and "também" kept while its clause turned negative ("também prevê
  a suspensão" → "também não vão acontecer") is the same link, no connective replaced.
* SL+: the label numbering a law's provision ("Art. 2º") numbers content and is no word: a
  simplified law that drops it and opens with another word ("Art. 2º … consideram-se resíduos"
  → "Lixo reciclável é …") replaced nothing (our own law pair l003 showed "Art" → "Lixo").
* DL+: an inversion undone is two displacements (the phrase and the subject, dev_g 45 g9, dev_d
  165 g3), and the subject counts where the diff did not move the verb: a sentence opened by a
  verbless phrase and its verb, the subject after them, and a target sentence opening with that
  subject before the same verb ("Entre as doenças mais frequentes está a Tinha Canis" → "A Tinha
  Canis está entre …", dev_d 37 g25; "No interior de cada pacotinho, estão as pílulas" → "As
  pílulas estão dentro de …", dev_h 30 g12).
* RD+: "em vez de" and "ao invés de" are the substitutive connective (a contrast; the lexicon
  lacked them): dropped for a negation, the link is RD+ as dev_h 126 g14 ("Em vez de" → "não")
  and dev_g 139 g24 ("em vez de" → "e não") code it; "em lugar de" (also a place: "em lugar de
  destaque") is ambiguous, and the three wordings are one connective ("em vez de tecê-lo" →
  "em lugar de tecer" relinks nothing, dev_h 123 g10).
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import dl, rd, sl
from tests.rule_cases import both_ways, no_connectives
from tests.test_strategies import analyzed_pairs

_RULES = ("O regulamento proíbe o uso de celulares durante a prova, bem como a consulta a livros e "
          "cadernos.",
          "O regulamento proíbe o uso de celulares durante a prova. Também não é permitido consultar "
          "livros e cadernos.")

_FAIR = ("Entre as atrações mais procuradas da feira está a Casa Bandeirista, restaurada no ano passado.",
         "A Casa Bandeirista está entre as atrações mais procuradas da feira. Ela foi restaurada no ano passado.")
_BOXES = ("No fundo de cada uma das caixas, estão as sementes (grãos de milho) já separadas:",
          "As sementes estão no fundo de cada uma das caixas. As sementes são grãos de milho já separados.")

_SUBJECT_RULES = ("_subjects_after_an_opening_phrase", "_subjects_put_before_their_verb")

CASES = [
    # (round 62's subject put back before its verb reads these pairs too: both off)
    ((dl, _SUBJECT_RULES), lambda ctx: [], "DL+", _FAIR,
     ("a Casa Bandeirista", "A Casa Bandeirista"), True),
    ((dl, _SUBJECT_RULES), lambda ctx: [], "DL+", _BOXES,
     ("as sementes", "As sementes"), True),
    ((connectives, "CONNECTIVES"), no_connectives("também não"), "RD+", _RULES,
     ("bem como", "Também não"), True),
]

test_round_57_reads_the_pair_right, test_round_57_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_kept_tambem_whose_clause_turned_negative_is_no_connective_replaced():
    """The polarity changed inside the clause; the additive link is the same word."""
    src = ("A portaria, válida até dezembro, também prevê a suspensão das visitas aos presídios "
           "nos fins de semana.")
    tgt = "As visitas aos presídios também não vão acontecer nos fins de semana."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if "também" in p[0].lower()]


def test_without_the_negation_in_the_head_the_kept_tambem_reads_as_replaced(monkeypatch):
    """Patched back to the bare tails, the same pair gains a wrong RD+."""
    monkeypatch.setattr(rd, "_connective_head",
                        lambda form: tuple(w for w in form.split() if w not in ("que", "de")) or (form,))
    src = ("A portaria, válida até dezembro, também prevê a suspensão das visitas aos presídios "
           "nos fins de semana.")
    tgt = "As visitas aos presídios também não vão acontecer nos fins de semana."
    assert ("também", "também não") in analyzed_pairs("RD+", src, tgt)


_LAW = ("Art. 2º Para os fins desta Lei, consideram-se resíduos hospitalares recicláveis os materiais "
        "passíveis de reaproveitamento, como vidro, metal e plástico.",
        "Lixo hospitalar reciclável é todo material que pode ser usado de novo, como vidro, metal e plástico.")


def test_a_provision_label_is_no_word_replaced():
    assert not [p for p in analyzed_pairs("SL+", *_LAW) if p[0] == "Art"]


def test_without_the_label_check_art_pairs_with_the_new_first_word(monkeypatch):
    monkeypatch.setattr(sl, "_in_provision_labels", lambda words, sentences: [])
    assert ("Art", "Lixo") in analyzed_pairs("SL+", *_LAW)


def test_a_subject_a_split_repeats_to_open_its_own_sentence_is_no_move():
    """The opening phrase is the subject here ("A principal autora do estudo é X"), and X opens
    a sentence the split built for the apposition: what the split needs, no inversion undone."""
    src = ("A coordenadora da pesquisa é Ana Ribeiro, da Universidade Federal do Pará, que há anos "
           "estuda os peixes da região.")
    tgt = ("A coordenadora da pesquisa é Ana Ribeiro. Ana Ribeiro é da Universidade Federal do Pará. "
           "Ana Ribeiro há anos estuda os peixes da região.")
    assert not analyzed_pairs("DL+", src, tgt)


def test_a_subject_in_a_sentence_without_the_opening_phrase_is_no_move():
    """"Na Espanha, são os Reis Magos -- …" → "… Os Reis Magos são …": the phrase did not go
    after the verb in that sentence; the split made the apposition a sentence of its own."""
    src = ("No Brasil, são os três irmãos Vilela -- Pedro, Paulo e João que organizam a festa da "
           "colheita, no mês de maio.")
    tgt = ("No Brasil, são os três irmãos Vilela que organizam a festa da colheita, no mês de maio. "
           "Os três irmãos Vilela são Pedro, Paulo e João.")
    assert not [p for p in analyzed_pairs("DL+", src, tgt) if "irmãos" in p[0]]


_DIET = ("Em vez de guardar a energia como gordura, os ratos tratados a gastaram em forma de calor.",
         "Os ratos tratados não guardaram a energia como gordura. Eles gastaram a energia em forma de calor.")


def test_em_vez_de_dropped_for_a_negation_is_a_link_changed():
    """Spanned on the negation that now says the contrast, as dev_h 126 g14 codes it."""
    assert ("Em vez de", "não") in analyzed_pairs("RD+", *_DIET)


def test_without_the_negation_the_dropped_em_vez_de_reads_as_left_implicit(monkeypatch):
    monkeypatch.setattr(rd, "_negation_for_substitution", lambda ctx, r: None)
    assert ("Em vez de", "não") not in analyzed_pairs("RD+", *_DIET)
    assert any(src == "Em vez de" for src, _ in analyzed_pairs("RD+", *_DIET))


def test_without_em_vez_de_in_the_lexicon_the_link_goes_unseen(monkeypatch):
    for key in no_connectives("em vez de", "ao invés de"):
        monkeypatch.delitem(connectives.CONNECTIVES, key)
    assert not any(src == "Em vez de" for src, _ in analyzed_pairs("RD+", *_DIET))


def test_em_vez_de_for_em_lugar_de_is_one_connective_reworded():
    src = "Assustado, o gato passou a dormir no armário, em vez de deitá-lo na cama como antes."
    tgt = "Com medo, o gato passou a dormir no armário, em lugar de dormir na cama como antes."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if "vez" in p[0]]
