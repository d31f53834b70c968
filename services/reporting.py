"""The engine's error hooks wired to ops: a failed detector is reported (Sentry when on, one
JSON log line) with the id the researcher can quote.

Why here: the engine (``analysis``) imports nothing of ops; it takes ``on_detector_error`` as an
argument, and the service layer (and the CLI) pass this function in.
"""
from __future__ import annotations

from analysis import ENGINE_VERSION
from ops import metrics
from ops.errors import report_exception

metrics.set_build_info(ENGINE_VERSION)


def report_detector_error(code: str, exc: BaseException) -> str:
    """``analysis.pipeline.analyze(on_detector_error=...)``: report and return the error id."""
    return report_exception(exc, {"component": "strategy_detector", "code": code})
