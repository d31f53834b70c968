"""OM+ precision, round omb: a phrase bound inside its clause (no verb of its own, no list, no
comma or bracket setting it off) only qualifies a word or the verb it stays with; the guide
counts a clause, an apposition, a parenthetical or a list of examples as omitted content, not
a qualifier. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, only, run, spans


def test_phrase_bound_to_the_noun_before_it_is_not_an_omission():
    _, _, dets, _ = run(["A prefeitura mediu os estoques de água potável guardados nos tanques municipais da cidade."],
                        ["A prefeitura mediu os estoques de água potável."])
    assert "OM+" in codes(dets)   # a participle with its complement: a reduced clause
    _, _, dets, _ = run(["A prefeitura mediu a quantidade de água potável disponível em cada bairro da cidade."],
                        ["A prefeitura mediu a quantidade de água potável."])
    assert "OM+" not in codes(dets)


def test_adverbial_phrase_at_the_end_of_its_clause_is_not_an_omission():
    _, _, dets, _ = run(["Os técnicos conseguiram montar o mapa completo do terreno depois da análise das fotos do satélite."],
                        ["Os técnicos conseguiram montar o mapa completo do terreno."])
    assert "OM+" not in codes(dets)


def test_the_same_phrase_set_off_by_commas_is_still_an_omission():
    s, _, dets, _ = run(["Os técnicos, depois da análise das fotos do satélite, conseguiram montar o mapa completo do terreno."],
                        ["Os técnicos conseguiram montar o mapa completo do terreno."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["depois da análise das fotos do satélite"]


def test_a_bound_phrase_with_a_verb_of_its_own_is_still_an_omission():
    s, _, dets, _ = run(["Os técnicos conseguiram montar o mapa completo do terreno para orientar as equipes de resgate."],
                        ["Os técnicos conseguiram montar o mapa completo do terreno."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["para orientar as equipes de resgate"]


def test_a_bound_list_of_examples_is_still_an_omission():
    s, _, dets, _ = run(["A feira vende frutas da estação como caju, manga e mangaba aos turistas."],
                        ["A feira vende frutas da estação aos turistas."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["como caju, manga e mangaba"]
