"""SL+ recall round (branch slr): words another reading already placed leave a crowded slot
when one word is then left facing one word: a word of an unambiguous connective on one side
only, a word that another place of the frame holds alone, a passive turned active with another
verb. Guards: a connective on each side, a light verb left alone. Each sentence is written for
the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_connective_on_one_side_leaves_the_place(e5):
    s, t, dets, _ = run(["Depois, estimou a quantidade de água doce disponível em cada região."],
                        ["Em seguida, calculou a quantidade de água doce disponível em cada região."], encoder=e5)
    assert (["estimou"], ["calculou"]) in _sl(s, t, dets)


def test_word_placed_elsewhere_leaves_the_place(e5):
    s, t, dets, _ = run(["Em outras regiões do globo, a seca também fará suas estripulias."],
                        ["A seca também fará suas confusões em outras partes do globo."], encoder=e5)
    got = _sl(s, t, dets)
    assert (["estripulias"], ["confusões"]) in got and (["regiões"], ["partes"]) in got


def test_voice_pair_leaves_the_place(e5):
    s, t, dets, _ = run(["Ao todo, 140 mil itens foram inutilizados no pátio do depósito da prefeitura."],
                        ["Ao todo, destruíram 140 mil objetos no pátio do depósito da prefeitura."], encoder=e5)
    got = _sl(s, t, dets)
    assert (["itens"], ["objetos"]) in got


def test_light_verb_left_alone_is_no_pair(e5):
    s, t, dets, _ = run(["Foi conduzida então uma caminhada espacial para retirar as duas tiras."],
                        ["Em seguida, fizeram uma caminhada espacial para retirar as duas tiras."], encoder=e5)
    assert not any("fizeram" in tgt for _, tgt in _sl(s, t, dets))


def test_connective_on_each_side_keeps_the_place(e5):
    s, t, dets, _ = run(["O ministro havia criticado o governo devido à acusação de que soldados mataram 24 civis."],
                        ["O ministro havia criticado o governo por causa da morte de 24 civis."], encoder=e5)
    assert (["acusação"], ["morte"]) not in _sl(s, t, dets)
