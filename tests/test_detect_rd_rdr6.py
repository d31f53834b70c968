"""RD+ round rdr6: the contrastive "Já" (whereas) read from its context, and an attribution
marker that followed what it attributes turned into a reporting clause put before it. Each
change has a sibling that must stay as it was. Sentences written for the purpose."""
from __future__ import annotations

from tests.test_strategies import groups_of, run


def _rd(src, tgt, groups=None):
    _, _, dets, _ = run(src, tgt, groups)
    return [d for d in dets if d.code == "RD+"]


def _relations(dets):
    return [(d.evidence.get("source"), d.evidence.get("target"), d.evidence.get("source_relation"))
            for d in dets if d.evidence.get("kind") == "connective_replaced"]


# ---- (A) the contrastive "Já" ----------------------------------------------------------------

def test_sentence_initial_ja_before_a_subject_contrasts_with_the_sentence_before():
    src = ["O lucro da empresa cresceu dez por cento.", "Já a receita das lojas caiu no mesmo período."]
    tgt = ["O lucro da empresa cresceu dez por cento.", "Mas a receita das lojas caiu no mesmo período."]
    dets = _rd(src, tgt)
    assert _relations(dets) == [("já", "mas", "adversative")]
    assert "mesma relação adversativa" in dets[0].explanation


def test_ja_before_a_proper_name_contrasts_too():
    src = ["O time gaúcho venceu em casa.", "Já Pedro preferiu ficar no banco durante o jogo."]
    tgt = ["O time gaúcho venceu em casa.", "Mas Pedro preferiu ficar no banco durante o jogo."]
    assert _relations(_rd(src, tgt)) == [("já", "mas", "adversative")]


def test_ja_before_a_verb_keeps_its_temporal_reading():
    src = ["O trem saiu cedo da estação.", "Já chegou ao destino antes das oito."]
    tgt = ["O trem saiu cedo da estação.", "Mas chegou ao destino antes das oito."]
    assert _relations(_rd(src, tgt)) == [("já", "mas", "temporal")]


def test_ja_before_a_clitic_and_its_verb_keeps_its_temporal_reading():
    src = ["O diretor visitou a fábrica nova.", "Já o conhecia de outras viagens pelo interior."]
    tgt = ["O diretor visitou a fábrica nova.", "Mas o conhecia de outras viagens pelo interior."]
    assert _relations(_rd(src, tgt)) == [("já", "mas", "temporal")]


def test_ja_opening_the_text_has_no_sentence_to_contrast_with():
    from analysis.diff import tokenize
    from analysis.lexicon.connectives import find_connectives
    from analysis.strategies.rd import CONTRASTIVE_JA, _contrastive_ja
    words = [t for t in tokenize("Já a receita caiu.") if t.kind != "punct"]
    m = find_connectives([w.lower for w in words])[0]
    assert _contrastive_ja(m, words, set()).connective is not CONTRASTIVE_JA
    assert _contrastive_ja(m, words, {0}).connective is CONTRASTIVE_JA


# ---- (B) a cause put first, its clause reworded ------------------------------------------------

def _cause_first(src, tgt):
    groups = groups_of((["s1"], [f"t{i + 1}" for i in range(len(tgt))]))
    return [d for d in _rd(src, tgt, groups) if d.evidence.get("cause")]


def test_cause_put_first_found_through_word_families_and_a_conclusive_opening():
    # "preservação" → "preservar", "ambiental" → "ambiente"; the consequence reworded whole
    # ("Gera uma revolta" → "sentimos raiva"), announced by "Com isso"
    src = ["Gera uma revolta, porque investimos muito na preservação ambiental -- afirma Paulo."]
    tgt = ["Investimos muito para preservar o ambiente da cidade.", "Com isso, sentimos raiva -- afirma Paulo."]
    assert len(_cause_first(src, tgt)) == 1


def test_cause_put_first_needs_the_consequence_placed_somewhere():
    # nothing says where the consequence went: no order can be read
    src = ["Gera uma revolta, porque investimos muito na preservação ambiental -- afirma Paulo."]
    tgt = ["Investimos muito para preservar o ambiente da cidade.", "Sentimos raiva -- afirma Paulo."]
    assert _cause_first(src, tgt) == []


def test_consequence_announced_before_the_cause_is_no_cause_put_first():
    src = ["Gera uma revolta, porque investimos muito na preservação ambiental -- afirma Paulo."]
    tgt = ["Com isso, sentimos raiva.", "Investimos muito para preservar o ambiente da cidade -- afirma Paulo."]
    assert _cause_first(src, tgt) == []
