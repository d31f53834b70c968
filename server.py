"""The ASGI entry point: Streamlit's UI (app.py) plus /metrics, on one port.

Run it with ``streamlit run server.py`` (the same command the Dockerfile uses): Streamlit sees
the ``st.App`` instance below and serves it through uvicorn. The UI script defaults to app.py;
``NETEST_APP_SCRIPT`` points elsewhere (tests use a stand-in). Start-up wires the JSON logs and,
when ``SENTRY_DSN`` is set, Sentry; uncaught page errors become a friendly Portuguese message
with an error id instead of a traceback.
"""
from __future__ import annotations

from contextlib import asynccontextmanager

import streamlit as st

from ops.errors import init_sentry, on_script_error
from ops.logging import configure_logging, log_event, silence_streamlit_exception_log
from ops.routes import extra_routes
from ops.settings import get_settings


@asynccontextmanager
async def lifespan(_app):
    settings = get_settings()
    configure_logging(settings.log_level)
    silence_streamlit_exception_log()
    sentry = init_sentry(settings)
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
