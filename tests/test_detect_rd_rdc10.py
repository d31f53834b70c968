"""RD+ round rdc10: a run opened by "como" or "conforme" with no inflected verb compares or
attributes ("como o pai", "conforme a lei"), so moving it is no change in the order of
clauses. Near-misses: "como era esperado", "como disse o ministro" are clauses. Every pair is
written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import tokenize
from analysis.lexicon.function_words import is_clause
from tests.test_strategies import run


def _words(text: str):
    return [w for w in tokenize(text) if w.kind != "punct"]


def test_a_comparison_moved_to_the_end_is_no_clause_moved():
    _, _, dets, _ = run(["Assim como o pai, ela estudou medicina em Coimbra."],
                        ["Ela estudou medicina em Coimbra, como o pai."])
    assert not [d for d in dets if d.code == "RD+" and d.evidence.get("kind") == "clause_moved"], dets


def test_como_and_conforme_open_a_clause_only_with_a_verb():
    assert not is_clause(_words("como o pai")) and not is_clause(_words("conforme a lei"))
    assert all(is_clause(_words(t)) for t in ("como era esperado", "como disse o ministro",
                                              "conforme previa o contrato", "quando a fábrica fechou"))
