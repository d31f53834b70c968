"""Detectors register themselves against their taxonomy code where they are defined.

Why a decorator (like spaCy's registered components): the code a detector answers for, and the
parameters it was tuned with, sit next to its logic; ``analysis.strategies.REGISTRY`` and the
parameters recorded in every analysis result are read from here, and a test checks that each
code the taxonomy (``analysis.taxonomy``) marks as detected has a detector.

A detector's parameters are its module's upper-case numeric constants (thresholds, sizes), read
when asked, so a stored analysis says how it was made without each module repeating them.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from analysis.taxonomy import BY_CODE

Scope = Literal["pair", "document"]


@dataclass
class Detector:
    code: str
    module: str
    detect: Callable[..., list] | None = None             # once per aligned group
    detect_document: Callable[..., list] | None = None    # once per analysis

    @property
    def params(self) -> dict[str, Any]:
        """The module's upper-case int/float/bool constants (its tuned parameters)."""
        mod = sys.modules.get(self.module)
        if mod is None:
            return {}
        return {k: v for k, v in sorted(vars(mod).items())
                if k.isupper() and not k.startswith("_") and k != "CODE"
                and isinstance(v, int | float) and not isinstance(v, bool | complex)}


DETECTORS: dict[str, Detector] = {}


def register(code: str, scope: Scope = "pair") -> Callable[[Callable], Callable]:
    """``@register("RF+")`` on ``detect(ctx)``; ``@register("RD+", scope="document")`` on
    ``detect_document(doc)``. Only codes the taxonomy says the engine detects are accepted."""
    strategy = BY_CODE.get(code)
    if strategy is None or not strategy.detected:
        raise ValueError(f"{code!r} is not a code the engine detects (see analysis.taxonomy)")

    def decorate(fn: Callable) -> Callable:
        entry = DETECTORS.setdefault(code, Detector(code, fn.__module__))
        setattr(entry, "detect" if scope == "pair" else "detect_document", fn)
        return fn

    return decorate
