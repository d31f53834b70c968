"""OM+ recall, round omr9: a unit set off by punctuation (a relative or participial clause
between commas, a parenthetical) of which the diff keeps no content word and the target
answers none was dropped whole, even where the word diff lined up its articles and
prepositions with the target's and cut it into short replacements. Near-misses: a unit said
again in fewer words, a phrase condensed into the word that replaced it, a unit that moved
into another sentence and was reworded on the way. Every pair is written for the purpose (no
corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans

SPLIT = groups_of((["s1"], ["t1", "t2"]))


def test_a_relative_clause_dropped_in_a_split_is_an_omission():
    s, _, dets, _ = run(
        ["O engenheiro quer usar esse concreto, que segundo a equipe tende a ter a cor e a textura "
         "de uma pedra, para erguer pontes sobre os dois rios que cortam a cidade."],
        ["O engenheiro quer usar esse concreto com o objetivo de erguer pontes sobre os dois rios.",
         "Os dois rios cortam a cidade."], groups=SPLIT)
    found = [spans(s, d.source_spans)[0] for d in only(dets, "OM+")]
    assert any("textura" in f and "tende" in f for f in found), found


def test_a_unit_said_again_in_fewer_words_is_not_an_omission():
    _, _, dets, _ = run(["O conselho pode impor multas, advertências e, em última instância, a prisão dos responsáveis."],
                        ["O conselho pode impor multas, advertências e até a prisão dos responsáveis."])
    assert "OM+" not in codes(dets)


def test_a_phrase_condensed_into_one_word_is_not_an_omission():
    _, _, dets, _ = run(["Nasceram 12 bezerros de 17 receptoras, as chamadas mães de aluguel, na fazenda do instituto."],
                        ["Nasceram 12 bezerros de 17 vacas na fazenda do instituto."])
    assert "OM+" not in codes(dets)


def test_a_unit_that_moved_and_was_reworded_is_not_an_omission():
    _, _, dets, _ = run(
        ["Uma estudante de 18 anos, uma das 22 pessoas ouvidas pela equipe na Capital, é um exemplo de "
         "como os jovens criticam os demais, mas também incorrem em irregularidades."],
        ["Uma estudante de 18 anos é um exemplo de como os jovens criticam os demais, mas também cometem faltas.",
         "Ela é uma das 22 pessoas ouvidas pela equipe na Capital."], groups=SPLIT)
    assert not [d for d in dets if d.code == "OM+" and "incorrem" in d.explanation]


def test_a_dropped_bracketed_relative_clause_is_an_omission():
    s, _, dets, _ = run(["A família dos felinos (que são chamados pelo nome popular de gatos) se distingue pelos dentes afiados."],
                        ["A família dos felinos se distingue pelos dentes afiados."])
    assert [spans(s, d.source_spans)[0] for d in only(dets, "OM+")] == [
        "que são chamados pelo nome popular de gatos"]
