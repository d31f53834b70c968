"""Inter-annotator agreement on strategy labels: units, matching rule, κ and α with intervals.

Why a module of its own: a research group publishes these numbers, so the rule that turns
several researchers' reviews into comparable *units* must be written down once, tested against
published worked examples, and used by every view and export alike.

Matching rule (documented in the README and on the Painel):

* A **unit** is one machine detection of a pair, or one annotation a researcher added by hand.
  Human annotations of different annotators are the same unit when they carry the same code and
  their spans overlap on at least one side (source or target); they then join one unit.
* The **value** an annotator gives a unit is the strategy code they hold for it: the machine
  code when accepted, the new code when relabelled, their own code for an annotation they
  added; ``NONE`` when they rejected a detection, or when they finished the pair without adding
  a matching annotation. A pending detection is *missing* (not yet judged), never ``NONE``.
* **Per code**, units are those where any annotator or the machine proposed the code, and the
  value is binary: the code, or not.
* With fewer than two annotators judging at least one common unit, or no variation at all to
  measure, the result is "not enough data" (``None`` with a reason), never a number.
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

NONE = "∅"      # the value "no strategy here" (rejected, or not added)
MIN_UNITS = 2


@dataclass(frozen=True)
class Judgement:
    """One annotator's reading of one candidate span (from the review record)."""

    annotator: str
    code: str | None                  # None = rejected / not present
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()


@dataclass
class Unit:
    """A place in a pair that at least one annotator (or the machine) labelled."""

    key: str                                          # "m<detection index>" or "h<n>"
    machine_code: str | None                          # the machine's code; None for human units
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()
    values: dict[str, str] = field(default_factory=dict)   # annotator -> code or NONE


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


@dataclass(frozen=True)
class AgreementFigure:
    """One agreement number, or the reason there is none."""

    value: float | None
    n_units: int
    n_annotators: int
    interval: Interval | None = None
    reason: str = ""                                   # "" | "few_annotators" | "few_units" | "no_variation"

    @property
    def available(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class CodeAgreement:
    code: str
    kappa: AgreementFigure            # Cohen's κ (exactly two annotators)
    alpha: AgreementFigure            # Krippendorff's α, nominal (any number)


@dataclass(frozen=True)
class MachineAgreement:
    """How often an annotator agrees with the machine: accepted / judged machine units."""

    annotator: str
    judged: int
    agreed: int

    @property
    def rate(self) -> float | None:
        return self.agreed / self.judged if self.judged else None


@dataclass(frozen=True)
class Disagreement:
    unit: Unit
    values: dict[str, str]


# ------------------------------------------------------------------------------- matching
def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def spans_match(a: Unit | Judgement, b: Unit | Judgement) -> bool:
    """The matching rule for human annotations: overlap on the source or on the target side."""
    return _overlap(a.source_spans, b.source_spans) or _overlap(a.target_spans, b.target_spans)


def merge_human_units(added: Iterable[Judgement], annotators_done: Iterable[str],
                      start: int = 0) -> list[Unit]:
    """Human-added annotations → units, joining same-code overlapping ones across annotators.

    Annotators in ``annotators_done`` who did not add a matching annotation get ``NONE``.
    """
    units: list[Unit] = []
    for j in added:
        if j.code is None:
            continue
        home = next((u for u in units if u.values.get(j.annotator) is None
                     and j.code in u.values.values() and spans_match(u, j)), None)
        if home is None:
            home = Unit(f"h{start + len(units) + 1}", None, j.source_spans, j.target_spans)
            units.append(home)
        home.values[j.annotator] = j.code
    done = list(annotators_done)
    for u in units:
        for a in done:
            u.values.setdefault(a, NONE)
    return units


# ------------------------------------------------------------------------------ statistics
def _coincidence_alpha(units: list[dict[str, str]]) -> float | None:
    """Krippendorff's α (nominal) through the maintained ``krippendorff`` package."""
    import krippendorff  # optional heavy dependency kept out of import time
    import numpy as np

    annotators = sorted({a for u in units for a in u})
    categories = sorted({v for u in units for v in u.values()})
    index = {c: i for i, c in enumerate(categories)}
    data = np.full((len(annotators), len(units)), np.nan)
    for j, u in enumerate(units):
        for i, a in enumerate(annotators):
            if a in u:
                data[i, j] = index[u[a]]
    if len(categories) < 2:
        return None
    value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    return None if value is None or math.isnan(value) else float(value)


def _pairable(units: list[dict[str, str]]) -> list[dict[str, str]]:
    return [u for u in units if len(u) >= 2]


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's κ of two equally long label sequences; None when chance agreement is total."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    cats = sorted(set(a) | set(b))
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum((a.count(c) / n) * (b.count(c) / n) for c in cats)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def _bootstrap(units: list[dict[str, str]], stat, rounds: int, seed: int) -> Interval | None:
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        sample = [units[rng.randrange(len(units))] for _ in units]
        v = stat(sample)
        if v is not None:
            values.append(v)
    if len(values) < rounds // 2:
        return None
    values.sort()
    lo = values[int(0.025 * (len(values) - 1))]
    hi = values[int(math.ceil(0.975 * (len(values) - 1)))]
    return Interval(lo, hi)


def _figure(units: list[dict[str, str]], stat, n_annotators: int, rounds: int, seed: int) -> AgreementFigure:
    if n_annotators < 2:
        return AgreementFigure(None, len(units), n_annotators, reason="few_annotators")
    if len(units) < MIN_UNITS:
        return AgreementFigure(None, len(units), n_annotators, reason="few_units")
    value = stat(units)
    if value is None:
        return AgreementFigure(None, len(units), n_annotators, reason="no_variation")
    return AgreementFigure(value, len(units), n_annotators, _bootstrap(units, stat, rounds, seed))


def alpha_figure(units: list[dict[str, str]], rounds: int = 500, seed: int = 7) -> AgreementFigure:
    pairable = _pairable(units)
    n = len({a for u in pairable for a in u})
    return _figure(pairable, _coincidence_alpha, n, rounds, seed)


def kappa_figure(units: list[dict[str, str]], rounds: int = 500, seed: int = 7) -> AgreementFigure:
    """Cohen's κ: defined for exactly two annotators, on the units both judged."""
    annotators = sorted({a for u in units for a in u})
    if len(annotators) != 2:
        reason = "few_annotators" if len(annotators) < 2 else "not_two"
        return AgreementFigure(None, len(units), len(annotators), reason=reason)
    x, y = annotators
    both = [u for u in units if x in u and y in u]

    def stat(sample: list[dict[str, str]]) -> float | None:
        return cohen_kappa([u[x] for u in sample], [u[y] for u in sample])

    return _figure(both, stat, 2, rounds, seed)


# ------------------------------------------------------------------------------ per code
def binary_for(code: str, units: list[Unit]) -> list[dict[str, str]]:
    """Units where anyone (or the machine) proposed ``code``, valued code / not."""
    out = []
    for u in units:
        if u.machine_code != code and code not in u.values.values():
            continue
        out.append({a: (code if v == code else NONE) for a, v in u.values.items()})
    return out


def per_code(units: list[Unit], codes: Iterable[str], rounds: int = 500) -> list[CodeAgreement]:
    result = []
    for code in codes:
        values = binary_for(code, units)
        result.append(CodeAgreement(code, kappa_figure(values, rounds), alpha_figure(values, rounds)))
    return result


def overall(units: list[Unit], rounds: int = 500) -> CodeAgreement:
    values = [dict(u.values) for u in units]
    return CodeAgreement("*", kappa_figure(values, rounds), alpha_figure(values, rounds))


def with_machine(units: list[Unit]) -> list[MachineAgreement]:
    """Accepted (the annotator kept the machine's code) counts as agreeing with the machine."""
    counts: dict[str, list[int]] = {}
    for u in units:
        if u.machine_code is None:
            continue
        for a, v in u.values.items():
            c = counts.setdefault(a, [0, 0])
            c[0] += 1
            c[1] += v == u.machine_code
    return [MachineAgreement(a, j, g) for a, (j, g) in sorted(counts.items())]


def disagreements(units: list[Unit]) -> list[Disagreement]:
    """Units where the annotators who judged them do not all give the same value."""
    return [Disagreement(u, dict(u.values)) for u in units
            if len(u.values) >= 2 and len(set(u.values.values())) > 1]
