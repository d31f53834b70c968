"""One shape for "something highlighted": a saved annotation or an unsaved machine detection.

Why: when the database is up, views show annotations (decisions persist); when it is down, they
show the result's detections from memory. Both become ``ReviewItem`` so the highlight, the
legend, the report and the charts have one input type.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from analysis.types import AnalysisResult, Detection, localized
from components.highlight import LabeledSpan

VISIBLE_STATUSES = ("pending", "accepted", "relabelled", "created")


@dataclass(frozen=True)
class ReviewItem:
    key: str                                  # "a12" (annotation id) or "d3" (detection index)
    code: str
    status: str                               # pending | accepted | rejected | relabelled | created | deleted
    origin: str                               # machine | human
    confidence: float | None
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    explanation: str = ""
    comment: str = ""
    original_code: str = ""
    annotation_id: int | None = None
    version: str = ""                         # what a decision on it names (stale ones are refused)
    needs_look: bool = False                  # decided before its alignment group was corrected
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    #: opt-in: the confidence calibrated by the workspace's decisions on this code, and how many
    #: decisions it rests on (None / 0: not calibrated; the raw ``confidence`` is never changed)
    calibrated_confidence: float | None = None
    calibration_n: int = 0
    #: the engine's message for ``explanation`` while it is still the engine's text (``analysis.messages``)
    message: dict = field(default_factory=dict, compare=False, hash=False)

    def explanation_in(self, lang: str | None = None) -> str:
        """The explanation in ``lang`` (the session's by default): a researcher's rewrite or the
        engine's message in that language; stored plain text of old analyses as it is."""
        from components.i18n import current_language

        return localized(self.explanation, lang or current_language(), self.message)

    @property
    def visible(self) -> bool:
        """Rejected and deleted items are not highlighted in the texts."""
        return self.status in VISIBLE_STATUSES


def from_annotation(a, result: AnalysisResult | None = None) -> ReviewItem:  # noqa: ANN001 - db.views.AnnotationView
    return ReviewItem(
        key=f"a{a.id}", code=a.code, status=a.status, origin=a.origin, confidence=a.confidence,
        source_spans=tuple(tuple(s) for s in a.source_spans),
        target_spans=tuple(tuple(s) for s in a.target_spans),
        explanation=a.explanation or "", comment=a.comment or "", original_code=a.original_code,
        annotation_id=a.id, version=a.version, needs_look=bool(getattr(a, "needs_look", False)),
        message=result.engine_message(a.explanation, a.detection_index) if result else {},
    )


def from_detection(index: int, d: Detection) -> ReviewItem:
    return ReviewItem(
        key=f"d{index}", code=d.code, status="pending", origin="machine", confidence=d.confidence,
        source_spans=tuple(tuple(s) for s in d.source_spans),
        target_spans=tuple(tuple(s) for s in d.target_spans),
        explanation=d.explanation, original_code=d.code, message=d.message,
    )


def _title(item: ReviewItem, lang: str | None) -> str:
    conf = f" ({item.confidence:.0%})" if item.confidence is not None else ""
    text = item.explanation_in(lang) or item.comment
    return f"{text}{conf}".strip()


def labeled_spans(items: list[ReviewItem], side: str, selected: str | None = None,
                  lang: str | None = None) -> list[LabeledSpan]:
    """The spans of ``items`` on ``side`` ("source" | "target") for ``render_side_by_side``."""
    out: list[LabeledSpan] = []
    for it in items:
        spans = it.source_spans if side == "source" else it.target_spans
        for start, end in spans:
            out.append(LabeledSpan(int(start), int(end), it.code, it.key, _title(it, lang), it.key == selected))
    return out
