"""RD+ round rdx10: a marker that announces an example or a restatement ("por exemplo", "ou
seja") links no two clauses, added or dropped alike. "fora da loja, especialmente por telefone"
→ "fora da loja, por exemplo: por telefone" is no causal relation made explicit (the engine
already left a dropped one alone). Near-miss: an added "Por isso" between two sentences is
still RD+. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

import pytest

from tests.test_strategies import code_pairs


@pytest.mark.parametrize("src,tgt", [
    (["A lei vale para compras feitas fora da loja, especialmente por telefone ou a domicílio."],
     ["A lei vale para compras feitas fora da loja, por exemplo:", "- por telefone;", "- em casa."]),
    (["Muitos moradores ficaram sem água na semana passada.", "Alguns tiveram de comprar água mineral."],
     ["Muitos moradores ficaram sem água na semana passada.", "Por exemplo, alguns tiveram de comprar água mineral."]),
])
def test_an_added_marker_of_an_example_is_no_connective(src, tgt, e5):
    assert code_pairs("RD+", src, tgt, e5) == []


def test_an_added_link_between_two_clauses_is_still_found(e5):
    found = code_pairs("RD+", ["Choveu muito na semana passada.", "O rio transbordou."],
                       ["Choveu muito na semana passada.", "Por isso, o rio transbordou."], e5)
    assert [t for _, t in found] == ["Por isso"], found


def test_a_time_said_by_a_preposition_is_not_made_explicit_by_a_temporal_connective(e5):
    """rdx10b: "Durante o tratamento, evite …" → "Enquanto estiver tomando o remédio, não …": the
    time was said before, by a preposition; "Enquanto" is no relation "antes implícita"."""
    found = code_pairs("RD+", ["Durante o tratamento, evite a ingestão de bebidas alcoólicas."],
                       ["Enquanto estiver tomando o remédio, não beba bebidas alcoólicas."], e5)
    assert not any(t == "Enquanto" for _, t in found), found


def test_an_added_temporal_connective_without_a_time_before_is_still_found(e5):
    found = code_pairs("RD+", ["O paciente estava tomando o remédio.", "Ele não bebeu bebidas alcoólicas."],
                       ["O paciente estava tomando o remédio.", "Enquanto isso, ele não bebeu bebidas alcoólicas."], e5)
    assert [t for _, t in found] == ["Enquanto isso"], found


def test_a_prepositional_locution_of_condition_replaced_by_se_is_found(e5):
    """rdx10c: "em caso de" and "na hipótese de" head a noun phrase, but say a condition: "Em caso
    de atraso no pagamento, …" → "Se atrasar o pagamento, …" replaces one condition by another."""
    found = code_pairs("RD+", "Em caso de atraso no pagamento, o locatário pagará multa de 2%.",
                       "Se atrasar o pagamento, o inquilino paga multa de 2%.", e5)
    assert found == [("Em caso de", "Se")], found


def test_a_locution_of_condition_inside_an_exception_rebuilt_is_not_a_removed_connective(e5):
    found = code_pairs("RD+", "Os candidatos serão eliminados, salvo em caso de impedimento comprovado por atestado médico.",
                       "Os candidatos vão sair da seleção. Só não sai quem provar com atestado médico que não podia ir.", e5)
    assert found == [], found
