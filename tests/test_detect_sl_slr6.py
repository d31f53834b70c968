"""SL+ recall round slr6: a hyphenated compound with one of its parts replaced by another word
("micos-prego" → "macacos-prego"), and a word made of another by a short prefix ("aparece" /
"parece"), are other words, not respellings of the same one. Each sentence is written for the
purpose (not a corpus text)."""
from __future__ import annotations

import pytest

from analysis.strategies.sl import variant
from tests.test_strategies import run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_compound_with_a_part_replaced_is_a_substitution(e5):
    s, t, dets, _ = run(["Na reserva, a equipe encontrou dois micos-leões perto do rio."],
                        ["Na reserva, a equipe encontrou dois macacos-leões perto do rio."], encoder=e5)
    assert (["micos-leões"], ["macacos-leões"]) in _sl(s, t, dets)


def test_compound_with_a_part_inflected_stays_a_variant(e5):
    # "peixes-bois" → "peixes-boi": one part in another number, the same compound
    s, t, dets, _ = run(["Na reserva, a equipe encontrou dois peixes-bois perto do rio."],
                        ["Na reserva, a equipe encontrou dois peixes-boi perto do rio."], encoder=e5)
    assert _sl(s, t, dets) == []


@pytest.mark.parametrize("a,b,same", [
    ("micos-prego", "macacos-prego", False),
    ("guarda-chuva", "guarda-sol", False),
    ("peixes-bois", "peixes-boi", True),
    ("pára-quedas", "para-quedas", True),
    ("micro-ondas", "microondas", True),
])
def test_variant_reads_compounds_part_by_part(a, b, same):
    assert variant(a, b) is same


def test_word_without_its_prefix_is_a_substitution(e5):
    s, t, dets, _ = run(["Nas pesquisas, o candidato aparece como favorito."],
                        ["Nas pesquisas, o candidato parece favorito."], encoder=e5)
    assert (["aparece"], ["parece"]) in _sl(s, t, dets)


def test_negative_prefix_dropped_is_no_substitution(e5):
    # "infeliz" → "feliz" says the opposite: the negative prefix is no respelling either, but
    # it stays out of the prefix rule (an antonym, never SL+)
    s, t, dets, _ = run(["O menino ficou infeliz com a notícia da viagem."],
                        ["O menino ficou feliz com a notícia da viagem."], encoder=e5)
    assert _sl(s, t, dets) == []


@pytest.mark.parametrize("a,b,same", [
    ("aparece", "parece", False),
    ("resolução", "solução", False),
    ("tchecoslováquia", "checoslováquia", True),   # a letter respelled in front, no prefix
    ("seqüência", "sequência", True),
])
def test_variant_reads_a_prefix_as_another_word(a, b, same):
    assert variant(a, b) is same


@pytest.mark.parametrize("src,tgt,pair", [
    ("No domingo, o museu registrou mil visitantes.", "No domingo, o museu teve mil visitantes.",
     (["registrou"], ["teve"])),
    ("A nova escola se localiza perto da praça.", "A nova escola está perto da praça.",
     (["localiza"], ["está"])),
    ("O acidente feriu gravemente o motorista do ônibus.", "O acidente feriu muito o motorista do ônibus.",
     (["gravemente"], ["muito"])),
])
def test_full_function_word_takes_the_place(src, tgt, pair, e5):
    s, t, dets, _ = run([src], [tgt], encoder=e5)
    assert pair in _sl(s, t, dets)


@pytest.mark.parametrize("src,tgt", [
    # the copula is no full function verb here: the clause is said another way
    ("O evento ocorreu no sábado de manhã.", "O evento foi no sábado de manhã."),
    # "muito" against an adverb that is no adverb in -mente
    ("O time perdeu feio no domingo.", "O time perdeu muito no domingo."),
])
def test_other_function_words_leave_the_place_empty(src, tgt, e5):
    s, t, dets, _ = run([src], [tgt], encoder=e5)
    assert _sl(s, t, dets) == []
