"""RP+ Reconstrução de período: sentence boundaries changed (split, merge, n:m groups)."""
from __future__ import annotations

from analysis.strategies.base import PairContext
from analysis.strategies.registry import register
from analysis.types import KIND_MANY, KIND_MERGE, KIND_SPLIT, Detection, Message, msg

CODE = "RP+"


def _n(k: int) -> Message:
    return msg("rp.n_one") if k == 1 else msg("rp.n_many", n=k)


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if ctx.kind not in (KIND_SPLIT, KIND_MERGE, KIND_MANY) or not ctx.is_pair:
        return []
    if ctx.kind == KIND_MANY and ctx.is_reordering():
        return []  # same sentences in another order: RD+, not a boundary change
    ns, nt = len(ctx.source), len(ctx.target)
    if ctx.kind == KIND_SPLIT:
        expl = msg("rp.split", ns=_n(ns), nt=_n(nt))
    elif ctx.kind == KIND_MERGE:
        expl = msg("rp.merge", ns=_n(ns), nt=_n(nt))
    else:
        expl = msg("rp.many", ns=_n(ns), nt=_n(nt))
    # the aligner's score says how sure the grouping is; boundaries themselves are certain
    conf = 0.6 + 0.4 * max(0.0, min(1.0, ctx.group.score))
    return [ctx.detection(CODE, conf, ctx.source_spans, ctx.target_spans, expl,
                          {"kind": ctx.kind, "n_source": ns, "n_target": nt,
                           "alignment_score": round(float(ctx.group.score), 3)})]
