"""Streamlit glue shared by every page: database, model, workspace, repository, preferences.

Why here and not in each page: start-up (engine + migrations, model warm-up, workspace from
``?w=``) must happen once per process/session and degrade the same way everywhere. The database
may be down at start or go down mid-session: ``database()`` retries migrations at most every
``RETRY_SECONDS`` (so it comes back without a restart) and ``repo()`` returns None while it is
unreachable. Session state holds only UI state and ids; data comes from the database.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict

import streamlit as st
from sqlalchemy.engine import Engine

from analysis.types import AUTOMATIC_CODES
from db.errors import KIND_UNAVAILABLE, DatabaseUnavailable
from db.repository import Repository
from db.views import Preferences
from ops.settings import get_settings

log = logging.getLogger("netest.app")

RETRY_SECONDS = 10.0
BANNER_RECHECK_SECONDS = 5.0      # the outage banner re-checks the database this often, unprompted

# session_state keys (UI state only)
K_WORKSPACE_ID = "workspace_id"
K_WORKSPACE_KEY = "workspace_key"
K_WORKSPACE_MSG = "workspace_message"
K_ACCOUNT = "account_subject"
K_PREFS_FOR = "prefs_loaded_for"
K_LANG = "lang"
K_PALETTE = "palette"
K_MIN_CONF = "min_confidence"
K_ENABLED = "enabled_strategies"
K_THEME = "theme"
K_DB_OK = "db_ok"
K_DB_KIND = "db_problem"          # db.errors.KIND_* while saving fails, else None
K_ANALYSIS_ID = "analysis_id"

_state_lock = threading.Lock()
_last_failure: dict[str, float] = {}
_last_error: dict[str, str] = {}


@st.cache_resource(show_spinner=False)
def _migrated_engine(url: str) -> Engine:
    """The engine, migrated to head. Raises (and so is not cached) while the DB is down."""
    from db.engine import make_engine
    from db.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    return engine


def database() -> Engine | None:
    """The migrated database engine, or None while the database cannot be reached."""
    url = get_settings().resolved_database_url
    with _state_lock:
        failed_at = _last_failure.get(url)
    if failed_at is not None and time.monotonic() - failed_at < RETRY_SECONDS:
        return None
    try:
        engine = _migrated_engine(url)
    except Exception as exc:  # noqa: BLE001 - any start-up failure means "run without saving"
        from db.errors import classify
        from ops.logging import log_event

        kind = classify(exc)
        log_event("database_unavailable_at_start", level=logging.WARNING, kind=kind,
                  error_type=type(exc).__name__)
        with _state_lock:
            _last_failure[url] = time.monotonic()
            _last_error[url] = kind
        try:
            from ops.metrics import record_db_error

            record_db_error("startup")
        except Exception:  # noqa: BLE001
            pass
        return None
    with _state_lock:
        _last_failure.pop(url, None)
    return engine


def reachable(engine: Engine) -> bool:
    """A cheap round trip (``SELECT 1``); False instead of raising."""
    from services.save_status import reachable as _reachable

    return _reachable(engine)


def save_problem(engine: Engine | None) -> str | None:
    """Why saving does not work right now (``db.errors.KIND_*``), or None when it does: from
    the outcome of the last transactions (``services.save_status``), or the start-up error."""
    if engine is None:
        with _state_lock:
            return _last_error.get(get_settings().resolved_database_url) or KIND_UNAVAILABLE
    from services.save_status import save_problem as _save_problem

    return _save_problem(engine)


def db_status(engine: Engine | None) -> bool:
    """Whether saving works now (sets ``K_DB_OK`` and ``K_DB_KIND`` for the banner and sidebar).

    While the last outcome was a failure it is re-checked (at most every RETRY_SECONDS per
    process), so the status follows the database back without waiting for a researcher's save.
    """
    problem = save_problem(engine)
    if problem is not None and engine is not None:
        key = f"recheck:{id(engine)}"
        with _state_lock:
            due = time.monotonic() - _last_failure.get(key, 0.0) >= min(RETRY_SECONDS, 2.0)
            if due:
                _last_failure[key] = time.monotonic()
        if due:
            from services.save_status import recheck

            problem = recheck(engine)
    st.session_state[K_DB_OK] = problem is None
    st.session_state[K_DB_KIND] = problem
    return problem is None


def refresh_status(engine: Engine | None) -> None:
    """``K_DB_OK``/``K_DB_KIND`` from the outcomes recorded so far (no new round trip): after
    the page ran, its own failed or successful writes decide what the status says."""
    problem = save_problem(engine)
    st.session_state[K_DB_OK] = problem is None
    st.session_state[K_DB_KIND] = problem


def mark_db_down(kind: str | None = None) -> None:
    """Called when an operation hit DatabaseUnavailable: banner now, retry later."""
    st.session_state[K_DB_OK] = False
    st.session_state[K_DB_KIND] = kind or st.session_state.get(K_DB_KIND) or KIND_UNAVAILABLE


@st.cache_resource(show_spinner=False)
def model():
    """(encoder, ModelInfo) for NETEST_MODEL, loaded once per process (fallback included)."""
    from analysis.pipeline import load_model, warm_up

    encoder, info = load_model(get_settings().netest_model)
    try:
        warm_up(encoder, info)
        from services import engine_pool

        engine_pool.start(get_settings().netest_model)   # no-op unless NETEST_ENGINE_WORKERS > 0
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first analysis
        log.warning("engine warm-up failed", exc_info=True)
    try:
        from ops.metrics import record_model_load

        record_model_load(info.name, info.load_seconds)
    except Exception:  # noqa: BLE001 - metrics never break start-up
        pass
    return encoder, info


_RESULTS: OrderedDict[str, str] = OrderedDict()
_RESULTS_MAX = 64


def cached_analyze(source, target, settings, encoder=None, model_info=None, progress=None):
    """``analysis.pipeline.analyze`` memoised per process by content hash.

    Why not ``st.cache_data``: the progress callback draws a Streamlit progress bar, and
    st.cache_data would record and replay those draws (failing on a hit in another session).
    Results are kept as JSON, so every caller gets its own copy.
    """
    import hashlib
    import json

    from analysis import ENGINE_VERSION
    from analysis.types import AnalysisResult
    from services.engine_pool import analyze  # worker processes under the server, else in-process

    key = hashlib.sha256(json.dumps(
        [source, target, settings.to_dict(), getattr(model_info, "name", ""), ENGINE_VERSION],
        sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    with _state_lock:
        hit = _RESULTS.get(key)
        if hit is not None:
            _RESULTS.move_to_end(key)
    if hit is not None:
        if progress is not None:
            progress("Pronto", 1.0)
        return AnalysisResult.from_json(hit)
    result = analyze(source, target, settings, encoder=encoder, model_info=model_info, progress=progress)
    with _state_lock:
        _RESULTS[key] = result.to_json()
        while len(_RESULTS) > _RESULTS_MAX:
            _RESULTS.popitem(last=False)
    return result


def auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


def _account_subject() -> str | None:
    if not auth_configured():
        return None
    try:
        if not st.user.is_logged_in:
            return None
        return str(st.user.get("sub") or st.user.get("email") or "") or None
    except Exception:  # noqa: BLE001
        return None


def ensure_workspace(engine: Engine | None) -> int | None:
    """Resolve this session's workspace (account, ``?w=`` key, or a new one) once."""
    from services.workspace import resolve_account, resolve_or_create

    ss = st.session_state
    subject = _account_subject()
    if ss.get(K_WORKSPACE_ID) is not None and ss.get(K_ACCOUNT) == subject:
        key = ss.get(K_WORKSPACE_KEY)
        if key and st.query_params.get("w") != key:
            st.query_params["w"] = key
        return ss[K_WORKSPACE_ID]
    if engine is None:
        return None
    try:
        if subject:
            res = resolve_account(engine, subject)
        else:
            res = resolve_or_create(engine, st.query_params.get("w") or ss.get(K_WORKSPACE_KEY))
    except DatabaseUnavailable:
        mark_db_down()
        return None
    ss[K_WORKSPACE_ID] = res.workspace_id
    ss[K_WORKSPACE_KEY] = res.key
    ss[K_ACCOUNT] = subject
    if res.message:
        ss[K_WORKSPACE_MSG] = res.message
    if res.key:
        st.query_params["w"] = res.key
    elif "w" in st.query_params:
        del st.query_params["w"]
    return res.workspace_id


def repo() -> Repository | None:
    """This session's repository, or None while there is no database/workspace."""
    engine = database()
    if engine is None:
        mark_db_down(save_problem(None))
        return None
    wid = ensure_workspace(engine)
    if wid is None:
        return None
    return Repository(engine, wid)


def apply_preferences(prefs: Preferences) -> None:
    """Copy saved preferences into session state, where every page reads them."""
    ss = st.session_state
    ss[K_LANG] = prefs.language
    ss[K_PALETTE] = prefs.palette
    ss[K_MIN_CONF] = float(prefs.min_confidence)
    ss[K_ENABLED] = list(prefs.enabled_strategies)
    ss[K_THEME] = prefs.theme


def load_preferences(r: Repository | None) -> None:
    """Once per workspace and session: the workspace's preferences into session state."""
    ss = st.session_state
    ss.setdefault(K_LANG, "pt-BR")
    ss.setdefault(K_PALETTE, "default")
    ss.setdefault(K_MIN_CONF, 0.0)
    ss.setdefault(K_ENABLED, list(AUTOMATIC_CODES))
    ss.setdefault(K_THEME, "auto")
    if r is None or ss.get(K_PREFS_FOR) == r.workspace_id:
        return
    try:
        apply_preferences(r.get_preferences())
        ss[K_PREFS_FOR] = r.workspace_id
    except DatabaseUnavailable:
        mark_db_down()


def save_preference(r: Repository | None, **changes) -> bool:
    """Change preferences in session state now and persist them; True when stored."""
    ss = st.session_state
    for k, v in changes.items():
        ss[{"language": K_LANG, "palette": K_PALETTE, "min_confidence": K_MIN_CONF,
            "enabled_strategies": K_ENABLED, "theme": K_THEME}[k]] = v
    if r is None:
        return False
    prefs = Preferences(
        language=ss[K_LANG], theme=ss.get(K_THEME, "auto"), min_confidence=float(ss[K_MIN_CONF]),
        enabled_strategies=list(ss[K_ENABLED]), palette=ss[K_PALETTE],
    )
    try:
        r.save_preferences(prefs)
    except DatabaseUnavailable:
        mark_db_down()
        return False
    except Exception:  # noqa: BLE001 - ReviewError: an invalid value never reaches the DB
        return False
    return True
