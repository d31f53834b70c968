"""More than two versions of a text: original → natural → strong (and beyond).

Why: simplification research often has several levels (PorSimples has an original, a natural and
a strong simplification of every text). One record keeps each step's full analysis (alignment and
strategies of level *k* → *k+1*) and a **chain**: for each original sentence, what it became at
every level and which strategies applied at each step, so a researcher can follow one sentence
through the whole rewriting.

The engine stays the same: each step is an ordinary ``analyze`` of two neighbouring levels, so
results per step are identical to analysing that pair alone.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.types import KIND_OMITTED, AnalysisResult, InputError

MIN_LEVELS, MAX_LEVELS = 2, 5


@dataclass(frozen=True)
class ChainStep:
    """What a set of sentences became in the next level, and how."""

    kind: str                       # the alignment group's kind (one-to-one, split, merge, omitted…)
    sentences: tuple[str, ...]      # sentence ids in the next level ("t1"...)
    strategies: tuple[str, ...]     # codes detected on this step for the group(s) involved


@dataclass
class ChainRow:
    """One original sentence followed through every level."""

    sentence: str                   # id in the original ("s1"...)
    steps: list[ChainStep] = field(default_factory=list)


@dataclass
class LevelsResult:
    names: list[str]                # level names, e.g. ["original", "natural", "forte"]
    steps: list[AnalysisResult]     # steps[k]: names[k] → names[k+1]
    chain: list[ChainRow]

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": self.names,
            "steps": [s.to_dict() for s in self.steps],
            "chain": self.chain_dicts(),
        }

    def chain_dicts(self) -> list[dict[str, Any]]:
        """The chain as JSON-ready dicts (also the ``chain`` of the CLI/batch contract)."""
        return [{"sentence": r.sentence,
                 "steps": [{"kind": c.kind, "sentences": list(c.sentences), "strategies": list(c.strategies)}
                           for c in r.steps]} for r in self.chain]


def _step_map(result: AnalysisResult) -> dict[str, tuple[str, set[str], set[str]]]:
    """source sentence id → (group kind, target ids, strategy codes of its group)."""
    codes_by_group: dict[int, set[str]] = {}
    for d in result.strategies:
        if d.group is not None:
            codes_by_group.setdefault(d.group, set()).add(d.code)
    out: dict[str, tuple[str, set[str], set[str]]] = {}
    for k, g in enumerate(result.alignments):
        for sid in g.source:
            out[sid] = (g.kind, set(g.target), codes_by_group.get(k, set()))
    return out


def _as_source_id(target_id: str) -> str:
    """A target sentence of step k is the source sentence of step k+1: ``t3`` → ``s3``."""
    return "s" + target_id[1:]


def chain_of(steps: Sequence[AnalysisResult]) -> list[ChainRow]:
    """Follow each original sentence through the steps (a sentence may fan out or vanish)."""
    maps = [_step_map(r) for r in steps]
    rows = []
    for sent in steps[0].source.sentences:
        row = ChainRow(sent.id)
        current = {sent.id}
        for m in maps:
            kinds, nxt, codes = [], set(), set()
            for sid in sorted(current, key=lambda s: int(s[1:])):
                kind, targets, c = m.get(sid, (KIND_OMITTED, set(), set()))
                kinds.append(kind)
                nxt |= targets
                codes |= c
            ordered = tuple(sorted(nxt, key=lambda t: int(t[1:])))
            row.steps.append(ChainStep("+".join(dict.fromkeys(kinds)) or KIND_OMITTED, ordered, tuple(sorted(codes))))
            current = {_as_source_id(t) for t in ordered}
        rows.append(row)
    return rows


def analyze_levels(texts: Sequence[str], analyze: Callable[[str, str], AnalysisResult],
                   names: Sequence[str] | None = None) -> LevelsResult:
    """Analyse every neighbouring pair of levels with ``analyze`` and build the chain.

    ``analyze`` is the ordinary two-text entry point with settings and encoder already bound
    (``functools.partial(pipeline.analyze, settings=..., encoder=...)``), so each step is
    computed exactly as a single pair would be.
    """
    if not MIN_LEVELS <= len(texts) <= MAX_LEVELS:
        raise InputError(f"Informe de {MIN_LEVELS} a {MAX_LEVELS} versões do texto (recebidas: {len(texts)}).")
    names = list(names) if names else [f"nível {k}" for k in range(len(texts))]
    if len(names) != len(texts):
        raise InputError("Cada versão do texto precisa de um nome.")
    steps = [analyze(texts[k], texts[k + 1]) for k in range(len(texts) - 1)]
    return LevelsResult(names, steps, chain_of(steps))
