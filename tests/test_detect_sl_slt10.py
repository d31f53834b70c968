"""SL+ round slt10: a person the text introduced with a title ("o presidente Luiz Inácio Lula
da Silva") and later calls by another epithet ("o petista") is named again when the
simplification uses the title ("o presidente"): naming the referent, not a plainer word (the
guide). Near-miss: a species named after its class ("a aranha Plesiometa argyra") keeps
"aracnídeo" → "aranha" as SL+. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_an_epithet_swapped_for_the_title_of_the_person_is_not_a_substitution():
    found = sl_pairs(["O governador Tarcísio Gomes visitou ontem a fábrica de tratores.",
                     "O tucano discursou para os operários da fábrica durante uma hora."],
                     ["O governador Tarcísio Gomes visitou ontem a fábrica de tratores.",
                     "O governador discursou para os operários da fábrica durante uma hora."])
    assert not any("tucano" in s for s, _ in found), found


def test_a_class_word_for_a_species_is_still_a_substitution():
    found = sl_pairs(["A pesquisadora estudou a aranha Plesiometa argyra durante dois anos.",
                     "A larva se alimenta do sangue do aracnídeo durante duas semanas."],
                     ["A pesquisadora estudou a aranha Plesiometa argyra durante dois anos.",
                     "A larva se alimenta do sangue da aranha durante duas semanas."])
    assert ("aracnídeo", "aranha") in found, found
