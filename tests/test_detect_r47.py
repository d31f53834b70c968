"""Round 47: misreadings found on real simplifications nobody annotated (the 50 PorSimples
productions without gold, original → strong and original → natural, judged detection by
detection: bench/data/porsimples_judged.json); the texts here are written for the purpose, no
corpus text. Each rule is read twice: the right reading with it, the misreading back with the
rule patched out, so every test can fail.

* RF+: a noun turned into its verb keeps the sentence's frame when the new verb has the subject
  of the source verb the noun was the object of ("os turistas só fizeram a viagem de volta" →
  "os turistas só voltaram"): a verb phrase said by one verb, no clause with its own subject.
  A noun whose verb gets another subject ("a tentativa da prefeitura" → "A prefeitura tentou",
  where the source's subject is "os moradores") is still one.
* RD+: a concessive prepositional phrase moved ("Apesar do nome …, o bicho é …" → "O bicho é …,
  apesar do nome …") and a predicate whose subject went back before it ("Terá origem no
  interior a maior parte do leite" → "A maior parte do leite terá origem no interior") are no
  clauses moved: DL+ shows the move, RD+ says nothing.
"""
from __future__ import annotations

from analysis.strategies import rd, rf
from tests.rule_cases import both_ways

_RETURN = ("Apesar do frio intenso, os turistas só fizeram a viagem de volta ao hotel depois das oito horas da noite.",
           "Fazia muito frio. Mas os turistas só voltaram ao hotel depois das oito horas da noite.")
_ATTEMPT = ("Apesar da tentativa da prefeitura de manter a obra em segredo, os moradores descobriram o projeto.",
            "A prefeitura tentou manter a obra em segredo. Mas os moradores descobriram o projeto.")
_BEETLE = ("Apesar do nome tão assustador, o tal bicho-papão da floresta é só um besouro inofensivo.",
           "O tal bicho-papão da floresta é só um besouro inofensivo, apesar do nome tão assustador.")
_MILK = ("Terá origem no interior do estado a maior parte do leite vendido na capital a partir de janeiro.",
         "A maior parte do leite vendido na capital a partir de janeiro terá origem no interior do estado.")

CASES = [
    ((rf, "_said_by_its_governors_subject"), lambda *a: False, "RF+", _RETURN, ("volta", "voltaram"), False),
    ((rd, "_concessive_phrase"), lambda words: False, "RD+", _BEETLE,
     ("Apesar do nome tão assustador", "apesar do nome tão assustador"), False),
    ((rd, "_opened_by_its_verb"), lambda words: False, "RD+", _MILK,
     ("Terá origem no interior do estado", "terá origem no interior do estado"), False),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_noun_whose_verb_takes_another_subject_is_still_a_clause_of_its_own():
    """The frame changed: the source's subject is "os moradores", the new verb's "A prefeitura"."""
    from tests.rule_cases import present
    assert present("RF+", _ATTEMPT, ("tentativa", "tentou"))


def test_the_moves_are_still_shown_as_displacements():
    """The phrase and the predicate RD+ now leaves alone are DL+'s: the move stays visible."""
    from tests.rule_cases import present
    assert present("DL+", _BEETLE, ("Apesar do nome tão assustador", "apesar do nome tão assustador"))
    assert present("DL+", _MILK, ("Terá origem no interior do estado", "terá origem no interior do estado"))
