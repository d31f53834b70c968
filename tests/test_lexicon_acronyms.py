"""The acronym reader shared by OM+ (an expansion beside its kept acronym is not omitted) and
RF+ (an acronym names the subject its words named): letters in order, glue words skipped."""
from __future__ import annotations

from analysis.diff import tokenize
from analysis.lexicon.acronyms import spells_acronym


def _words(text: str):
    return [t for t in tokenize(text) if t.kind == "word"]


def test_an_acronym_spells_the_initials_of_its_words_in_order():
    assert spells_acronym("ONGs", _words("muitas organizações não governamentais se dedicam"))
    assert spells_acronym("UFSC", _words("a Universidade Federal de Santa Catarina"))   # "de" skipped


def test_other_letters_order_or_plain_words_spell_nothing():
    assert not spells_acronym("GNO", _words("organizações não governamentais"))
    assert not spells_acronym("Ongs", _words("organizações não governamentais"))   # not all capitals
    assert not spells_acronym("ONU", _words("organizações não governamentais"))
