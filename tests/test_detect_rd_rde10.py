"""RD+ round rde10: the "e" that opens the last item of a list ("pagar o aluguel; usar o imóvel
…; e devolvê-lo …") is the glue of the list, which a rewrite as bullets drops: no connective
replaced by whatever opens the last bullet ("e" → "quando" is not true of the two texts).
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_the_coordinator_of_a_list_s_last_item_is_not_a_replaced_connective():
    found = analyzed_pairs(
        "RD+",
        "São deveres do inquilino: pagar pontualmente o aluguel e as taxas do condomínio; servir-se da casa "
        "para o uso combinado, tratando-a com o mesmo cuidado como se fosse sua; e restituí-la, finda a "
        "locação, no estado em que a recebeu.",
        "O inquilino tem estes deveres:\n- pagar o aluguel e as taxas do condomínio em dia;\n- usar a casa só "
        "para o que foi combinado e cuidar dela como se fosse sua;\n- quando o contrato acabar, devolver a "
        "casa do jeito que recebeu.")
    assert ("e", "quando") not in found, found


def test_a_coordinator_between_two_clauses_still_pairs_with_the_link_that_replaces_it():
    found = analyzed_pairs(
        "RD+",
        "Os preços dos alimentos subiram muito no inverno, e as famílias mais pobres cortaram gastos.",
        "Os preços dos alimentos subiram muito no inverno. Com isso, as famílias mais pobres cortaram gastos.")
    assert ("e", "Com isso") in found, found
