"""The limits in force, described for people (diagnostics page, docs).

The ingest code enforces text/upload/corpus limits with its own Portuguese messages; this module
only reports which values apply so the diagnostics page and the operator see the same numbers.
"""
from __future__ import annotations

from typing import Any


def describe_limits(settings: Any) -> dict[str, Any]:
    """Every limit from ``settings`` with its unit and a short Portuguese label."""
    def item(value: Any, unit: str, label: str) -> dict[str, Any]:
        return {"value": value, "unit": unit, "label": label}

    return {
        "max_text_chars": item(settings.max_text_chars, "caracteres", "Tamanho máximo de cada texto"),
        "max_text_words": item(settings.max_text_words, "palavras", "Palavras por texto"),
        "max_upload_mb": item(settings.max_upload_mb, "MB", "Tamanho máximo de arquivo enviado"),
        "max_uncompressed_mb": item(settings.max_uncompressed_mb, "MB",
                                    "Tamanho máximo descompactado (ZIP de corpus)"),
        "max_corpus_pairs": item(settings.max_corpus_pairs, "pares", "Pares de textos por corpus"),
        "rate_limit_per_minute": item(settings.rate_limit_per_minute, "análises",
                                      f"Análises novas por área de trabalho a cada "
                                      f"{settings.rate_limit_window_seconds:g} s"),
    }
