"""DL+ Deslocamento de unidades lexicais: the same words moved to another position, with
little else changed (typically an adverbial: "Neste ano, X" → "X neste ano").

Only inside 1:1 pairs, and not when the voice changed (subject and object then trade places
as a consequence of the passive/active switch) or the connectives changed (the clauses were
relinked, RD+)."""
from __future__ import annotations

from analysis.strategies.base import PairContext
from analysis.strategies.mod import voice_changed
from analysis.strategies.rd import CLAUSE_MOVE_WORDS, connectives_changed
from analysis.strategies.registry import register
from analysis.types import KIND_ONE_TO_ONE, Detection

CODE = "DL+"
MAX_OTHER_CHANGE = 0.2       # share of (unmoved) words changed elsewhere in the pair


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    # within one sentence only: in splits/merges word order follows the new boundaries (RP+)
    if ctx.kind != KIND_ONE_TO_ONE or not ctx.diff.moves:
        return []
    d = ctx.diff
    if voice_changed(d):
        return []  # arguments swap places because the voice changed (MOD+), not displacement
    if connectives_changed(ctx):
        return []  # clauses were relinked (RD+): word order follows the new linking
    total = len(d.src_words) + len(d.tgt_words)
    moved = len(d.src_moved()) + len(d.tgt_moved())
    other = sum((op.src[1] - op.src[0]) + (op.tgt[1] - op.tgt[0]) for op in d.ops if op.tag != "equal")
    other_share = max(0, other - moved) / max(1, total)
    if other_share > MAX_OTHER_CHANGE:
        return []
    out: list[Detection] = []
    for m in d.moves:
        size = m.src[1] - m.src[0]
        if size >= CLAUSE_MOVE_WORDS:
            continue  # a clause: RD+
        conf = 0.55 + 0.35 * (1 - other_share / MAX_OTHER_CHANGE)
        expl = f"«{m.text}» foi deslocado para outra posição na frase, sem mudança de conteúdo."
        out.append(ctx.detection(CODE, conf, [m.source_span], [m.target_span], expl,
                                 {"words": size, "text": m.text, "other_change": round(other_share, 2)}))
    return out
