"""RF+ round rfw10: words swapped in a kept frame are SL+, not a sentence reworded as a whole.

The frame test (every content word kept or swapped one for one, in order, around the main
verb) now also holds when
* the sentence opens with another connective ("Ainda assim, …" → "Mas …": RD+'s business; a
  sentence that opens with "Mas" is still a main clause, so its verb is found), and
* one word is added or dropped after the verb ("a redução das emissões" → "a diminuição das
  emissões de gases"), a qualifier.
A subject that appears before the verb ("Não se trata de …" → "Essa criatura não é …") rebuilds
the clause: RF+ stays.
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_swaps_after_a_new_opening_connective_are_not_a_reformulation():
    found = analyzed_pairs(
        "RF+",
        "Ainda assim, os pesquisadores ressaltam que a redução do desmatamento pode frear a tendência.",
        "Mas os pesquisadores dizem que a diminuição do desmatamento da floresta pode parar essa tendência.")
    assert found == [], found


def test_a_subject_that_appears_before_the_verb_is_still_a_reformulation():
    found = analyzed_pairs(
        "RF+",
        "Não se trata de nenhum milagre.",
        "Essa cura não é nenhum milagre.")
    assert found, found


def test_swaps_on_both_sides_of_the_verb_are_not_one_stretch_reworded():
    """rfw10b: the subject swapped before the verb and an adverb swapped after it are two
    places of the frame ("As atividades serão retomadas normalmente" → "As aulas voltam ao
    normal"): SL+, not RF+."""
    found = analyzed_pairs(
        "RF+",
        "Os atendimentos serão retomados normalmente na quarta-feira, dia 9.",
        "As consultas voltam ao normal na quarta-feira, dia 9.")
    assert found == [], found
