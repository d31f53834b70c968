"""MT+ Mudança de título: a title/section heading changed.

Headings are paired through the alignment when it links them; headings that the aligner left
unpaired (a rewritten title often shares too little with the original) are paired in document
order, since a heading is replaced by a heading.
"""
from __future__ import annotations

from analysis.strategies.base import DocContext, PairContext
from analysis.strategies.registry import register
from analysis.types import Detection, msg

CODE = "MT+"


def _detection(ctx: PairContext, src, tgt, src_text: str, tgt_text: str, conf: float,
               paired_by: str) -> Detection:
    expl = msg("mt.title", source=src_text, target=tgt_text)
    return ctx.detection(CODE, conf, src, tgt, expl,
                         {"source_title": src_text, "target_title": tgt_text, "paired_by": paired_by})


@register(CODE, scope="document")
def detect_document(doc: DocContext) -> list[Detection]:
    out: list[Detection] = []
    for p in doc.pairs:
        if p.is_heading_pair and p.diff.changed:
            out.append(_detection(p, p.source_spans, p.target_spans, p.source_text, p.target_text,
                                  0.9, "alignment"))
    src_alone = [p for p in doc.pairs if not p.target and p.source_heading]
    tgt_alone = [p for p in doc.pairs if not p.source and p.target_heading]
    for s, t in zip(src_alone, tgt_alone, strict=False):
        out.append(_detection(s, s.source_spans, t.target_spans, s.source_text, t.target_text,
                              0.75, "position"))
    return out


def unpaired_headings(doc: DocContext) -> set[int]:
    """Group indices of omitted/added heading groups that MT+ pairs (OM+/IN+ skip them)."""
    src_alone = [p.index for p in doc.pairs if not p.target and p.source_heading]
    tgt_alone = [p.index for p in doc.pairs if not p.source and p.target_heading]
    k = min(len(src_alone), len(tgt_alone))
    return set(src_alone[:k]) | set(tgt_alone[:k])
