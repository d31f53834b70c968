"""Structured JSON-line logs that never carry research data.

Why: operators need analysis ids, workspace hashes, durations and outcomes to follow a problem;
researchers' texts and workspace keys must never reach a log file or a log shipper. So fields
are an allow-by-default dict *minus* a deny list of names that hold texts or secrets, workspace
keys are reduced to a short hash, exception messages (which may quote a sentence) are replaced
by the exception type and a frame list, and every record is one JSON object per line.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from typing import Any

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


def _frames(tb: Any) -> list[str]:
    return [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)][-15:]


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, then the safe extra fields.

    The record's message is kept only for records this project emits through ``log_event``
    (whose message is the event name); for third-party records the formatted message is kept
    but cut to 300 characters. Exceptions contribute their type and frames, never their text.
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
                payload["msg"] = record.getMessage()[:300]
            except Exception:
                payload["msg"] = str(record.msg)[:300]
        extras = {k: v for k, v in vars(record).items() if k not in _RESERVED and k != "event"}
        payload.update(safe_fields(extras))
        if record.exc_info and record.exc_info[0] is not None:
            payload["error_type"] = record.exc_info[0].__name__
            payload["frames"] = _frames(record.exc_info[2])
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(level: str | None = None, stream: Any = None) -> logging.Logger:
    """Installs the JSON handler on the ``netest`` logger once; later calls only adjust the level.

    Idempotent on purpose: Streamlit reruns and repeated imports must not stack handlers (which
    would duplicate every line). ``stream`` defaults to stderr, which Spaces and Docker collect.
    """
    global _configured_handler
    if level is None:
        try:
            from ops.settings import get_settings

            level = get_settings().log_level
        except Exception:
            level = "INFO"
    logger = logging.getLogger(LOGGER_NAME)
    with _lock:
        if _configured_handler is None or (stream is not None and getattr(_configured_handler, "stream", None) is not stream):
            if _configured_handler is not None:
                logger.removeHandler(_configured_handler)
            handler = logging.StreamHandler(stream or sys.stderr)
            handler.setFormatter(JsonFormatter())
            logger.addHandler(handler)
            logger.propagate = False
            _configured_handler = handler
        logger.setLevel(level)
    return logger


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
