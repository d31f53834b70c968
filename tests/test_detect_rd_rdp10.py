"""RD+ round rdp10: "diante de" + a demonstrative + a noun summing up what was said ("Diante
desse cenário, …") opens a conclusion like "diante disso": replaced by "Por isso" it is a
connective substituted, not one added. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import run


def test_an_anaphoric_opener_replaced_by_por_isso_is_a_substitution():
    _, _, dets, _ = run(["As vendas caíram pelo terceiro mês seguido. Diante desse cenário, a loja fechou duas filiais."],
                        ["As vendas caíram pelo terceiro mês seguido. Por isso, a loja fechou duas filiais."])
    rd = [d for d in dets if d.code == "RD+"]
    assert len(rd) == 1, [(d.code, d.explanation) for d in dets]
    assert "Diante desse cenário" in rd[0].explanation and "substituído" in rd[0].explanation
