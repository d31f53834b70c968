"""Round 40: misreadings found on fresh news texts, leaflets, textbooks and laws made plain,
judged blind (bench/data/probes.jsonl, ``[r40]``); the sentences here are written for the
purpose, no corpus text.

* A piece of a split said in other words ("evite a automedicação" → "Não tome remédio por
  conta própria.") belongs to the source sentence whose unrendered clause it says, however
  little it resembles the whole sentence: no insertion.
"""
from __future__ import annotations

from analysis import align_leftovers
from tests.test_strategies import analyzed_pairs

_ADVICE_SRC = ("Em caso de tosse com sangue ou falta de ar, procure imediatamente um pronto-socorro "
               "e evite a automedicação.")
_ADVICE_TGT = ("Se você tiver tosse com sangue ou falta de ar, vá logo a um pronto-socorro. "
               "Não tome remédio por conta própria.")


def test_a_split_piece_in_other_words_is_no_insertion():
    assert analyzed_pairs("IN+", _ADVICE_SRC, _ADVICE_TGT) == []


def test_without_the_unexplained_clause_the_piece_reads_as_new(monkeypatch):
    """The rule is what links the piece: with its floor out of reach, the piece is an IN+."""
    monkeypatch.setattr(align_leftovers, "unexplained_clauses", lambda text, explained: [])
    assert analyzed_pairs("IN+", _ADVICE_SRC, _ADVICE_TGT) != []


def test_an_added_sentence_after_a_faithful_one_stays_new():
    src = "Lave bem as frutas e as verduras antes de comer."
    tgt = "Lave bem as frutas e as verduras antes de comer. O posto de saúde abre às sete horas."
    assert analyzed_pairs("IN+", src, tgt) != []
