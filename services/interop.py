"""Exports to the annotation tools research groups already use: INCEpTION/WebAnno and Label Studio.

Why both: groups curate and adjudicate in INCEpTION (UIMA CAS XMI, written with the maintained
``dkpro-cassis``) or in Label Studio (JSON tasks + a labelling config). Both exports carry the
same facts as NET-EST's own: every strategy span with code, confidence, status, annotator and
comment, and the sentence alignment.

One document per text pair. INCEpTION shows one text per document, so the document text is the
source text, a separator line, then the target text; ``netest.TextPart`` annotations mark the two
parts, and a span's offsets inside its part are the NET-EST offsets (document offset minus the
part's ``begin``). Label Studio keeps the two texts apart (``$source``, ``$target``), so there
offsets are NET-EST's offsets unchanged.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from analysis.types import STRATEGY_CODES, AnalysisResult

SEPARATOR = "\n\n———\n\n"
TYPE_PREFIX = "netest"
T_PART, T_SENTENCE, T_LINK, T_STRATEGY = (f"{TYPE_PREFIX}.{n}" for n in ("TextPart", "Sentence", "AlignmentLink", "Strategy"))
ANNOTATION = "uima.tcas.Annotation"
Span = tuple[int, int]


@dataclass(frozen=True)
class ExportSpan:
    """One strategy annotation as a reviewer holds it (machine detection or human-added)."""

    code: str
    source_spans: Sequence[Span]
    target_spans: Sequence[Span]
    confidence: float | None = None
    status: str = "pending"
    annotator: str = ""                 # "" for the machine's own proposal
    comment: str = ""
    origin: str = "machine"             # machine | human
    group: int | None = None


@dataclass
class PairExport:
    """Everything one text pair exports: its analysis result and its annotations."""

    name: str
    result: AnalysisResult
    spans: list[ExportSpan] = field(default_factory=list)
    researcher_links: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)


# -------------------------------------------------------------------------- UIMA CAS XMI
def type_system():
    """The NET-EST type system (also shipped as ``typesystem.xml`` beside every export)."""
    from cassis import TypeSystem  # optional dependency, only needed by this export

    ts = TypeSystem()
    part = ts.create_type(T_PART, supertypeName=ANNOTATION)
    ts.create_feature(part, "role", "uima.cas.String")
    sent = ts.create_type(T_SENTENCE, supertypeName=ANNOTATION)
    for name in ("sentenceId", "role"):
        ts.create_feature(sent, name, "uima.cas.String")
    link = ts.create_type(T_LINK, supertypeName=ANNOTATION)
    ts.create_feature(link, "Governor", T_SENTENCE)
    ts.create_feature(link, "Dependent", T_SENTENCE)
    ts.create_feature(link, "kind", "uima.cas.String")
    ts.create_feature(link, "score", "uima.cas.Double")
    ts.create_feature(link, "setBy", "uima.cas.String")
    strat = ts.create_type(T_STRATEGY, supertypeName=ANNOTATION)
    for name in ("code", "status", "annotator", "comment", "origin", "role", "detection"):
        ts.create_feature(strat, name, "uima.cas.String")
    ts.create_feature(strat, "confidence", "uima.cas.Double")
    return ts


def type_system_xml() -> bytes:
    return type_system().to_xml().encode("utf-8")


def _offsets(result: AnalysisResult) -> dict[str, int]:
    return {"source": 0, "target": len(result.source.text) + len(SEPARATOR)}


def to_cas(pair: PairExport):
    """One CAS: both texts, sentences, alignment links, strategy spans."""
    from cassis import Cas

    ts = type_system()
    result = pair.result
    cas = Cas(typesystem=ts)
    cas.sofa_string = result.source.text + SEPARATOR + result.target.text
    base = _offsets(result)
    Part, Sent, Link, Strat = (ts.get_type(n) for n in (T_PART, T_SENTENCE, T_LINK, T_STRATEGY))
    cas.add(Part(begin=0, end=len(result.source.text), role="source"))
    cas.add(Part(begin=base["target"], end=base["target"] + len(result.target.text), role="target"))
    sentences = {}
    for role, doc in (("source", result.source), ("target", result.target)):
        for s in doc.sentences:
            fs = Sent(begin=base[role] + s.start, end=base[role] + s.end, sentenceId=s.id, role=role)
            cas.add(fs)
            sentences[s.id] = fs
    for g in result.alignments:
        by_hand = g.by_researcher or (tuple(g.source), tuple(g.target)) in pair.researcher_links
        set_by = "researcher" if by_hand else "machine"
        for sid in g.source:
            for tid in g.target:
                dep = sentences[tid]
                cas.add(Link(begin=dep.begin, end=dep.end, Governor=sentences[sid], Dependent=dep,
                             kind=g.kind, score=float(g.score), setBy=set_by))
    for n, sp in enumerate(pair.spans):
        for role, spans in (("source", sp.source_spans), ("target", sp.target_spans)):
            for start, end in spans:
                cas.add(Strat(begin=base[role] + start, end=base[role] + end, code=sp.code,
                              confidence=float(sp.confidence) if sp.confidence is not None else 0.0,
                              status=sp.status, annotator=sp.annotator or "NET-EST",
                              comment=sp.comment, origin=sp.origin, role=role, detection=f"d{n + 1}"))
    return cas


def cas_xmi(pair: PairExport) -> bytes:
    return to_cas(pair).to_xmi().encode("utf-8")


def inception_zip(pairs: Iterable[PairExport]) -> bytes:
    """A zip with ``typesystem.xml`` and one ``<name>.xmi`` per pair (INCEpTION's UIMA CAS XMI import)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("typesystem.xml", type_system_xml())
        used: set[str] = set()
        for pair in pairs:
            name = _unique(_safe(pair.name), used)
            zf.writestr(f"{name}.xmi", cas_xmi(pair))
    return buf.getvalue()


def _safe(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_" else "_" for c in name.strip())
    return keep[:80] or "par"


def _unique(name: str, used: set[str]) -> str:
    out, n = name, 1
    while out in used:
        n += 1
        out = f"{name}-{n}"
    used.add(out)
    return out


# ----------------------------------------------------------------------------- Label Studio
LS_FROM = {"source": "strategy_source", "target": "strategy_target"}


def label_studio_config(codes: Sequence[str] = STRATEGY_CODES,
                        colours: dict[str, str] | None = None,
                        headers: tuple[str, str] = ("Texto fonte", "Texto simplificado")) -> str:
    """The labelling config to paste into Label Studio (Settings → Labeling Interface → Code)."""
    colours = colours or {}

    def labels(name: str, to: str) -> str:
        items = "".join(
            f'\n    <Label value={quoteattr(c)}' + (f' background={quoteattr(colours[c])}' if c in colours else "") + "/>"
            for c in codes)
        return f'  <Labels name="{name}" toName="{to}">{items}\n  </Labels>'

    return (
        "<View>\n"
        f"  <Header value={quoteattr(headers[0])}/>\n"
        f"{labels(LS_FROM['source'], 'source')}\n"
        '  <Text name="source" value="$source" granularity="symbol"/>\n'
        f"  <Header value={quoteattr(headers[1])}/>\n"
        f"{labels(LS_FROM['target'], 'target')}\n"
        '  <Text name="target" value="$target" granularity="symbol"/>\n'
        '  <TextArea name="comment" toName="source" editable="true" perRegion="true" placeholder="Comentário"/>\n'
        "</View>\n"
    )


def _ls_results(pair: PairExport, spans: Iterable[ExportSpan]) -> list[dict]:
    texts = {"source": pair.result.source.text, "target": pair.result.target.text}
    out = []
    for n, sp in enumerate(spans):
        for role, side in (("source", sp.source_spans), ("target", sp.target_spans)):
            for k, (start, end) in enumerate(side):
                out.append({
                    "id": f"d{n + 1}{role[0]}{k + 1}",
                    "from_name": LS_FROM[role], "to_name": role, "type": "labels",
                    "value": {"start": start, "end": end, "text": texts[role][start:end], "labels": [sp.code]},
                    "meta": {"text": [sp.comment]} if sp.comment else {},
                })
    return out


def label_studio_task(pair: PairExport, model_version: str = "") -> dict:
    """One task: the pair as data, machine detections as predictions, each annotator's kept
    labels (accepted, relabelled or added) as an annotation of their own."""
    machine = [s for s in pair.spans if s.origin == "machine"]
    by_annotator: dict[str, list[ExportSpan]] = {}
    for s in pair.spans:
        if s.annotator and s.status in ("accepted", "relabelled", "created"):
            by_annotator.setdefault(s.annotator, []).append(s)
    confidences = [s.confidence for s in machine if s.confidence is not None]
    task = {
        "data": {"title": pair.name, "source": pair.result.source.text, "target": pair.result.target.text},
        "predictions": [{
            "model_version": model_version or f"NET-EST {pair.result.engine_version}",
            "score": round(sum(confidences) / len(confidences), 4) if confidences else 0.0,
            "result": _ls_results(pair, machine),
        }],
    }
    if by_annotator:
        task["annotations"] = [{"completed_by": {"email": a}, "result": _ls_results(pair, spans)}
                               for a, spans in sorted(by_annotator.items())]
    return task


def label_studio_json(pairs: Iterable[PairExport], model_version: str = "") -> bytes:
    return json.dumps([label_studio_task(p, model_version) for p in pairs], ensure_ascii=False, indent=1).encode("utf-8")
