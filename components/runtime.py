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

import streamlit as st

from analysis.types import DEFAULT_ENABLED_CODES
from ops.logging import log_event
from ops.metrics import record_db_error
from ops.settings import get_settings
from services import model_runtime, save_status, store
from services.outcomes import KIND_UNAVAILABLE, DatabaseUnavailable, classify
from services.store import Engine, Preferences, Repository
from services.workspace import resolve_account, resolve_or_create

log = logging.getLogger("netest.app")

RETRY_SECONDS = 10.0
BANNER_RECHECK_SECONDS = 5.0      # the outage banner re-checks the database this often, unprompted

# session_state keys (UI state only)
K_WORKSPACE_ID = "workspace_id"
K_WORKSPACE_KEY = "workspace_key"
K_WORKSPACE_MSG = "workspace_message"
K_ACCOUNT = "account_subject"
K_PREFS_FOR = "prefs_loaded_for"
#: the workspace this session has just created: nothing is stored in it yet (no preferences, no
#: draft), so the first run does not ask the database for them
K_CREATED = "workspace_created"
K_LANG = "lang"
K_PALETTE = "palette"
K_MIN_CONF = "min_confidence"
K_ENABLED = "enabled_strategies"
K_THEME = "theme"
K_CALIBRATED = "calibrated_confidence"     # opt-in: cards show the confidence calibrated by decisions
K_DB_OK = "db_ok"
K_DB_KIND = "db_problem"          # db.errors.KIND_* while saving fails, else None
K_ANALYSIS_ID = "analysis_id"

_state_lock = threading.Lock()
_last_failure: dict[str, float] = {}
_last_error: dict[str, str] = {}


@st.cache_resource(show_spinner=False)
def _migrated_engine(url: str) -> Engine:
    """The engine, migrated to head. Raises (and so is not cached) while the DB is down."""
    return store.open_database(url)


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
        kind = classify(exc)
        log_event("database_unavailable_at_start", level=logging.WARNING, kind=kind,
                  error_type=type(exc).__name__)
        with _state_lock:
            _last_failure[url] = time.monotonic()
            _last_error[url] = kind
        try:
            record_db_error("startup")
        except Exception:  # noqa: BLE001
            pass
        return None
    with _state_lock:
        _last_failure.pop(url, None)
    return engine


def reachable(engine: Engine) -> bool:
    """A cheap round trip (``SELECT 1``); False instead of raising."""
    return save_status.reachable(engine)


def save_problem(engine: Engine | None) -> str | None:
    """Why saving does not work right now (``db.errors.KIND_*``), or None when it does: from
    the outcome of the last transactions (``services.save_status``), or the start-up error."""
    if engine is None:
        with _state_lock:
            return _last_error.get(get_settings().resolved_database_url) or KIND_UNAVAILABLE
    return save_status.save_problem(engine)


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
            problem = save_status.recheck(engine)
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
    return model_runtime.load_warm_model(get_settings().netest_model)


#: ``analysis.pipeline.analyze`` memoised per process (worker processes under the server)
cached_analyze = model_runtime.cached_analyze


#: How long the answer to "is login configured?" is reused. Why: without a secrets file,
#: Streamlit looks for one on disk on every ``st.secrets`` access (several files, each run of
#: every page, twice): measured under load as a visible share of a page's server time.
AUTH_RECHECK_SECONDS = 30.0
_auth_checked: list[tuple[float, bool]] = []


def auth_configured() -> bool:
    now = time.monotonic()
    with _state_lock:
        if _auth_checked and now - _auth_checked[0][0] < AUTH_RECHECK_SECONDS:
            return _auth_checked[0][1]
    try:
        found = "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        found = False
    with _state_lock:
        _auth_checked[:] = [(now, found)]
    return found


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
    ss[K_CREATED] = res.workspace_id if res.is_new else None
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
    return store.repository(engine, wid)



def require_app_shell() -> None:
    """Called first by every page: make sure the app shell (app.py) ran around it.

    Why: NET-EST's pages live in ``pages/``, so Streamlit starts each server in its old
    "pages directory" mode and keeps it until app.py calls ``st.navigation``. A first visitor
    after a (re)start who opens a link to another page than Analisar (``/historico?w=...``,
    a replica just rolled) got that page run bare: no workspace preferences (language, theme),
    no sidebar, until someone opened the main page. The page switches the mode off and reruns,
    which runs app.py with the same page. Only a session whose shell never ran is rerun: its
    first run carries no click that the rerun could lose (Streamlit's AppTest restarts in the old
    mode on every run; its later runs keep their clicks)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if K_LANG not in st.session_state:      # app.py sets it first thing, every run
            st.rerun()


def just_created(workspace_id: int) -> bool:
    """Whether this session created ``workspace_id`` (so nothing is stored in it yet)."""
    return st.session_state.get(K_CREATED) == workspace_id


def apply_preferences(prefs: Preferences) -> None:
    """Copy saved preferences into session state, where every page reads them."""
    ss = st.session_state
    ss[K_LANG] = prefs.language
    ss[K_PALETTE] = prefs.palette
    ss[K_MIN_CONF] = float(prefs.min_confidence)
    ss[K_ENABLED] = list(prefs.enabled_strategies)
    ss[K_THEME] = prefs.theme
    ss[K_CALIBRATED] = bool(prefs.calibrated_confidence)


def load_preferences(r: Repository | None) -> None:
    """Once per workspace and session: the workspace's preferences into session state."""
    ss = st.session_state
    ss.setdefault(K_LANG, "pt-BR")
    ss.setdefault(K_PALETTE, "default")
    ss.setdefault(K_MIN_CONF, 0.0)
    ss.setdefault(K_ENABLED, list(DEFAULT_ENABLED_CODES))
    ss.setdefault(K_THEME, "auto")
    ss.setdefault(K_CALIBRATED, False)
    if r is None or ss.get(K_PREFS_FOR) == r.workspace_id:
        return
    if just_created(r.workspace_id):
        apply_preferences(Preferences())        # what the store answers for a new workspace
        ss[K_PREFS_FOR] = r.workspace_id
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
            "enabled_strategies": K_ENABLED, "theme": K_THEME, "calibrated_confidence": K_CALIBRATED}[k]] = v
    if r is None:
        return False
    prefs = Preferences(
        language=ss[K_LANG], theme=ss.get(K_THEME, "auto"), min_confidence=float(ss[K_MIN_CONF]),
        enabled_strategies=list(ss[K_ENABLED]), palette=ss[K_PALETTE],
        calibrated_confidence=bool(ss.get(K_CALIBRATED, False)),
    )
    try:
        r.save_preferences(prefs)
    except DatabaseUnavailable:
        mark_db_down()
        return False
    except Exception:  # noqa: BLE001 - ReviewError: an invalid value never reaches the DB
        return False
    return True
