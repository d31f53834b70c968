"""SL+ round 12 (dev_b productions): the referent named again is no SL+; a place crowded by a
word another pair took, a split that says one replacement twice, a noun with its relational
adjective, a prefixed word described with its stem and an adjective replaced as it changed
sides of its noun are SL+. Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

import pytest

from tests.test_strategies import groups_of, run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_referent_named_again_is_no_sl(e5):
    # "o líquido" points back to "água"; the simplifier keeps "líquido" elsewhere
    s, t, dets, _ = run(
        ["As fazendas usam muita água na irrigação, a atividade que mais consome o líquido.",
         "O líquido também abastece as cidades."],
        ["As fazendas usam muita água na irrigação, a atividade que mais consome água.",
         "O líquido também abastece as cidades."], encoder=e5)
    assert (["líquido"], ["água"]) not in _sl(s, t, dets)


def test_synonym_dropped_everywhere_stays_sl(e5):
    # the same referent, but the rarer word is gone from the whole target: a simpler word
    s, t, dets, _ = run(
        ["As frentes frias provocam chuvas passageiras e concentram a precipitação no Sudeste."],
        ["As frentes frias provocam chuvas passageiras e concentram a chuva no Sudeste."], encoder=e5)
    assert (["precipitação"], ["chuva"]) in _sl(s, t, dets)


def test_words_an_attribution_took_leave_the_place(e5):
    s, t, dets, _ = run(
        ["Por severa escassez de energia, entende-se, segundo a agência, o corte de luz em metade das casas."],
        ["Na opinião da agência, séria falta de energia é o corte de luz em metade das casas."], encoder=e5)
    got = _sl(s, t, dets)
    assert (["severa"], ["séria"]) in got and (["escassez"], ["falta"]) in got


def test_split_saying_the_replacement_twice_keeps_the_pair(e5):
    s, t, dets, _ = run(
        ["A cerração, que ocultou o amanhecer dos moradores, voltou a comprometer as operações do "
         "aeroporto por mais de oito horas na manhã de ontem."],
        ["A neblina atrapalhou outra vez as operações do aeroporto por mais de oito horas na manhã de ontem.",
         "A neblina escondeu o amanhecer dos moradores."],
        groups=groups_of((["s1"], ["t1", "t2"])), encoder=e5)
    assert (["cerração"], ["neblina"]) in _sl(s, t, dets)


def test_noun_and_relational_adjective_replaced_by_its_base_noun(e5):
    s, t, dets, _ = run(["Os técnicos avaliaram as condições climáticas da região serrana."],
                        ["Os técnicos avaliaram o clima da região serrana."], encoder=e5)
    assert _sl(s, t, dets) == [(["condições climáticas"], ["clima"])]


@pytest.mark.parametrize("src,tgt,word,expr", [
    ("O estudo dividiu o estado em microrregiões.", "O estudo dividiu o estado em regiões muito pequenas.",
     "microrregiões", "regiões muito pequenas"),
    ("Os cálculos levavam em conta macrorregiões, como países.",
     "Os cálculos levavam em conta regiões muito grandes, como países.", "macrorregiões", "regiões muito grandes"),
])
def test_prefixed_word_described_with_its_stem(src, tgt, word, expr, e5):
    s, t, dets, _ = run([src], [tgt], encoder=e5)
    assert _sl(s, t, dets) == [([word], [expr])]


def test_adjective_replaced_as_it_changed_sides_of_its_noun(e5):
    s, t, dets, _ = run(["O paciente tinha evidentes sinais de febre alta."],
                        ["O paciente tinha sinais claros de febre alta."], encoder=e5)
    assert _sl(s, t, dets) == [(["evidentes"], ["claros"])]


def test_dropped_reporting_verb_leaves_the_place(e5):
    s, t, dets, _ = run(['"Os reservatórios da região estão quase esgotados", afirmou.'],
                        ['Os reservatórios da região estão quase vazios".'], encoder=e5)
    assert (["esgotados"], ["vazios"]) in _sl(s, t, dets)
