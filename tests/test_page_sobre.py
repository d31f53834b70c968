"""Sobre page: glossary, model, measured accuracy (or "não medido"), version, credits."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analysis import ENGINE_VERSION
from analysis.types import STRATEGY_CODES

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "sobre.py")


def test_page_renders_glossary_version_and_credits():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    glossary = at.dataframe[0].value
    assert list(glossary["Código"]) == list(STRATEGY_CODES)          # codes exactly as the taxonomy
    assert "Simplificação lexical" in set(glossary["Nome"])
    assert (glossary["Exemplo (fonte → simplificado)"].str.contains("→")).all()
    text = " ".join(m.value for m in at.markdown)
    assert ENGINE_VERSION in text
    credits = at.dataframe[-1].value
    joined = " ".join(credits.astype(str).values.ravel())
    for needle in ("PorSimples", "CC BY 4.0", "Leal", "COLING", "MIT", "wordfreq", "simplemma", "pyphen", "Streamlit"):
        assert needle in joined


def test_english_glossary_keeps_the_codes():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert at.title[0].value == "About NET-EST"
    glossary = at.dataframe[0].value
    assert list(glossary["Code"]) == list(STRATEGY_CODES)
    assert "Lexical simplification" in set(glossary["Name"])


def test_benchmark_numbers_or_not_measured(tmp_path):
    from pages.sobre import flatten_numbers, load_benchmark

    assert load_benchmark(tmp_path / "missing.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_benchmark(bad) is None
    good = tmp_path / "results.json"
    good.write_text(json.dumps({"alignment": {"f1": 0.91, "pairs": 120}, "model": "e5"}), encoding="utf-8")
    data = load_benchmark(good)
    assert flatten_numbers(data) == [("alignment.f1", 0.91), ("alignment.pairs", 120), ("model", "e5")]


def test_accuracy_section_matches_the_results_file():
    from pages.sobre import RESULTS_FILE

    at = AppTest.from_file(PAGE, default_timeout=60).run()
    infos = " ".join(i.value for i in at.info)
    if RESULTS_FILE.exists():
        assert len(at.dataframe) == 3        # glossary, benchmark numbers, credits
    else:
        assert "não medido" in infos
        assert len(at.dataframe) == 2


def test_glossary_covers_every_code_in_both_languages():
    from services.taxonomy import GLOSSARY, code_label, strategy_name

    assert [e.code for e in GLOSSARY] == list(STRATEGY_CODES)
    for e in GLOSSARY:
        assert e.name["pt-BR"] and e.name["en"] and e.definition["pt-BR"] and e.definition["en"]
        assert e.example_source != e.example_target
    assert strategy_name("OM+", "en") == "Omission"
    assert code_label("SL+") == "SL+ — Simplificação lexical"
    assert {e.code for e in GLOSSARY if e.automatic == "never"} == {"PRO+"}
