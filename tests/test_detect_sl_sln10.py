"""SL+ round sln10: an adverb in -mente says how; the noun of a "de" phrase right after a noun
completes that noun. The one cannot take the other's place, whatever the diff put in the same
slot: "entregar o termo devidamente preenchido" → "entregar o termo de garantia preenchido" is
no "devidamente" → "garantia", and with "termo" new too, no "devidamente" → "termo de garantia"
(a noun phrase with its complement names a thing). Near-misses: adverbs said as adverbial
phrases ("fortemente" → "de maneira muito forte", "recentemente" → "há pouco tempo") still
pair. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

import pytest

from tests.test_strategies import sl_pairs


@pytest.mark.parametrize("src,tgt", [
    ("O fornecedor deve entregar o termo devidamente preenchido, com o manual do produto.",
     "O fornecedor deve entregar o termo de garantia preenchido, com o manual do produto."),
    ("O fornecedor deve entregá-lo devidamente preenchido, com o manual do produto.",
     "O fornecedor deve entregar o termo de garantia preenchido, com o manual do produto."),
])
def test_an_adverb_is_no_partner_of_a_noun_complement(src, tgt, e5):
    found = sl_pairs(src, tgt, e5)
    assert not any(s == "devidamente" for s, _ in found), found


@pytest.mark.parametrize("src,tgt,pair", [
    ("A produção de soja cresceu fortemente no último ano.",
     "A produção de soja cresceu de maneira muito forte no último ano.", ("fortemente", "maneira muito forte")),
    ("O remédio foi retirado recentemente das farmácias.",
     "O remédio foi retirado há pouco tempo das farmácias.", ("recentemente", "há pouco tempo")),
])
def test_an_adverb_said_as_an_adverbial_phrase_still_pairs(src, tgt, pair, e5):
    assert pair in sl_pairs(src, tgt, e5)
