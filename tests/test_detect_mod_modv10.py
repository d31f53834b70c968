"""MOD+ round modv10: a prohibition said through a negation in a group where the prohibition's
sentence stands alone on its side, with no negator, needs no shared word to be the same rule:
the alignment pairs the sentences ("É vedada ao empregador a dispensa arbitrária da empregada
gestante." → "O patrão não pode demitir sem motivo a trabalhadora grávida.", every word
reworded). Near-miss: with two source sentences in the group, a negation that names nothing the
prohibition forbids is still no polarity change. Every pair is written for the purpose."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import code_pairs, run, spans


def test_a_prohibition_reworded_whole_as_a_negation_is_mod(e5):
    found = code_pairs("MOD+", "É vedada ao empregador a dispensa arbitrária da empregada gestante.",
                       "O patrão não pode demitir sem motivo a trabalhadora grávida.", e5)
    assert found == [("vedada", "não pode")], found


def test_with_another_source_sentence_a_negation_must_name_what_is_forbidden(e5):
    src = ["É vedada a venda de bebidas no estádio.", "Os torcedores chegaram cedo ao jogo."]
    tgt = ["Os torcedores chegaram cedo e não encontraram lugar."]
    s, t, dets, _ = run(src, tgt, groups=[AlignmentGroup(["s1", "s2"], ["t1"], 0.9, kind="merge")],
                        encoder=e5)
    assert [spans(s, d.source_spans) for d in dets if d.code == "MOD+"] == []
