"""Rules read both ways: a table of cases (what to patch, its replacement, the code, the two
texts, the pair, whether the rule finds it) turned into two parametrised tests, so a round's
test file only lists its cases. With the rule the pair is there (a right reading it finds) or
not (a misreading it silences); with the rule patched out, the reading turns: every test can
fail."""
from __future__ import annotations

import pytest

from analysis.lexicon import connectives
from tests.test_strategies import analyzed_pairs

#: the parameters of a case, in the order of the table
CASE_FIELDS = "where,off,code,texts,pair,found"


def no_connectives(*forms: str):
    """Entries to take out of a lexicon table (``CONNECTIVES``, ``_PREPOSITION_OF``)."""
    return {tuple(f.split()) for f in forms}


def present(code: str, texts, pair) -> bool:
    """Is the pair among the ``code`` detections? A target of None: any detection whose source
    span is the pair's source."""
    source, target = pair
    if target is None:
        return any(s == source for s, _ in analyzed_pairs(code, *texts))
    return pair in analyzed_pairs(code, *texts)


def patch(monkeypatch, where, value) -> None:
    module, name = where
    if name in ("CONNECTIVES", "_PREPOSITION_OF"):   # entries taken out of a lexicon table
        for key in value:
            monkeypatch.delitem(getattr(connectives, name), key if name == "CONNECTIVES" else key[0])
    elif isinstance(name, tuple):   # rules that find the same pair each: all of them off
        values = value if isinstance(value, tuple) else (value,) * len(name)
        for one, off in zip(name, values, strict=True):
            monkeypatch.setattr(module, one, off)
    else:
        monkeypatch.setattr(module, name, value)


def both_ways(cases):
    """The two tests of a table of cases, to be bound to test names in a round's module."""
    @pytest.mark.parametrize(CASE_FIELDS, cases)
    def reads_the_pair_right(where, off, code, texts, pair, found):
        assert present(code, texts, pair) is found

    @pytest.mark.parametrize(CASE_FIELDS, cases)
    def without_the_rule_the_reading_turns(monkeypatch, where, off, code, texts, pair, found):
        patch(monkeypatch, where, off)
        assert present(code, texts, pair) is not found

    return reads_the_pair_right, without_the_rule_the_reading_turns
