"""The size limits ingest enforces, as a value the caller passes in.

Why a dataclass instead of reading the settings here: the engine imports nothing from ``ops``
(layers: ``analysis`` depends on ``models`` only). The app, the services and the CLI build one
from their configuration with :meth:`IngestLimits.from_settings`; the defaults are the same as
the configuration's defaults, so a library caller that passes nothing gets the usual limits.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestLimits:
    max_text_chars: int = 100_000      # characters per text
    max_text_words: int = 15_000       # words per text
    max_upload_mb: int = 10            # one uploaded file (or one zip member)
    max_uncompressed_mb: int = 50      # everything a zip container would inflate to
    max_corpus_pairs: int = 500        # pairs in one corpus upload

    @classmethod
    def from_settings(cls, settings: object) -> IngestLimits:
        """Limits from any object with attributes of the same names (``ops.settings.Settings``);
        a missing attribute keeps its default."""
        values = {f.name: int(getattr(settings, f.name)) for f in fields(cls) if hasattr(settings, f.name)}
        return cls(**values)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb) * MB

    @property
    def max_uncompressed_bytes(self) -> int:
        return int(self.max_uncompressed_mb) * MB


def as_limits(limits: object | None) -> IngestLimits:
    """``None`` → the defaults; an :class:`IngestLimits` as is; a settings-like object converted."""
    if limits is None:
        return IngestLimits()
    if isinstance(limits, IngestLimits):
        return limits
    return IngestLimits.from_settings(limits)
