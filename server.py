"""The ASGI entry point: Streamlit's UI (app.py) plus /metrics, on one port.

Run it with ``streamlit run server.py`` (the same command the Dockerfile uses): Streamlit sees
the ``st.App`` instance below and serves it through uvicorn. The UI script defaults to app.py;
``NETEST_APP_SCRIPT`` points elsewhere (tests use a stand-in). Start-up wires the JSON logs and,
when ``SENTRY_DSN`` is set, Sentry; uncaught page errors become a friendly Portuguese message
with an error id instead of a traceback.

Start-up also warms the replica in a background thread (database engine + migrations, model,
engine workers: the same ``st.cache_resource`` entries app.py uses, so the first visitor does not
pay for them) and registers the readiness checks behind ``/_netest/ready`` (ops/routes.py):
ready only once the model is loaded and while the database answers. This file is the
composition root that wires them: ops/ never imports the database or the engine.
"""
from __future__ import annotations

import os

# Before anything loads the e5 C engine's OpenMP runtime: idle OpenMP threads sleep instead of
# spinning. Many sessions share 2 cores here; measured with bench/load.py (50 users, think 10 s):
# fresh-analysis p95 28 s → 21 s, same throughput. An explicit environment value wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
# Fresh analyses run in worker processes (services/engine_pool.py), one per core (at most 2).
os.environ.setdefault("NETEST_ENGINE_WORKERS", str(min(2, os.cpu_count() or 1)))

import ast  # noqa: E402
import importlib  # noqa: E402
import threading  # noqa: E402
from contextlib import asynccontextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ops.errors import init_sentry, on_script_error
from ops.logging import configure_logging, log_event, silence_streamlit_exception_log
from ops.routes import extra_routes, set_readiness_checks
from ops.settings import get_settings

# app.py drives navigation with st.navigation. Streamlit would otherwise start in its old
# "pages directory" mode (NET-EST's pages live in pages/) and run a page opened directly on the
# first visit without app.py around it; components.runtime.require_app_shell repairs that with
# one rerun for `streamlit run app.py`, this spares the rerun.
PagesManager.uses_pages_directory = False

_model_loaded = threading.Event()


UI_SOURCES = ("app.py", "pages", "components")


def _ui_modules(root: Path) -> list[str]:
    """Every module the UI imports, lazily or not (read from the sources, never run)."""
    names: set[str] = set()
    files = [p for s in UI_SOURCES for p in ([root / s] if s.endswith(".py") else sorted((root / s).glob("*.py")))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)     # "from db import exports": db.exports may be a module
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(names)


def _import_ui_modules() -> None:
    """First-visitor work that can happen before anyone visits: importing what the pages import
    (export libraries, charts: seconds on a busy machine), configuring the ORM mappers,
    Streamlit's emoji tables (the page icon) and its once-per-process "run with streamlit run?"
    check (a full ``inspect.stack()`` from deep inside the first page run)."""
    for name in _ui_modules(Path(__file__).resolve().parent):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - not a module (a name), or optional: handled where used
            pass
    try:
        from sqlalchemy.orm import configure_mappers
        from streamlit import delta_generator
        from streamlit.string_util import is_emoji

        configure_mappers()
        is_emoji("📝")
        getattr(delta_generator, "_maybe_print_use_warning", lambda: None)()
    except Exception:  # noqa: BLE001 - only a warm-up
        pass


def _warm_up() -> None:
    """Database (migrated), model (with the engine workers) and the UI's imports before the
    first visitor."""
    from components import runtime

    try:
        runtime.database()
        runtime.model()
        _import_ui_modules()
        _model_loaded.set()      # ready: the balancer's first researcher pays for none of it
        log_event("replica_warm", model=get_settings().netest_model)
    except Exception as exc:  # noqa: BLE001 - the first page retries; readiness stays false
        log_event("replica_warm_failed", error_type=type(exc).__name__)


def _database_reachable() -> bool:
    from components import runtime

    engine = runtime.database()
    return engine is not None and runtime.reachable(engine)


@asynccontextmanager
async def lifespan(_app):
    settings = get_settings()
    configure_logging(settings.log_level)
    silence_streamlit_exception_log()
    sentry = init_sentry(settings)
    set_readiness_checks({"database": _database_reachable, "model": _model_loaded.is_set})
    threading.Thread(target=_warm_up, name="netest-warm-up", daemon=True).start()
    log_event("server_started", app_script=settings.app_script, sentry=sentry,
              model=settings.netest_model)
    yield
    log_event("server_stopped")


app = st.App(
    get_settings().app_script,
    routes=extra_routes(),
    on_script_error=on_script_error,
    lifespan=lifespan,
)
