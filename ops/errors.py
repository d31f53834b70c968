"""Error reporting: Sentry when configured, an error id for the researcher either way.

Why a hand-rolled ``before_send``: the texts researchers analyse are unpublished research data
and workspace keys are bearer secrets. Sentry's default scrubber knows about passwords and
cookies, not about a variable called ``texto``. So every event is scrubbed here before it
leaves the process: local variables and request bodies are removed, any field whose *name*
says it holds a text or a key is replaced, query strings lose their values, key-looking tokens
and long quoted passages inside messages are masked.

``sentry_sdk.is_initialized()`` is True even after ``init(dsn="")``, so whether Sentry is on is
tracked by our own flag.
"""
from __future__ import annotations

import importlib.metadata
import logging
import threading
import uuid
from collections.abc import Mapping
from typing import Any

from ops.logging import QUERY_SECRET_RE, QUOTED_RE, TOKEN_RE, get_logger, is_forbidden_field, log_event

REDACTED = "[removido]"
_MAX_STRING = 500

_lock = threading.Lock()
_sentry_on = False


def sentry_enabled() -> bool:
    """True only after ``init_sentry`` actually started a client with a DSN."""
    return _sentry_on


def scrub_string(value: str) -> str:
    """Masks keys, query secrets and long quoted passages; cuts very long strings."""
    s = QUERY_SECRET_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", value)
    s = TOKEN_RE.sub("[chave]", s)
    s = QUOTED_RE.sub(lambda m: f"{m.group(1)}[texto removido]{m.group(3)}", s)
    if len(s) > _MAX_STRING:
        s = s[:_MAX_STRING] + "…"
    return s


def scrub_value(value: Any, depth: int = 0) -> Any:
    """Recursively scrubs a JSON-like value: forbidden keys replaced, strings masked."""
    if depth > 12:
        return REDACTED
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if isinstance(k, str) and is_forbidden_field(k) else scrub_value(v, depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub_value(v, depth + 1) for v in value]
    if isinstance(value, str):
        return scrub_string(value)
    return value


def _scrub_frames(container: Mapping[str, Any] | None) -> None:
    if not container:
        return
    for item in container.get("values") or []:
        stack = item.get("stacktrace") or {}
        for frame in stack.get("frames") or []:
            frame.pop("vars", None)          # local variables: the texts live there
        if isinstance(item.get("value"), str):
            item["value"] = scrub_string(item["value"])


def _scrub_request(request: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(request.get("url"), str):
        out["url"] = request["url"].split("?", 1)[0]
    if isinstance(request.get("method"), str):
        out["method"] = request["method"]
    qs = request.get("query_string")
    if isinstance(qs, str) and qs:
        out["query_string"] = "&".join(f"{p.split('=', 1)[0]}={REDACTED}" for p in qs.split("&") if p)
    headers = request.get("headers")
    if isinstance(headers, Mapping):
        keep = {"user-agent", "accept-language", "content-type", "content-length"}
        out["headers"] = {k: v for k, v in headers.items() if str(k).lower() in keep}
    # data (the body), cookies, env are dropped on purpose
    return out


def before_send(event: dict[str, Any], hint: Any = None) -> dict[str, Any]:
    """Sentry ``before_send``: returns the event with all research data and keys removed."""
    _scrub_frames(event.get("exception"))
    _scrub_frames(event.get("threads"))
    if isinstance(event.get("request"), dict):
        event["request"] = _scrub_request(event["request"])
    for field in ("extra", "tags"):
        if isinstance(event.get(field), Mapping):
            event[field] = scrub_value(event[field])
    contexts = event.get("contexts")
    if isinstance(contexts, Mapping):  # trace ids are hex, not keys: keep them linkable
        event["contexts"] = {k: (v if k == "trace" else scrub_value(v)) for k, v in contexts.items()}
    user = event.get("user")
    if isinstance(user, Mapping):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    logentry = event.get("logentry")
    if isinstance(logentry, dict):
        logentry.pop("params", None)
        for k in ("message", "formatted"):
            if isinstance(logentry.get(k), str):
                logentry[k] = scrub_string(logentry[k])
    if isinstance(event.get("message"), str):
        event["message"] = scrub_string(event["message"])
    crumbs = event.get("breadcrumbs")
    if isinstance(crumbs, Mapping) and isinstance(crumbs.get("values"), list):
        event["breadcrumbs"] = {"values": [scrub_breadcrumb(dict(c)) for c in crumbs["values"]]}
    if "server_name" in event:
        event["server_name"] = "netest"
    return event


def scrub_breadcrumb(crumb: dict[str, Any], hint: Any = None) -> dict[str, Any]:
    """Sentry ``before_breadcrumb``: same rules for breadcrumbs (log lines, HTTP calls)."""
    if isinstance(crumb.get("message"), str):
        crumb["message"] = scrub_string(crumb["message"])
    if isinstance(crumb.get("data"), Mapping):
        crumb["data"] = scrub_value(crumb["data"])
    return crumb


def _release() -> str:
    """The installed project's version (pyproject.toml), without importing the engine."""
    try:
        return importlib.metadata.version("netest")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


def init_sentry(settings: Any, *, transport: Any = None) -> bool:
    """Starts Sentry when ``settings.sentry_dsn`` is set; returns whether it is on.

    Idempotent. Without a DSN nothing is initialised at all, so no event can leave the process.
    ``transport`` lets tests capture envelopes in memory instead of sending them.
    """
    global _sentry_on
    dsn = (getattr(settings, "sentry_dsn", None) or "").strip()
    if not dsn:
        return False
    with _lock:
        if _sentry_on:
            return True
        import sentry_sdk
        from sentry_sdk.integrations.logging import LoggingIntegration

        sentry_sdk.init(
            dsn=dsn,
            environment=getattr(settings, "sentry_environment", "production"),
            release=f"netest@{_release()}",
            send_default_pii=False,
            include_local_variables=False,
            max_request_body_size="never",
            auto_enabling_integrations=False,     # no request/ASGI capture
            integrations=[LoggingIntegration(level=logging.WARNING, event_level=None)],
            before_send=before_send,
            before_breadcrumb=scrub_breadcrumb,
            traces_sample_rate=0.0,
            transport=transport,
        )
        _sentry_on = True
    return True


def shutdown_sentry() -> None:
    """Flushes and detaches the Sentry client (tests, graceful shutdown)."""
    global _sentry_on
    with _lock:
        if not _sentry_on:
            return
        import sentry_sdk

        client = sentry_sdk.get_client()
        try:
            client.flush(timeout=2)
            client.close(timeout=2)
        finally:
            sentry_sdk.get_global_scope().set_client(None)
            _sentry_on = False


def _short_id() -> str:
    return uuid.uuid4().hex[:10]


_LOG_OWN_FIELDS = frozenset({"level", "error_id", "error_type", "frames", "sentry"})


def report_exception(exc: BaseException, context: Mapping[str, Any] | None = None) -> str:
    """Reports an exception and returns the id a researcher can quote to the team.

    With Sentry on, the id is Sentry's event id; otherwise (or if the event was dropped) a short
    random id. Either way one JSON log line carries the id, the exception type, its frames and
    the scrubbed context, so the id can be found in the logs too.
    """
    ctx = {k: v for k, v in dict(context or {}).items() if not is_forbidden_field(str(k))}
    error_id: str | None = None
    if _sentry_on:
        try:
            import sentry_sdk

            with sentry_sdk.new_scope() as scope:
                scope.set_context("netest", scrub_value(ctx))
                error_id = sentry_sdk.capture_exception(exc)
        except Exception:  # reporting must never raise into the page
            error_id = None
    error_id = error_id or _short_id()
    log_event(
        "error_reported",
        level=logging.ERROR,
        error_id=error_id,
        error_type=type(exc).__name__,
        frames=_frames_of(exc),
        sentry=_sentry_on,
        **{k: v for k, v in ctx.items()
           if isinstance(v, str | int | float | bool) and k not in _LOG_OWN_FIELDS},
    )
    return error_id


def _frames_of(exc: BaseException) -> list[str]:
    import traceback

    return [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
            for f in traceback.extract_tb(exc.__traceback__)][-15:]


FRIENDLY_ERROR = (
    "Algo deu errado ao processar esta página. O problema foi registrado com o código "
    "**{error_id}**. Tente de novo; se continuar, envie esse código à equipe do NET-EST."
)


def friendly_message(error_id: str) -> str:
    """The Portuguese message shown to a researcher after an unexpected error."""
    return FRIENDLY_ERROR.format(error_id=error_id)


def on_script_error(exc: Exception) -> bool:
    """``st.App(on_script_error=...)``: report, then show a friendly message instead of a traceback.

    An ``InputError`` that escaped a page is the researcher's to fix: its Portuguese message is
    shown as a warning and nothing is reported. Returns True (suppress Streamlit's traceback)
    when the message could be shown, False otherwise so the researcher still sees *something*.
    """
    try:
        import streamlit as st  # only when a page failed: ops never needs streamlit otherwise

        if getattr(exc, "researcher_facing", False):   # analysis.types.InputError
            st.warning(getattr(exc, "message", None) or str(exc))
            return True
        error_id = report_exception(exc, {"where": "script"})
        st.error(friendly_message(error_id), icon="⚠️")
        return True
    except Exception:
        get_logger("errors").exception("on_script_error could not show the friendly message")
        return False
