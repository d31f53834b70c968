"""RD+ round rdq10: a reporting clause placed after the speech and put in front of it keeps
counting as moved when its verb was swapped for another reporting verb ("'…', declarou o
paleontólogo …" → "O paleontólogo … disse: '…'"); before, only the same verb was looked for.
Near-miss: a verb swapped but left after the speech ("'…', disse o ministro") is no reorder.
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import code_pairs


def test_a_reporting_clause_fronted_with_another_verb_is_a_reorder(e5):
    found = code_pairs("RD+", "\"A descoberta altera o que sabíamos sobre os primatas\", declarou o paleontólogo.",
                       "O paleontólogo disse: \"A descoberta muda o que sabíamos sobre os primatas\".", e5)
    assert found == [("declarou o paleontólogo", "O paleontólogo disse")], found


def test_a_reporting_verb_swapped_in_place_is_no_reorder(e5):
    found = code_pairs("RD+", "\"A fiscalização não diminuiu\", declarou o ministro.",
                       "\"A fiscalização não diminuiu\", disse o ministro.", e5)
    assert found == [], found


def test_falar_is_a_reporting_verb(e5):
    """rdq10b: "'…', afirmou a ministra" → "A ministra falou …: '…'" ("falar" joined the reporting
    verbs of ``lexicon.function_words``)."""
    found = code_pairs("RD+", "\"Não aceitaremos retrocessos\", afirmou a ministra durante a cerimônia.",
                       "A ministra falou durante a cerimônia: \"Não vamos aceitar retrocessos\".", e5)
    assert found == [("afirmou a ministra durante a cerimônia", "A ministra falou")], found
