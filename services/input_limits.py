"""The ingest limits of this deployment: the engine takes them as an argument, the
configuration (``ops.settings``) says what they are."""
from __future__ import annotations

from analysis.ingest import IngestLimits
from ops.settings import get_settings


def ingest_limits() -> IngestLimits:
    """The limits configured now (``NETEST_MAX_*``), read on every call so a changed setting applies."""
    return IngestLimits.from_settings(get_settings())
