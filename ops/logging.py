"""Structured JSON-line logs that never carry research data.

Why: operators need analysis ids, workspace hashes, durations and outcomes to follow a problem;
researchers' texts and workspace keys must never reach a log file or a log shipper. So fields
are an allow-by-default dict *minus* a deny list of names that hold texts or secrets, workspace
keys are reduced to a short hash, exception messages (which may quote a sentence) are replaced
by the exception type and a frame list, and every record is one JSON object per line.

Every line the process writes goes through the same formatter: ``configure_logging`` also puts
it on the root logger (SQLAlchemy, psycopg, alembic, ``warnings``), on Streamlit's and uvicorn's
own console handlers, and on uncaught exceptions in threads. Messages of records that are not
NET-EST events (driver errors above all: "connection to server at "10.0.0.5", port 5432
failed") are scrubbed of URLs, hosts, ports, user names, SQL parameters and quoted passages.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from typing import Any

from ops.settings import get_settings

LOGGER_NAME = "netest"

#: field names whose values are research data or secrets (matched case-insensitively, also as
#: substrings of longer names like ``source_text`` or ``workspace_key``)
FORBIDDEN_FIELD_PARTS: tuple[str, ...] = (
    "source", "target", "text", "texto", "sentence", "frase", "content", "conteudo", "conteúdo",
    "body", "original", "simplified", "simplificado", "key", "chave", "token", "secret", "senha",
    "password", "cookie", "authorization", "dsn", "comment", "comentario", "comentário",
)
#: names that look forbidden but only ever hold safe, short values
_ALLOWED_FIELDS = frozenset({"workspace_hash", "error_type", "target_count", "source_count",
                             "source_sentences", "target_sentences", "source_words", "target_words",
                             "source_chars", "target_chars"})
_EXACT_FORBIDDEN = frozenset({"w", "q", "query", "data", "params", "args"})

_RESERVED = frozenset(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}
_lock = threading.Lock()
_configured_handler: logging.Handler | None = None
_root_handler: logging.Handler | None = None

#: long random-looking tokens (workspace keys, API tokens): 20+ url-safe chars mixing letters
#: and digits
TOKEN_RE = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])")
#: ``w=<key>`` (the workspace query parameter) and other secrets in URLs or messages
QUERY_SECRET_RE = re.compile(r"(?i)\b(w|key|token|chave)=([^&\s'\"]+)")
#: quoted passages of 25+ characters: exception messages often quote the offending sentence
QUOTED_RE = re.compile(r"(['\"“‘«])([^'\"”’»\n]{25,})(['\"”’»])")

# --- connection details in driver messages (scrub_message) ---------------------------------
_SQL_TAIL_RE = re.compile(r"\[(?:SQL|parameters):.*", re.DOTALL)       # statement + bound values
_URL_RE = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")
_CONNINFO_RE = re.compile(
    r"(?i)\b(host|hostaddr|port|user|password|dbname|database|passfile|service|sslcert|sslkey)"
    r"\s*=\s*('[^']*'|\"[^\"]*\"|[^\s,;)]+)")
_ANY_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»")
_SOCKET_RE = re.compile(r"/[\w./-]*\.s\.PGSQL\.\d+")
_IPV4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b")
_IPV6_RE = re.compile(r"\[?(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}\]?(?::\d+)?")
_HOST_PORT_RE = re.compile(r"\b[A-Za-z0-9][\w.-]*:\d{2,5}\b")
_PORT_RE = re.compile(r"(?i)\bport\s+\d+")


def is_forbidden_field(name: str) -> bool:
    """True when a field of this name may hold a text, a workspace key or another secret."""
    n = name.lower()
    if n in _ALLOWED_FIELDS:
        return False
    if n in _EXACT_FORBIDDEN:
        return True
    return any(part in n for part in FORBIDDEN_FIELD_PARTS)


def workspace_hash(key: str | None) -> str | None:
    """A short, stable, one-way tag for a workspace key: enough to correlate log lines."""
    if not key:
        return None
    return hashlib.sha256(f"netest-ws:{key}".encode()).hexdigest()[:12]


def safe_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Drops forbidden fields and keeps only JSON-friendly scalar values (long strings cut)."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if is_forbidden_field(name):
            continue
        if value is None or isinstance(value, bool | int):
            out[name] = value
        elif isinstance(value, float):
            out[name] = round(value, 6)
        elif isinstance(value, str):
            out[name] = value[:200]
        elif isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
            out[name] = list(value)[:20]
        else:
            out[name] = type(value).__name__  # never a repr that could embed data
    return out


def scrub_message(message: str, limit: int = 300) -> str:
    """A third-party log message without connection details, secrets or quoted passages.

    Why: a driver error reads "connection to server at "db.internal" (10.0.0.5), port 5432
    failed: FATAL: password authentication failed for user "netest"" and SQLAlchemy appends the
    statement with its bound values (the researcher's texts). The kind of failure stays
    readable; hosts, ports, users, URLs, SQL and anything quoted are replaced.
    """
    s = _SQL_TAIL_RE.sub("[SQL removido]", message)
    s = _URL_RE.sub("[url]", s)
    s = _CONNINFO_RE.sub(lambda m: f"{m.group(1)}=[removido]", s)
    s = _SOCKET_RE.sub("[socket]", s)
    s = _ANY_QUOTED_RE.sub("[…]", s)
    s = QUERY_SECRET_RE.sub(lambda m: f"{m.group(1)}=[removido]", s)
    s = TOKEN_RE.sub("[chave]", s)
    s = _IPV4_RE.sub("[endereço]", s)
    s = _IPV6_RE.sub(lambda m: "[endereço]" if "::" in m.group(0) or m.group(0).count(":") >= 4
                     else m.group(0), s)
    s = _HOST_PORT_RE.sub("[endereço]", s)
    s = _PORT_RE.sub("port [removido]", s)
    return s[:limit]


def _frames(tb: Any) -> list[str]:
    return [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)][-15:]


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, then the safe extra fields.

    The record's message is kept only for records this project emits through ``log_event``
    (whose message is the event name); for other records the formatted message is kept after
    ``scrub_message`` (connection details, SQL, quoted passages removed), cut to 300 characters.
    Exceptions contribute their type and frames, never their text.
    """

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
        }
        event = getattr(record, "event", None)
        if event:
            payload["event"] = event
        else:
            try:
                payload["msg"] = scrub_message(record.getMessage())
            except Exception:
                payload["msg"] = scrub_message(str(record.msg))
        extras = {k: v for k, v in vars(record).items() if k not in _RESERVED and k != "event"}
        payload.update(safe_fields(extras))
        if record.exc_info and record.exc_info[0] is not None:
            payload["error_type"] = record.exc_info[0].__name__
            payload["frames"] = _frames(record.exc_info[2])
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(level: str | None = None, stream: Any = None) -> logging.Logger:
    """Installs the JSON handler on the ``netest`` logger once; later calls only adjust the level.

    Also makes every other line of the process JSON (``json_everywhere``). Idempotent on
    purpose: Streamlit reruns and repeated imports must not stack handlers (which would
    duplicate every line). ``stream`` defaults to stderr, which Spaces and Docker collect.
    """
    global _configured_handler
    if level is None:
        try:
            level = get_settings().log_level
        except Exception:
            level = "INFO"
    logger = logging.getLogger(LOGGER_NAME)
    with _lock:
        _configured_handler = _json_handler(logger, _configured_handler, stream)
        logger.propagate = False
        logger.setLevel(level)
        _json_everywhere(stream)
    return logger


def _json_handler(logger: logging.Logger, current: logging.Handler | None, stream: Any) -> logging.Handler:
    """The JSON handler ``logger`` writes through: ``current`` while it already writes to
    ``stream`` (or no stream was asked for), else a new one replacing it."""
    if current is not None and (stream is None or getattr(current, "stream", None) is stream):
        return current
    if current is not None:
        logger.removeHandler(current)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    return handler


_TRACKER_WARNING = "ignore::UserWarning:multiprocessing.resource_tracker"


def _is_console(handler: logging.Handler) -> bool:
    """A plain console handler (Streamlit's, uvicorn's, logging's last resort): not a test's
    capture handler nor a file/socket handler someone configured on purpose."""
    return (type(handler) in (logging.StreamHandler, type(logging.lastResort))
            and getattr(handler, "stream", None) in (sys.stderr, sys.stdout, sys.__stderr__, sys.__stdout__))


def _json_everywhere(stream: Any = None) -> None:
    """Every log line of the process as JSON: root logger (drivers, SQLAlchemy, alembic,
    ``warnings``), the console handlers Streamlit and uvicorn installed on their own loggers
    (and those Streamlit creates later), and uncaught exceptions in threads. Caller holds _lock."""
    global _root_handler
    root = logging.getLogger()
    _root_handler = _json_handler(root, _root_handler, stream)
    logging.captureWarnings(True)
    # the multiprocessing resource tracker is a separate interpreter that prints a plain-text
    # UserWarning when the server stops while engine workers hold semaphores (it then frees
    # them); it inherits sys.warnoptions as -W flags, so the warning is silenced there
    if _TRACKER_WARNING not in sys.warnoptions:
        sys.warnoptions.append(_TRACKER_WARNING)
    loggers = [root, *(lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger))]
    for lg in loggers:
        for handler in lg.handlers:
            if _is_console(handler) and not isinstance(handler.formatter, JsonFormatter):
                handler.setFormatter(JsonFormatter())
    _patch_streamlit_loggers()
    if threading.excepthook is threading.__excepthook__:
        threading.excepthook = _thread_excepthook


def _patch_streamlit_loggers() -> None:
    """Streamlit gives each of its loggers a plain console handler when first asked for it."""
    mod = sys.modules.get("streamlit.logger")
    if mod is None or getattr(mod.setup_formatter, "_netest_json", False):
        return
    original = mod.setup_formatter

    def setup_formatter(logger: logging.Logger) -> None:
        original(logger)
        handler = getattr(logger, "streamlit_console_handler", None)
        if handler is not None:
            handler.setFormatter(JsonFormatter())

    setup_formatter._netest_json = True  # type: ignore[attr-defined]
    mod.setup_formatter = setup_formatter


def _thread_excepthook(args: Any) -> None:
    if args.exc_type is SystemExit:
        return
    get_logger("uncaught").error("uncaught exception in thread",
                                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


class _DropFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


_DROP = _DropFilter()


def silence_streamlit_exception_log() -> None:
    """Stops Streamlit printing uncaught page exceptions (message, source, locals) to stderr.

    Why: an exception message may quote a researcher's sentence. ``ops.errors.on_script_error``
    logs the same event as one JSON line (error id, type, frames) without the message.
    Idempotent (the same filter object is added once).
    """
    lg = logging.getLogger("streamlit.error_util")
    if _DROP not in lg.filters:
        lg.addFilter(_DROP)


def get_logger(name: str | None = None) -> logging.Logger:
    """A child of the ``netest`` logger (``netest.<name>``)."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


def log_event(name: str, /, *, level: int = logging.INFO, **fields: Any) -> dict[str, Any]:
    """Logs one structured event; forbidden fields (texts, keys) are dropped, not masked.

    A ``workspace_key`` passed here is turned into ``workspace_hash`` before anything else
    sees it. Returns the fields actually logged (handy for tests and for callers that also
    want them in a metric or a Sentry context).
    """
    key = fields.pop("workspace_key", None)
    if key and "workspace_hash" not in fields:
        fields["workspace_hash"] = workspace_hash(str(key))
    kept = {(f"field_{k}" if k in _RESERVED or k == "event" else k): v
            for k, v in safe_fields(fields).items()}
    get_logger().log(level, name, extra={"event": name, **kept})
    return kept
