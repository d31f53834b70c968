"""Prometheus metrics for NET-EST, defined once per process.

Why here and not in a page: Streamlit re-executes page scripts on every rerun, and its file
watcher evicts project modules from ``sys.modules`` when a file changes, so this module may be
imported more than once. The metric objects therefore live in one process-wide holder
(``_HOLDER`` below, a synthetic module the watcher does not know about) and a re-import hands
back the same objects instead of registering duplicates.

Callers never touch prometheus directly: they call the small ``record_*`` helpers, which never
raise on odd label values (a metrics bug must not break an analysis) except for an unknown
analysis outcome, which is a programming error.
"""
from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from dataclasses import dataclass

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

OUTCOMES: tuple[str, ...] = ("ok", "input_error", "error", "cached")
#: researcher review actions (architecture: accept / reject / relabel / edit span / add / delete)
ACTIONS: tuple[str, ...] = ("accept", "reject", "relabel", "edit", "add", "delete", "comment", "restore")
CORPUS_OUTCOMES: tuple[str, ...] = ("ok", "input_error", "error")

#: seconds; a cached page is ~0.05 s, a fresh 500-word analysis ~1-3 s, a corpus pair up to ~60 s
DURATION_BUCKETS: tuple[float, ...] = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST

# the *_created series double the exposition size and no dashboard here uses them
disable_created_metrics()


class _ActiveSessionsCollector(Collector):
    """Reads Streamlit's own count of connected browser sessions at scrape time.

    ``Runtime.instance().stats_mgr`` is the public door to the session manager's
    ``active_sessions`` stat (the same number Streamlit reports on /_stcore/metrics), so no
    per-page bookkeeping or TTL registry is needed and a closed tab is counted out at once.
    Outside a running server (CLI, tests) the gauge reads 0.
    """

    def collect(self) -> Iterable[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "netest_active_sessions", "Browser sessions currently connected to this server."
        )
        family.add_metric([], float(active_sessions()))
        yield family


def active_sessions() -> int:
    """Number of connected Streamlit sessions in this process (0 when no server runs)."""
    try:
        from streamlit.runtime import Runtime
        from streamlit.runtime.stats import ACTIVE_SESSIONS_FAMILY

        if not Runtime.exists():
            return 0
        stats = Runtime.instance().stats_mgr.get_stats([ACTIVE_SESSIONS_FAMILY])
        return int(sum(stat.value for stat in stats.get(ACTIVE_SESSIONS_FAMILY, ())))
    except Exception:  # never let a scrape fail because Streamlit's internals moved
        return 0


@dataclass(frozen=True)
class _Metrics:
    registry: CollectorRegistry
    analyses: Counter
    analysis_seconds: Histogram
    model_load_seconds: Gauge
    decisions: Counter
    db_errors: Counter
    rate_limited: Counter
    corpus_pairs: Counter
    build_info: Gauge


def _create() -> _Metrics:
    registry = CollectorRegistry(auto_describe=True)
    ProcessCollector(registry=registry)       # process_resident_memory_bytes, cpu seconds, fds
    PlatformCollector(registry=registry)      # python version
    registry.register(_ActiveSessionsCollector())
    m = _Metrics(
        registry=registry,
        analyses=Counter(
            "netest_analyses", "Analyses requested, by outcome.", ["outcome"], registry=registry
        ),
        analysis_seconds=Histogram(
            "netest_analysis_duration_seconds",
            "Wall time of one analysis (fresh or cached), by outcome.",
            ["outcome"],
            buckets=DURATION_BUCKETS,
            registry=registry,
        ),
        model_load_seconds=Gauge(
            "netest_model_load_seconds", "Seconds the embedding model took to load.", ["model"],
            registry=registry,
        ),
        decisions=Counter(
            "netest_review_decisions",
            "Researcher review decisions, by action and strategy code.",
            ["action", "code"],
            registry=registry,
        ),
        db_errors=Counter(
            "netest_database_errors", "Database operations that failed, by operation.", ["operation"],
            registry=registry,
        ),
        rate_limited=Counter(
            "netest_rate_limit_rejections", "Requests refused by the rate limiter, by action.",
            ["action"], registry=registry,
        ),
        corpus_pairs=Counter(
            "netest_corpus_pairs_processed", "Corpus text pairs processed, by outcome.", ["outcome"],
            registry=registry,
        ),
        build_info=Gauge(
            "netest_build_info", "Always 1; labels carry the engine version.", ["engine_version"],
            registry=registry,
        ),
    )
    for outcome in OUTCOMES:           # expose zeros so dashboards and alerts see the series
        m.analyses.labels(outcome=outcome)
    return m


_HOLDER_NAME = "_netest_ops_metrics_holder"
_HOLDER = sys.modules.get(_HOLDER_NAME)
if _HOLDER is None:
    _HOLDER = types.ModuleType(_HOLDER_NAME, "Process-wide NET-EST metric objects (see ops.metrics).")
    _HOLDER.metrics = _create()
    sys.modules[_HOLDER_NAME] = _HOLDER

METRICS: _Metrics = _HOLDER.metrics
REGISTRY: CollectorRegistry = METRICS.registry


def _label(value: str | None, allowed: Iterable[str], other: str = "other") -> str:
    """Keeps label cardinality bounded: anything unexpected is counted as ``other``."""
    v = (value or "").strip()
    return v if v in allowed else other


def record_analysis(outcome: str, seconds: float | None = None) -> None:
    """Count one analysis (``ok|input_error|error|cached``) and observe its wall time."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown analysis outcome {outcome!r}; expected one of {OUTCOMES}")
    METRICS.analyses.labels(outcome=outcome).inc()
    if seconds is not None and seconds >= 0:
        METRICS.analysis_seconds.labels(outcome=outcome).observe(seconds)


def record_model_load(model: str, seconds: float) -> None:
    """Set how long the named model took to load (one value per model name)."""
    METRICS.model_load_seconds.labels(model=(model or "unknown")[:80]).set(max(0.0, float(seconds)))


def set_build_info(engine_version: str) -> None:
    """Label ``netest_build_info`` with the engine version (the service layer calls this once;
    ops knows nothing of the engine)."""
    METRICS.build_info.labels(engine_version=str(engine_version)[:40]).set(1)


def record_decision(action: str, code: str | None, known_codes: Iterable[str] = ()) -> None:
    """Count one researcher decision; unknown actions, and codes outside ``known_codes`` (the
    strategy registry's codes, passed by the service), are folded into ``other``."""
    METRICS.decisions.labels(
        action=_label((action or "").lower(), ACTIONS), code=_label(code, tuple(known_codes))
    ).inc()


def record_db_error(operation: str = "unknown") -> None:
    """Count one failed database operation (``operation`` is a short fixed name, e.g. "save")."""
    METRICS.db_errors.labels(operation=(operation or "unknown")[:40]).inc()


def record_rate_limited(action: str = "analysis") -> None:
    """Count one request the rate limiter refused."""
    METRICS.rate_limited.labels(action=(action or "analysis")[:40]).inc()


def record_corpus_pairs(count: int = 1, outcome: str = "ok") -> None:
    """Count processed corpus pairs (``ok|input_error|error``)."""
    if count > 0:
        METRICS.corpus_pairs.labels(outcome=_label(outcome, CORPUS_OUTCOMES, other="error")).inc(count)


def render() -> bytes:
    """The exposition served at /metrics (Prometheus text format 0.0.4)."""
    return generate_latest(REGISTRY)
