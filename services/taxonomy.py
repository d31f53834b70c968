"""The strategy glossary shown to researchers (Sobre page, chart labels, legends).

The content is the one strategy table, ``analysis.taxonomy`` (re-exported by ``analysis.types``);
this module keeps the glossary's names for the pages that read it.
"""
from __future__ import annotations

from analysis.types import AUTOMATIC_CODES, BY_CODE, TAXONOMY, Strategy

#: one record per code, in the taxonomy's order
GLOSSARY: tuple[Strategy, ...] = TAXONOMY
StrategyEntry = Strategy


def entry(code: str) -> Strategy | None:
    return BY_CODE.get(code)


def strategy_name(code: str, lang: str = "pt-BR") -> str:
    """The strategy's name in ``lang``; unknown codes are returned unchanged."""
    e = BY_CODE.get(code)
    return e.name_in(lang) if e else code


def code_label(code: str, lang: str = "pt-BR") -> str:
    """``"SL+ — Simplificação lexical"``: the code exactly as in the taxonomy, then its name."""
    e = BY_CODE.get(code)
    return f"{code} — {e.name_in(lang)}" if e else code


__all__ = ["GLOSSARY", "StrategyEntry", "entry", "strategy_name", "code_label", "AUTOMATIC_CODES"]
