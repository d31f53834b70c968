"""The model and the engine as the app uses them: load once, warm up, start the workers, and a
per-process memo of results by content.

Why a service: the app process loads the model once (``components.runtime`` caches what these
return per process) and the engine is called only from the service layer.
"""
from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from typing import Any

from analysis import ENGINE_VERSION
from analysis.pipeline import load_model, warm_up
from analysis.types import AnalysisResult, AnalysisSettings, ModelInfo
from ops.metrics import record_model_load
from services import engine_pool

log = logging.getLogger("netest.app")

_RESULTS: OrderedDict[str, str] = OrderedDict()
_RESULTS_MAX = 64
_lock = threading.Lock()


def load_warm_model(spec: str) -> tuple[Any, ModelInfo]:
    """(encoder, ModelInfo) for ``spec`` (fallback included), warmed up, workers started."""
    encoder, info = load_model(spec)
    try:
        warm_up(encoder, info)
        engine_pool.start(spec)   # no-op unless NETEST_ENGINE_WORKERS > 0
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first analysis
        log.warning("engine warm-up failed", exc_info=True)
    try:
        record_model_load(info.name, info.load_seconds)
    except Exception:  # noqa: BLE001 - metrics never break start-up
        pass
    return encoder, info


def cached_analyze(source: str, target: str, settings: AnalysisSettings, encoder: Any = None,
                   model_info: ModelInfo | None = None, progress: Any = None) -> AnalysisResult:
    """``analysis.pipeline.analyze`` (through the engine pool) memoised per process by content.

    Why not ``st.cache_data``: the progress callback draws a Streamlit progress bar, and
    st.cache_data would record and replay those draws (failing on a hit in another session).
    Results are kept as JSON, so every caller gets its own copy.
    """
    key = hashlib.sha256(json.dumps(
        [source, target, settings.to_dict(), getattr(model_info, "name", ""), ENGINE_VERSION],
        sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    with _lock:
        hit = _RESULTS.get(key)
        if hit is not None:
            _RESULTS.move_to_end(key)
    if hit is not None:
        if progress is not None:
            progress("Pronto", 1.0)
        return AnalysisResult.from_json(hit)
    result, text = engine_pool.analyze_json(source, target, settings, encoder=encoder,
                                            model_info=model_info, progress=progress)
    with _lock:
        _RESULTS[key] = text
        while len(_RESULTS) > _RESULTS_MAX:
            _RESULTS.popitem(last=False)
    return result
