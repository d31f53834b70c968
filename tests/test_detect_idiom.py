"""An idiom or figurative expression reworded as a whole is one RF+ for the expression, never SL+
pairs of its words (annotation guide, SL+: "Not SL+: … a multi-word idiom reworded as a whole").
Each sentence is written for the purpose (not a corpus text): the positive ones fail without the
rule they name; the negative ones keep the SL+ the guide wants (a support verb and its noun
replaced by one verb, a word swapped in a phrase headed by a general noun, a verb whose cause
phrase was dropped)."""
from __future__ import annotations

import pytest

from tests.test_strategies import only, run, spans


def _sl(dets):
    return [d for d in dets if d.code == "SL+"]


# ---- a noun phrase redescribed with a general noun: one RF+, no SL+ -----------------------------


@pytest.mark.parametrize("src,tgt,s_expr,t_expr", [
    ("O ator é figurinha carimbada nas novelas da emissora.",
     "O ator é pessoa conhecida nas novelas da emissora.", "figurinha carimbada", "pessoa conhecida"),
    ("O prefeito é figura carimbada nas festas do bairro.",
     "O prefeito é pessoa conhecida nas festas do bairro.", "figura carimbada", "pessoa conhecida"),
])
def test_idiom_redescribed_with_a_general_noun_is_one_rf(src, tgt, s_expr, t_expr, e5):
    s, t, dets, _ = run([src], [tgt], encoder=e5)
    assert _sl(dets) == []   # not "figurinha" → "pessoa" and "carimbada" → "conhecida"
    d = only(dets, "RF+")[0]
    assert d.evidence["kind"] == "expression"
    assert spans(s, d.source_spans) == [s_expr] and spans(t, d.target_spans) == [t_expr]


def test_general_noun_on_both_sides_stays_a_word_swap(e5):
    s, t, dets, _ = run(["A pessoa idosa caiu na calçada ontem."], ["A pessoa velha caiu na calçada ontem."],
                        encoder=e5)
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["idosa"] and spans(t, d.target_spans) == ["velha"]
    assert not [d for d in dets if d.code == "RF+"]


# ---- a full verb and its noun replaced by one verb: no SL+ (idiom or lexicalised: unsure) -------


def test_full_verb_and_its_noun_replaced_by_one_verb_is_no_sl(e5):
    _, _, dets, _ = run(["A campanha do candidato ganhou fôlego na última semana."],
                        ["A campanha do candidato aumentou na última semana."], encoder=e5)
    assert _sl(dets) == []   # "ganhou fôlego" → "aumentou" is figurative, not a more frequent word


def test_verb_and_adjective_replaced_by_the_verb_of_another_noun_is_no_sl(e5):
    # the new verb is the noun's ("fusão" → "uniu"): "tornou viável" → "uniu" pairs nothing
    _, _, dets, _ = run(["O acordo tornou viável a fusão das duas empresas."],
                        ["O acordo uniu as duas empresas."], encoder=e5)
    assert not [d for d in _sl(dets) if "tornou viável" in d.explanation]


def test_support_verb_and_its_noun_replaced_by_one_verb_stays_sl(e5):
    s, t, dets, _ = run(["O ministro fez alusão ao escândalo durante a entrevista."],
                        ["O ministro falou do escândalo durante a entrevista."], encoder=e5)
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["fez alusão"] and spans(t, d.target_spans) == ["falou"]


def test_verb_with_a_dropped_cause_phrase_stays_sl(e5):
    # "pela crise" is no part of the verb's phrase: the verb itself was replaced
    s, t, dets, _ = run(["Os números mostram que a situação se deteriorou pela crise no último ano."],
                        ["Os números mostram que a situação piorou no último ano."], encoder=e5)
    d = only(dets, "SL+")[0]
    assert "deteriorou" in spans(s, d.source_spans)[0] and spans(t, d.target_spans) == ["piorou"]
