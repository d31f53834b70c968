"""SL+ recall round slr6: a hyphenated compound with one of its parts replaced by another word
("micos-prego" → "macacos-prego") is another word, not a respelling of the same one. Each
sentence is written for the purpose (not a corpus text)."""
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
