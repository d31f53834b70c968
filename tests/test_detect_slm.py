"""SL+ for a noun with its adjective replaced by one noun (issue 10, multi-word round): the
phrase's frequency is wordfreq's multi-token estimate lowered for the break between the words
(``sl._compound_zipf``), used only where the slots already paired the phrase with the word and
the rarer word alone misses the gain threshold. Every sentence is written for the purpose (not
a PorSimples text); each firing test fails without the rule."""
from __future__ import annotations

import math

from analysis.strategies import sl
from tests.test_strategies import run, spans


def _sl(src: str, tgt: str):
    s, t, dets, _ = run([src], [tgt])
    return [(spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in dets if d.code == "SL+"]


def test_sl_noun_with_adjective_replaced_by_one_noun():
    # "prisional" (3.6) → "presídio" (3.8) misses the gate word by word; as a unit the
    # phrase is rarer than its rarer word
    pairs = _sl("A casa prisional da cidade recebeu mais trinta detentos ontem.",
                "O presídio da cidade recebeu mais trinta detentos ontem.")
    assert pairs == [("casa prisional", "presídio")]


def test_sl_compound_gives_one_substitution_and_a_true_message():
    s, t, dets, _ = run(["A casa prisional da cidade recebeu mais trinta detentos ontem."],
                        ["O presídio da cidade recebeu mais trinta detentos ontem."])
    d = [d for d in dets if d.code == "SL+"]
    assert len(d) == 1 and len(d[0].source_spans) == 1 and len(d[0].target_spans) == 1
    assert d[0].evidence["source_zipf"] < 3.0 < d[0].evidence["target_zipf"]
    # the phrase's Zipf is an estimate, and the explanation says so in both languages
    from analysis.messages import render_message
    assert d[0].message["key"] == "sl.slot_estimated"
    assert "estimado para a expressão inteira" in render_message(d[0].message, "pt-BR")
    assert "estimated for the whole expression" in render_message(d[0].message, "en")


def test_sl_one_word_pair_keeps_the_plain_message():
    s, t, dets, _ = run(["O réu foi absolvido pelo juiz na sessão de ontem."],
                        ["O acusado foi absolvido pelo juiz na sessão de ontem."])
    d = [d for d in dets if d.code == "SL+"]
    assert d and all(x.message["key"] == "sl.slot" for x in d)


def test_sl_no_compound_zipf_for_a_phrase_with_a_preposition():
    # "uma espécie de sensor" → "detector": the hedge dropped, "detector" is no more common
    # than "sensor"; a preposition inside is no noun-adjective compound
    pairs = _sl("O fungo pode funcionar como uma espécie de sensor de poluição nos rios.",
                "O fungo pode funcionar como detector de poluição nos rios.")
    assert ("espécie de sensor", "detector") not in pairs


def test_sl_no_compound_zipf_when_the_target_is_a_verb():
    # "de forma inédita, as sessões foram adiadas" → "adiaram as sessões": the clause turned
    # round, the adverbial phrase was not replaced by the verb
    pairs = _sl("Mas, de forma inédita, as sessões foram adiadas para hoje.",
                "Mas adiaram as sessões para hoje.")
    assert all(p[1] != "adiaram" for p in pairs)


def test_sl_no_compound_zipf_for_the_two_words_joined():
    # a spelling variant ("vice diretora" → "vice-diretora") is no strategy
    pairs = _sl("Na segunda-feira, a vice diretora cansou de fingir que nada havia acontecido.",
                "Na segunda-feira, a vice-diretora cansou de fingir que nada havia acontecido.")
    assert pairs == []


def test_compound_zipf_is_rarer_than_the_rarer_word():
    z = [5.99, 3.57]
    f = 1.0 / sum(10 ** (9 - x) for x in z)
    assert math.log10(f) + 9 - sl.PHRASE_BREAK_ZIPF < min(z) - 0.9
