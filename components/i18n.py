"""Tiny translation layer: ``t(key, **fmt)`` in the language chosen for this session.

Why so small: two languages (pt-BR default, en) and a few hundred strings; catalogs are plain
dicts ``{key: {"pt-BR": ..., "en": ...}}`` kept next to the pages that use them
(``strings_analyse`` for the shell and Analisar, ``strings_pages`` for the other pages). A key
missing in English falls back to Portuguese; a missing key shows itself (easy to spot, never a
crash). ``tr(key, lang)`` is the Streamlit-free variant used by the HTML report.
"""
from __future__ import annotations

import importlib
import logging

LANGUAGES = ("pt-BR", "en")
DEFAULT_LANGUAGE = "pt-BR"
LANG_KEY = "lang"  # st.session_state key

log = logging.getLogger("netest.i18n")

CATALOG: dict[str, dict[str, str]] = {}


def register(catalog: dict[str, dict[str, str]]) -> None:
    """Add a catalog; later registrations win on duplicate keys (none are expected)."""
    CATALOG.update(catalog)


def _load_catalogs() -> None:
    for name in ("components.strings_analyse", "components.strings_pages", "components.strings_views",
                 "components.strings_realign", "components.strings_levels",
                 "components.strings_projects"):
        try:
            mod = importlib.import_module(name)
        except ImportError:  # UI-B's catalog may not exist yet; pages then show keys
            log.debug("catalog %s not available", name)
            continue
        register(getattr(mod, "STRINGS", {}))


_load_catalogs()


def current_language() -> str:
    try:
        import streamlit as st

        lang = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    except Exception:  # noqa: BLE001 - outside a Streamlit run there is no session
        lang = DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def tr(key: str, lang: str = DEFAULT_LANGUAGE, **fmt: object) -> str:
    """``key`` translated into ``lang`` and formatted with ``fmt``."""
    entry = CATALOG.get(key)
    if entry is None:
        text = key
    else:
        text = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or key
    if fmt:
        try:
            return text.format(**fmt)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def t(key: str, **fmt: object) -> str:
    """``key`` in the current session's language."""
    return tr(key, current_language(), **fmt)


def keep_tab_across_languages(state_key: str, label_keys: tuple[str, ...]) -> None:
    """A tab widget's value is its label: after a language switch the open tab's label is in
    the other language and no tab would be open. Put the same tab's label in this language."""
    import streamlit as st

    value = st.session_state.get(state_key)
    if value is None:
        return
    lang = current_language()
    for key in label_keys:
        if value in {tr(key, other) for other in LANGUAGES} and value != tr(key, lang):
            st.session_state[state_key] = tr(key, lang)
            return


def strategy_name(code: str, lang: str | None = None) -> str:
    """The taxonomy name of ``code`` (RF+ → Reformulação / Rephrasing)."""
    return tr(f"code.{code}", lang or current_language())


def code_label(code: str, lang: str | None = None) -> str:
    """``"RF+ — Reformulação"``: the code exactly as in the taxonomy, then its name."""
    return f"{code} — {strategy_name(code, lang)}"


# ---------------------------------------------------------------- numbers and dates
#: babel locale of each UI language (decimal comma and day/month order in pt-BR)
BABEL_LOCALE = {"pt-BR": "pt_BR", "en": "en"}


def researcher_timezone() -> str:
    """The browser's IANA time zone (``st.context.timezone``), UTC when unknown."""
    try:
        import streamlit as st

        tz = st.context.timezone
    except Exception:  # noqa: BLE001 - outside a Streamlit run, or an old browser
        tz = None
    return tz or "UTC"


def fmt_num(value: object, digits: int = 1, lang: str | None = None) -> str:
    """``2.558`` → ``"2,6"`` in pt-BR, ``"2.6"`` in English; ``"—"`` for a missing value.
    Integers keep no decimals."""
    from babel.numbers import format_decimal

    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return "—" if value is None else str(value)
    locale = BABEL_LOCALE[lang or current_language()]
    if isinstance(value, int):
        return format_decimal(value, locale=locale, group_separator=True)
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(round(float(value), digits), format=pattern, locale=locale)


def fmt_pct(share: float | None, digits: int = 0, lang: str | None = None) -> str:
    """A share in [0, 1] as a percentage in the locale, decimals only when needed
    (``0.3333`` → ``"33,3%"``, ``0.5`` → ``"50%"``); ``"—"`` when there is no value."""
    from babel.numbers import format_decimal

    if share is None:
        return "—"
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    value = round(100 * float(share), digits)
    return format_decimal(value, format=pattern, locale=BABEL_LOCALE[lang or current_language()]) + "%"


def fmt_datetime(moment, lang: str | None = None, tz: str | None = None) -> str:  # noqa: ANN001
    """A stored (UTC) moment in the researcher's time zone and locale (``30/11/2026 14:05``)."""
    from babel.dates import format_datetime, get_timezone

    if moment is None:
        return "—"
    locale = BABEL_LOCALE[lang or current_language()]
    try:
        zone = get_timezone(tz or researcher_timezone())
    except LookupError:
        zone = get_timezone("UTC")
    return format_datetime(moment, format="short", tzinfo=zone, locale=locale)


def fmt_date(day, lang: str | None = None) -> str:  # noqa: ANN001
    from babel.dates import format_date

    return format_date(day, format="short", locale=BABEL_LOCALE[lang or current_language()])
