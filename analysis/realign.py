"""A researcher's corrections of the sentence alignment, and re-detection of what they changed.

Why here, pure: the strategies are only as good as the alignment under them, and a researcher
sometimes knows better (a merge read as an omission plus an insertion). A correction is one of
six actions on sentence ids, all expressed by two primitives:

* ``relink(S, T)``: the sentences S (source) and T (target) form one group, taken out of the
  groups they were in (link, merge of two groups, split off part of a group, mark a source
  sentence as truly omitted with ``T = []`` or a target sentence as truly added with ``S = []``);
* ``detach(S, T)``: each of these sentences stands alone (unlink).

``redetect`` then runs the same registered detectors with the same settings on the groups that
changed only, keeps every other detection as it was (re-pointed to its group's new index) and
says which old detections went stale, so the review record can keep decisions on unchanged
groups and ask for a new look at the rest.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analysis.align import align_paragraphs
from analysis.pipeline import alignment_metrics
from analysis.strategies import DetectorErrorHandler, detect_all, sort_detections
from analysis.types import (
    AlignmentGroup,
    AnalysisResult,
    Detection,
    Document,
    InputError,
    msg,
    render_message,
)
from models.encoder import Encoder

#: the actions a researcher can take in the Alinhamento view
ACTIONS = ("link", "unlink", "merge", "split", "omitted", "added")

#: score of a group a researcher set: the link (or the absence of one) is certain
RESEARCHER_SCORE = 1.0
#: score of what is left of a changed group when one side emptied: nothing measured it
REMAINDER_SCORE = 0.5


@dataclass(frozen=True)
class Correction:
    """One action on sentence ids (``source``: s1.., ``target``: t1..)."""

    action: str
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"action": self.action, "source": list(self.source), "target": list(self.target)}

    @classmethod
    def from_dict(cls, d: dict) -> Correction:
        return cls(d["action"], tuple(d.get("source", ())), tuple(d.get("target", ())))


@dataclass
class Redetection:
    """The corrected analysis and how its detections relate to the previous ones."""

    result: AnalysisResult
    changed: list[int]              # indices (in result.alignments) of the groups re-detected
    kept: dict[int, int]            # old detection index -> new index (groups left as they were)
    fresh: list[int]                # new indices of the detections found on changed groups
    stale: list[int]                # old detection indices whose group changed


def _check_ids(doc: Document, ids: Iterable[str], side: str) -> list[str]:
    known = {s.id for s in doc.sentences}
    out = list(dict.fromkeys(ids))
    bad = [i for i in out if i not in known]
    if bad:
        where = "texto de partida" if side == "source" else "texto simplificado"
        raise InputError(f"Frase inexistente no {where}: {', '.join(bad)}.", "unknown_sentence")
    order = {s.id: k for k, s in enumerate(doc.sentences)}
    return sorted(out, key=order.__getitem__)


def _remainder(g: AlignmentGroup, src: set[str], tgt: set[str]) -> AlignmentGroup | None:
    """What is left of ``g`` once ``src``/``tgt`` are taken out (None: nothing left)."""
    s = [i for i in g.source if i not in src]
    t = [i for i in g.target if i not in tgt]
    if not s and not t:
        return None
    if len(s) == len(g.source) and len(t) == len(g.target):
        return g
    score = g.score if s and t else REMAINDER_SCORE
    return AlignmentGroup(s, t, score, AlignmentGroup.kind_for(len(s), len(t)))


def _researcher_group(src: list[str], tgt: list[str]) -> AlignmentGroup:
    return AlignmentGroup(src, tgt, RESEARCHER_SCORE, AlignmentGroup.kind_for(len(src), len(tgt)),
                          by_researcher=True)


def order_groups(source: Document, target: Document, groups: list[AlignmentGroup]) -> list[AlignmentGroup]:
    """Groups in source order, an added group right after the group of the target sentence
    before it (the aligner's order, so corrected and machine alignments read alike)."""
    s_pos = {s.id: k for k, s in enumerate(source.sentences)}
    t_pos = {s.id: k for k, s in enumerate(target.sentences)}
    tgt_key = {t_pos[t]: min(s_pos[s] for s in g.source) for g in groups if g.source for t in g.target}
    keyed = []
    for g in groups:
        first_t = min((t_pos[t] for t in g.target), default=-1)
        if g.source:
            key = float(min(s_pos[s] for s in g.source))
        else:
            key = max((v for k, v in tgt_key.items() if k < first_t), default=-1.0) + 0.5
        keyed.append((key, first_t, g))
    keyed.sort(key=lambda x: (x[0], x[1]))
    return [g for _, _, g in keyed]


def relink(result: AnalysisResult, source_ids: Sequence[str], target_ids: Sequence[str]) -> list[AlignmentGroup]:
    """The alignment with ``source_ids`` and ``target_ids`` as one group set by the researcher."""
    src = _check_ids(result.source, source_ids, "source")
    tgt = _check_ids(result.target, target_ids, "target")
    if not src and not tgt:
        raise InputError("Escolha pelo menos uma frase.", "no_sentence")
    rest = [r for g in result.alignments if (r := _remainder(g, set(src), set(tgt))) is not None]
    return order_groups(result.source, result.target, [*rest, _researcher_group(src, tgt)])


def detach(result: AnalysisResult, source_ids: Sequence[str], target_ids: Sequence[str]) -> list[AlignmentGroup]:
    """The alignment with each of these sentences alone (omitted / added), set by the researcher."""
    src = _check_ids(result.source, source_ids, "source")
    tgt = _check_ids(result.target, target_ids, "target")
    if not src and not tgt:
        raise InputError("Escolha pelo menos uma frase.", "no_sentence")
    rest = [r for g in result.alignments if (r := _remainder(g, set(src), set(tgt))) is not None]
    alone = [_researcher_group([s], []) for s in src] + [_researcher_group([], [t]) for t in tgt]
    return order_groups(result.source, result.target, rest + alone)


def corrected_groups(result: AnalysisResult, correction: Correction) -> list[AlignmentGroup]:
    """The alignment after ``correction`` (InputError, in Portuguese, when it cannot apply)."""
    a, s, t = correction.action, correction.source, correction.target
    if a not in ACTIONS:
        raise InputError(f"Correção desconhecida: {a!r}.", "unknown_correction")
    if a == "unlink":
        return detach(result, s, t)
    if a == "omitted":
        if len(s) != 1 or t:
            raise InputError("Escolha uma frase do texto de partida para marcar como omitida.", "one_source")
        return relink(result, s, ())
    if a == "added":
        if len(t) != 1 or s:
            raise InputError("Escolha uma frase do texto simplificado para marcar como acrescentada.", "one_target")
        return relink(result, (), t)
    if a == "split":
        _check_part_of_one_group(result, s, t)
        return relink(result, s, t)
    if not s or not t:
        raise InputError("Escolha frases dos dois textos para ligá-las.", "both_sides")
    return relink(result, s, t)


def _check_part_of_one_group(result: AnalysisResult, source_ids: Sequence[str], target_ids: Sequence[str]) -> None:
    """A split takes part (not all) of one group's sentences out of it."""
    chosen_s, chosen_t = set(source_ids), set(target_ids)
    owners = [g for g in result.alignments if chosen_s & set(g.source) or chosen_t & set(g.target)]
    if (len(owners) != 1 or not chosen_s <= set(owners[0].source) or not chosen_t <= set(owners[0].target)
            or (chosen_s == set(owners[0].source) and chosen_t == set(owners[0].target))):
        raise InputError("Para separar, escolha parte das frases de um mesmo grupo.", "split_part")


def _key(g: AlignmentGroup) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(g.source), tuple(g.target)


def _overlaps(spans: Iterable[Sequence[int]], others: Iterable[Sequence[int]]) -> bool:
    others = list(others)
    return any(a < d and c < b for a, b in spans for c, d in others)


def _touches(det: Detection, doc_src: Document, doc_tgt: Document, groups: Iterable[AlignmentGroup]) -> bool:
    """A detection without a group (a document detector's) lies in one of ``groups``."""
    for g in groups:
        ss = [(doc_src.sentence(i).start, doc_src.sentence(i).end) for i in g.source]
        ts = [(doc_tgt.sentence(i).start, doc_tgt.sentence(i).end) for i in g.target]
        if _overlaps(det.source_spans, ss) or _overlaps(det.target_spans, ts):
            return True
    return False


def _anchors(source: Document, groups: list[AlignmentGroup]) -> dict[int, int]:
    """Group index -> source offset of its first sentence (or the previous group's)."""
    out, anchor = {}, 0
    for k, g in enumerate(groups):
        if g.source:
            anchor = source.sentence(g.source[0]).start
        out[k] = anchor
    return out


def researcher_note(det: Detection) -> Detection:
    """``det`` found on a group a researcher set: its explanation says so, since the grouping it
    rests on is the researcher's reading, not the aligner's (a reader checking the evidence must
    know whose it is). The detector's own message is kept inside the note."""
    note = msg("realign.group_by_researcher", text=det.message or det.explanation)
    return dataclasses.replace(det, message=note, explanation=render_message(note))


def redetect(result: AnalysisResult, groups: list[AlignmentGroup], encoder: Encoder | None,
             on_detector_error: DetectorErrorHandler | None = None) -> Redetection:
    """``result`` with the alignment ``groups``: the registered detectors (the result's own
    settings) run on the changed groups only; detections on unchanged groups are kept."""
    src, tgt = result.source, result.target
    old_at = {_key(g): i for i, g in enumerate(result.alignments)}
    old_to_new = {old_at[_key(g)]: j for j, g in enumerate(groups) if _key(g) in old_at}
    changed = sorted(set(range(len(groups))) - set(old_to_new.values()))
    gone = [g for i, g in enumerate(result.alignments) if i not in old_to_new]
    settings = result.settings
    found, failed = detect_all(src, tgt, groups, encoder, settings.strategies, on_detector_error,
                               only=set(changed))
    found = [researcher_note(d) if d.group is not None and groups[d.group].by_researcher else d
             for d in found if d.confidence >= settings.min_confidence]
    kept_old: list[tuple[int, Detection]] = []
    stale: list[int] = []
    for i, d in enumerate(result.strategies):
        if d.group is not None and d.group in old_to_new:
            kept_old.append((i, dataclasses.replace(d, group=old_to_new[d.group])))
        elif d.group is None and not _touches(d, src, tgt, gone):
            kept_old.append((i, d))
        else:
            stale.append(i)
    detections = [d for _, d in kept_old] + found
    sort_detections(detections, _anchors(src, groups))
    position = {id(d): k for k, d in enumerate(detections)}
    corrected = dataclasses.replace(
        result, alignments=list(groups), strategies=detections,
        metrics=alignment_metrics(src, tgt, groups),
        paragraph_alignments=align_paragraphs(src, tgt, groups),
        failed_checks=[*result.failed_checks, *failed])
    return Redetection(result=corrected, changed=changed,
                       kept={i: position[id(d)] for i, d in kept_old},
                       fresh=sorted(position[id(d)] for d in found), stale=stale)
