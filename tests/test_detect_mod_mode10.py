"""MOD+ round mode10: a verb that a hyphenated "-se" marks ("manifesta-se") is no adjective, so
a negation in the target is not its negated quality ("A desigualdade … manifesta-se" → "os
alunos não aprendem de forma igual" is no «manifesta» → «não aprendem»). Near-miss: an
adjective rendered by a negated predicate of its noun is still MOD+. Also: a negator traded
for the privative "sem" ("ponto de não retorno" → "ponto sem volta") keeps the polarity, no
MOD+; dropped for an antonym ("não é caro" → "é barato") it is still one. Every pair is
written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import code_pairs


def test_a_verb_with_its_enclitic_se_is_no_negated_quality():
    found = code_pairs("MOD+", "A desigualdade educacional no Brasil manifesta-se de forma contundente nas avaliações.",
                       "No Brasil, os alunos não aprendem de forma igual, e as provas mostram isso.")
    assert not any(s == "manifesta" for s, _ in found), found


def test_an_adjective_said_by_a_negated_predicate_is_still_a_polarity_change():
    found = code_pairs("MOD+", "A feira teve atrações modestas neste ano.",
                       "As atrações da feira não impressionaram neste ano.")
    assert any(s == "modestas" for s, _ in found), found


def test_a_negator_traded_for_sem_keeps_the_polarity():
    found = code_pairs("MOD+", "Mantido o ritmo atual, a floresta pode atingir um ponto de não retorno.",
                       "Se o desmatamento continuar nesse ritmo, a floresta pode chegar a um ponto sem volta.")
    assert found == [], found


def test_a_negator_dropped_for_an_antonym_is_still_a_polarity_change():
    found = code_pairs("MOD+", "O produto não é caro para os clientes da loja.", "O produto é barato para os clientes da loja.")
    assert ("não", "barato") in found, found
