"""Plain dataclasses returned by the repositories.

Why not the ORM rows: pages must never trigger lazy loading after the session closed, and a
dataclass states exactly what a page may rely on. Spans are ``[start, end)`` character offsets
into the analysis' displayed texts (``AnalysisResult.source.text`` / ``.target.text``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from analysis.types import DEFAULT_ENABLED_CODES, AnalysisResult, AnalysisSettings
from db.review import version_of

T = TypeVar("T")

#: ``superseded``: a pending machine detection whose alignment group a researcher corrected
#: (the re-detection replaced it); it leaves every list and count, and stays for the record
STATUSES = ("pending", "accepted", "rejected", "relabelled", "created", "deleted", "superseded")
#: statuses no list or count shows (``include_deleted`` shows them)
HIDDEN_STATUSES = ("deleted", "superseded")
ORIGINS = ("machine", "human")
LANGUAGES = ("pt-BR", "en")
THEMES = ("light", "dark", "auto")
PALETTES = ("default", "colorblind")

Span = tuple[int, int]


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


@dataclass
class AnalysisRecord:
    """A saved analysis with its full result (what the review page loads)."""

    id: int
    workspace_id: int
    title: str
    source_text: str            # == result.source.text: what spans index into
    target_text: str
    source_hash: str
    target_hash: str
    cache_key: str
    engine_version: str
    model_name: str
    settings: AnalysisSettings
    result: AnalysisResult
    timings: dict[str, float]
    corpus_id: int | None
    pair_name: str | None
    pair_index: int | None
    created_at: datetime
    updated_at: datetime
    #: three levels: on the first step {"levels": names, "steps": analysis ids, "chain": [...]}
    levels: dict[str, Any] | None = None
    chain_head_id: int | None = None        # later steps: the first step's analysis
    level_index: int | None = None          # the step's position in its chain


@dataclass(frozen=True)
class MachineFact:
    """What the preference filter reads of one machine annotation (``origin`` is always machine)."""

    code: str
    confidence: float | None
    status: str
    origin: str = "machine"


@dataclass
class AnalysisSummary:
    """One history row: enough to list, search and show review progress."""

    id: int
    title: str
    created_at: datetime
    updated_at: datetime
    engine_version: str
    model_name: str
    corpus_id: int | None
    pair_name: str | None
    source_preview: str
    target_preview: str
    n_detections: int           # machine detections
    n_decided: int              # machine detections no longer pending
    n_human: int                # researcher-created annotations (not deleted)
    is_chain: bool = False      # the first step of a chain of levels (original → natural → strong)

    @property
    def progress(self) -> float:
        return self.n_decided / self.n_detections if self.n_detections else 1.0


@dataclass
class AnnotationView:
    id: int
    analysis_id: int
    code: str
    original_code: str
    origin: str                 # machine | human
    status: str                 # one of STATUSES
    confidence: float | None
    source_spans: list[Span]
    target_spans: list[Span]
    source_text: str            # covered source excerpts joined with " … "
    target_text: str
    explanation: str
    comment: str
    detection_index: int | None
    created_at: datetime
    updated_at: datetime
    decided_at: datetime | None = None
    event_id: int | None = None     # set on the view an action returns: the event it wrote
    needs_look: bool = False        # decided before a correction of its alignment group

    @property
    def version(self) -> str:
        """The version a decision on this annotation must name (``db.review.version_of``)."""
        return version_of(self.updated_at)


@dataclass
class EventView:
    id: int
    annotation_id: int
    action: str
    from_status: str | None
    to_status: str | None
    from_code: str | None
    to_code: str | None
    actor: str
    created_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)
    undoes_event_id: int | None = None


@dataclass
class StrategyFeedback:
    """Researchers' verdicts on the machine's detections of one strategy."""

    code: str
    total: int = 0              # machine detections originally labelled ``code``
    pending: int = 0
    accepted: int = 0
    rejected: int = 0
    relabelled: int = 0         # relabelled away to another code
    deleted: int = 0
    missed: int = 0             # annotations of ``code`` researchers added: the machine missed them

    @property
    def judged(self) -> int:
        return self.accepted + self.rejected + self.relabelled

    @property
    def precision(self) -> float | None:
        """accepted / (accepted + rejected + relabelled away); None before any verdict."""
        return self.accepted / self.judged if self.judged else None

    @property
    def recall(self) -> float | None:
        """accepted / (accepted + added by researchers); None while both are zero. An estimate:
        it only knows the misses researchers bothered to add."""
        found = self.accepted + self.missed
        return self.accepted / found if found else None


@dataclass
class DayFeedback:
    day: date
    accepted: int = 0
    rejected: int = 0
    relabelled: int = 0


@dataclass
class FeedbackStats:
    scope: str                                  # "workspace" | "all"
    per_strategy: list[StrategyFeedback]
    confusion: list[tuple[str, str, int]]       # (machine code, researcher code, count)
    by_day: list[DayFeedback]
    n_workspaces: int = 1
    n_analyses: int = 0


@dataclass
class Preferences:
    language: str = "pt-BR"
    theme: str = "auto"
    min_confidence: float = 0.0
    #: what is listed (the store keeps every detection); OM+ off until a researcher opts in
    enabled_strategies: list[str] = field(default_factory=lambda: list(DEFAULT_ENABLED_CODES))
    palette: str = "default"
    #: opt-in: cards show the confidence calibrated by this workspace's decisions
    calibrated_confidence: bool = False


@dataclass
class CorpusView:
    id: int
    name: str
    status: str                 # pending | running | done
    total_pairs: int
    n_done: int
    n_error: int
    created_at: datetime
    updated_at: datetime

    @property
    def n_pending(self) -> int:
        return self.total_pairs - self.n_done - self.n_error


@dataclass
class CorpusItemView:
    id: int
    corpus_id: int
    position: int
    name: str
    source: str
    target: str
    status: str                 # pending | done | error
    error_message: str | None
    analysis_id: int | None
    third: str = ""             # a third level (strong simplification): the pair is analysed as a chain


@dataclass
class CorrectionView:
    """One alignment correction (or the undo of one) and what it did to the review."""

    id: int
    action: str                      # link | unlink | merge | split | omitted | added | undo
    source: list[str]                # sentence ids the researcher chose
    target: list[str]
    actor: str
    created_at: datetime
    undoes_id: int | None = None
    undone: bool = False
    n_superseded: int = 0            # pending detections of the changed groups taken off the list
    n_needs_look: int = 0            # decisions on the changed groups flagged for a new look
    n_new: int = 0                   # detections found on the changed groups
