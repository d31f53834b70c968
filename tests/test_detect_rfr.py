"""RF+ recall round on the dev misses (issue 10, branch rfr): an opening adverbial clause
dropped and its subject made the subject of the main verb, and a noun with its "de" complement
no longer read as the clause's verb when the clause's own finite verb follows it. Each rule has
a short realistic pair and a near miss where RF+ must stay silent (precision first)."""
from __future__ import annotations

from tests.test_strategies import run


def _rf(dets) -> list:
    return [d for d in dets if d.code == "RF+"]


def _kinds(dets) -> list:
    return [d.evidence.get("kind") for d in _rf(dets)]


# ---- an opening clause absorbed: its subject becomes the main verb's subject --------------------

def test_rf_for_an_opening_clause_absorbed_into_the_subject(e5):
    _, _, dets, _ = run(["Quando isso acontece, chama-se de eclipse parcial da Lua."],
                        ["Isso se chama eclipse parcial da Lua."], encoder=e5)
    assert "clause_absorbed" in _kinds(dets)
    d = next(d for d in _rf(dets) if d.evidence["kind"] == "clause_absorbed")
    assert d.evidence["clause"] == "Quando isso acontece"
    assert "«Isso»" in d.explanation


def test_no_rf_when_the_main_clause_had_its_own_subject(e5):
    # the main clause already had a subject: the opening clause only dropped (RD+/OM+)
    _, _, dets, _ = run(["Quando isso acontece, os astrônomos chamam de eclipse parcial da Lua."],
                        ["Os astrônomos chamam isso de eclipse parcial da Lua."], encoder=e5)
    assert "clause_absorbed" not in _kinds(dets)


def test_no_rf_when_the_opening_clause_says_more_than_subject_and_verb(e5):
    _, _, dets, _ = run(["Quando a água ferve no fogão, transforma-se em vapor."],
                        ["A água se transforma em vapor."], encoder=e5)
    assert "clause_absorbed" not in _kinds(dets)


def test_no_rf_when_the_opening_clause_is_kept(e5):
    _, _, dets, _ = run(["Quando isso acontece, chama-se de eclipse parcial da Lua."],
                        ["Quando isso acontece, isso se chama eclipse parcial da Lua."], encoder=e5)
    assert "clause_absorbed" not in _kinds(dets)


# ---- a noun before the clause's own verb is no verb ----------------------------------------------

def test_rf_for_a_definition_frame_whose_subject_opens_with_a_verb_like_noun(e5):
    # "falta" could be "faltar"; the finite "é" later in the same stretch makes it a noun, and
    # the clause is rebuilt around "é" with the fronted words now its subject
    _, _, dets, _ = run(["Por grave carência de moradia, entende-se, segundo o governo, a situação de famílias "
                         "sem casa própria na cidade."],
                        ["Na opinião do governo, grave falta de moradia é a situação de famílias sem casa "
                         "própria na cidade."], encoder=e5)
    assert "reframed" in _kinds(dets)
    d = next(d for d in _rf(dets) if d.evidence["kind"] == "reframed")
    assert d.evidence["target_verb"] == "é"


def test_a_verb_before_de_stays_the_verb_without_a_second_verb():
    from analysis.diff import tokenize
    from analysis.strategies.rf import _head_verb
    toks = tokenize("A cidade precisa de mais escolas e hospitais.")
    k = _head_verb(toks)
    assert toks[k].text == "precisa"
    toks = tokenize("A falta de chuva é grave.")
    assert toks[_head_verb(toks)].text == "é"


# ---- a purpose clause made a sentence with its own subject -----------------------------------------

def _split(n: int = 2):
    from analysis.types import AlignmentGroup
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def test_rf_for_a_purpose_clause_made_a_sentence_with_its_own_subject(e5):
    _, _, dets, _ = run(["Para agravar ainda mais a crise do hospital, uma nova greve dos médicos começou ontem."],
                        ["Uma nova greve dos médicos começou ontem.",
                         "A nova greve agrava ainda mais a crise do hospital."], _split(), encoder=e5)
    assert "purpose_made_clause" in _kinds(dets)
    d = next(d for d in _rf(dets) if d.evidence["kind"] == "purpose_made_clause")
    assert d.evidence["verb"] == "agrava"


def test_no_rf_for_a_purpose_kept_with_its_infinitive(e5):
    for tgt in (["Uma nova greve dos médicos começou ontem.", "O objetivo é agravar ainda mais a crise do hospital."],
                ["Uma nova greve dos médicos começou ontem para agravar ainda mais a crise do hospital."]):
        groups = _split() if len(tgt) == 2 else None
        _, _, dets, _ = run(["Para agravar ainda mais a crise do hospital, uma nova greve dos médicos começou ontem."],
                            tgt, groups, encoder=e5)
        assert "purpose_made_clause" not in _kinds(dets), tgt
