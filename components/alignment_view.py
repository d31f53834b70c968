"""The "Alinhamento" tab: every aligned group as a row with the full sentences (source left,
target right), its kind and similarity; then the paragraph alignment.

Why rows of wrapped text and not a table: researchers read the sentences, and a grid cell cuts
them. The rows are plain HTML that stacks the two sides on a phone. Omitted and added units have
no similarity (nothing was matched, so there is nothing to measure). Headings the aligner left
unpaired but MT+ paired (a rewritten title shares few words with the original) are shown as one
"heading changed" row, so Alinhamento and Estratégias tell the same story.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.types import AlignmentGroup, AnalysisResult, Document
from components.alignment_edit import correction_controls
from components.analyse_state import OpenAnalysis
from components.i18n import current_language, fmt_num, t, tr

#: kinds with nothing on one side: no similarity to show
UNMATCHED = ("omitted", "added")
HEADING = "heading"


@dataclass(frozen=True)
class AlignedRow:
    number: int
    kind: str                        # an AlignmentGroup kind, or "heading" (paired by MT+)
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    source_text: str
    target_text: str
    similarity: float | None         # None for omitted / added / position-paired headings
    by_researcher: bool = False      # set in the Alinhamento view's correction controls


def _overlaps(spans, start: int, end: int) -> bool:  # noqa: ANN001 - [(start, end)]
    return any(s < end and start < e for s, e in spans)


def _heading_pairs(result: AnalysisResult, groups: list[AlignmentGroup], units) -> dict[int, int]:  # noqa: ANN001
    """{omitted group index: added group index} for the headings MT+ paired by position.
    ``units(doc, ids)`` gives the (start, end) of each id of a group on one side."""
    pairs: dict[int, int] = {}
    for det in result.strategies:
        if det.code != "MT+" or det.evidence.get("paired_by") != "position":
            continue
        src = next((i for i, g in enumerate(groups) if g.kind == "omitted" and any(
            _overlaps(det.source_spans, a, b) for a, b in units(result.source, g.source))), None)
        tgt = next((i for i, g in enumerate(groups) if g.kind == "added" and any(
            _overlaps(det.target_spans, a, b) for a, b in units(result.target, g.target))), None)
        if src is not None and tgt is not None and src not in pairs and tgt not in pairs.values():
            pairs[src] = tgt
    return pairs


def _sentence_spans(doc: Document, ids) -> list[tuple[int, int]]:  # noqa: ANN001
    return [(doc.sentence(i).start, doc.sentence(i).end) for i in ids]


def _paragraph_spans(doc: Document, ids) -> list[tuple[int, int]]:  # noqa: ANN001
    by_id = {p.id: p for p in doc.paragraphs}
    return [(by_id[i].start, by_id[i].end) for i in ids if i in by_id]


def _rows(result: AnalysisResult, groups: list[AlignmentGroup], units) -> list[AlignedRow]:  # noqa: ANN001
    pairs = _heading_pairs(result, groups, units)
    absorbed = set(pairs.values())

    def text(doc: Document, ids) -> str:  # noqa: ANN001
        return " ".join(doc.text[a:b].strip() for a, b in units(doc, ids))

    rows: list[AlignedRow] = []
    for i, g in enumerate(groups):
        if i in absorbed:
            continue
        if i in pairs:
            other = groups[pairs[i]]
            kind, target, score = HEADING, other.target, None
        else:
            kind, target = g.kind, g.target
            # a researcher's link is a judgement, not a measured similarity
            score = None if g.kind in UNMATCHED or g.by_researcher else float(g.score)
        rows.append(AlignedRow(len(rows) + 1, kind, tuple(g.source), tuple(target),
                               text(result.source, g.source), text(result.target, target), score,
                               g.by_researcher))
    return rows


def aligned_rows(result: AnalysisResult) -> list[AlignedRow]:
    """The sentence alignment as display rows (headings paired by MT+ joined)."""
    return _rows(result, result.alignments, _sentence_spans)


def paragraph_rows(result: AnalysisResult) -> list[AlignedRow]:
    return _rows(result, result.paragraph_alignments, _paragraph_spans)


def kind_label(kind: str, lang: str) -> str:
    return tr("align.kind.heading", lang) if kind == HEADING else tr(f"kind.{kind}", lang)


def rows_html(rows: list[AlignedRow], lang: str) -> str:
    """Rows of two wrapped columns (source | target) that stack below 640 px wide."""
    out = [_CSS, '<div class="nx-align" role="list">']
    for r in rows:
        sim = ("" if r.similarity is None else
               f' · {html.escape(tr("col.score", lang))} {fmt_num(r.similarity, 2, lang)}')
        warn = "⚠ " if r.kind in UNMATCHED else ""
        mine = (f' <span class="nx-mine">✎ {html.escape(tr("realign.by_researcher", lang))}</span>'
                if r.by_researcher else "")
        src = html.escape(r.source_text) if r.source_text else f'<em>{html.escape(tr("align.none", lang))}</em>'
        tgt = html.escape(r.target_text) if r.target_text else f'<em>{html.escape(tr("align.none", lang))}</em>'
        ids_s, ids_t = ", ".join(r.source_ids) or "—", ", ".join(r.target_ids) or "—"
        out.append(
            f'<div class="nx-row nx-{html.escape(r.kind.replace(":", ""))}" role="listitem">'
            f'<div class="nx-head">#{r.number} · {warn}{html.escape(kind_label(r.kind, lang))}{sim}{mine}</div>'
            f'<div class="nx-side"><span class="nx-ids">{html.escape(tr("an.source_label", lang))} '
            f'({html.escape(ids_s)})</span>{src}</div>'
            f'<div class="nx-side"><span class="nx-ids">{html.escape(tr("an.target_label", lang))} '
            f'({html.escape(ids_t)})</span>{tgt}</div></div>')
    out.append("</div>")
    return "".join(out)


_CSS = """<style>
.nx-align{display:flex;flex-direction:column;gap:.5rem}
.nx-row{display:grid;grid-template-columns:1fr 1fr;gap:.25rem 1rem;padding:.5rem .75rem;
  border:1px solid rgba(128,128,128,.45);border-radius:.5rem}
.nx-head{grid-column:1 / -1;font-weight:600;font-size:.9rem}
.nx-side{overflow-wrap:anywhere;line-height:1.45}
.nx-ids{display:block;font-size:.8rem;opacity:.85}
.nx-omitted,.nx-added{border-style:dashed;border-width:2px}
.nx-mine{font-weight:500;font-size:.8rem;padding:0 .4rem;margin-left:.4rem;border-radius:.6rem;
  border:1px solid currentColor;white-space:nowrap}
@media (max-width:640px){.nx-row{grid-template-columns:1fr}}
</style>"""


def paragraph_frame(rows: list[AlignedRow], lang: str) -> pd.DataFrame:
    """The paragraph alignment with columns that say what they hold."""
    return pd.DataFrame([{
        tr("align.p.kind", lang): kind_label(r.kind, lang),
        tr("align.p.source", lang): ", ".join(r.source_ids) or "—",
        tr("align.p.target", lang): ", ".join(r.target_ids) or "—",
        tr("align.p.similarity", lang): "—" if r.similarity is None else fmt_num(r.similarity, 2, lang),
        tr("align.p.source_start", lang): _start(r.source_text),
        tr("align.p.target_start", lang): _start(r.target_text),
    } for r in rows])


def _start(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def alignment_view(result: AnalysisResult, lang: str | None = None, oa: OpenAnalysis | None = None) -> None:
    """The aligned rows; with the open analysis ``oa``, the correction controls under them."""
    lang = lang or current_language()
    rows = aligned_rows(result)
    if rows:
        counts = pd.Series([kind_label(r.kind, lang) for r in rows]).value_counts()
        st.caption(" · ".join(f"{k}: {n}" for k, n in counts.items()))
        st.caption(t("align.similarity_note"))
        if oa is not None:
            correction_controls(oa, rows)
        st.markdown(rows_html(rows, lang), unsafe_allow_html=True)
    else:
        st.info(t("align.empty"))
    if result.paragraph_alignments:
        st.markdown(f"#### {t('align.paragraphs')}")
        st.dataframe(paragraph_frame(paragraph_rows(result), lang), hide_index=True, width="stretch")
