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


def test_benchmark_file_missing_or_unreadable_is_not_measured(tmp_path):
    from pages.sobre import accuracy_frame, load_benchmark

    assert load_benchmark(tmp_path / "missing.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_benchmark(bad) is None
    old = tmp_path / "old.json"          # the old format (raw keys only) is not shown as a table
    old.write_text(json.dumps({"alignment": {"f1": 0.91, "pairs": 120}}), encoding="utf-8")
    assert accuracy_frame(load_benchmark(old), "pt-BR") is None


RAW_KEYS = ("_f1", "->", "dev_", "heldout", "_pr", "_s", "netest_segment", "punkt_pt", "rss", "held_back")


def _accuracy_table(lang: str):
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    assert len(at.dataframe) == 3        # glossary, accuracy, credits
    return at, at.dataframe[1].value


def test_accuracy_table_says_what_on_which_data_and_when_without_raw_keys():
    at, table = _accuracy_table("pt-BR")
    assert list(table.columns) == ["O que foi medido", "Dados", "Parte", "Tamanho", "Textos", "Resultado",
                                   "Medido em"]
    cells = " | ".join(table.astype(str).values.ravel())
    for key in RAW_KEYS:
        assert key not in cells, key
    rows = {(r["O que foi medido"], r["Parte"]): r for r in table.to_dict("records")}
    link = rows[("Alinhamento de frases (F1 das ligações), original → natural", "desenvolvimento")]
    assert link["Dados"].startswith("PorSimples") and link["Tamanho"] == "236 pares"
    assert link["Textos"] == "reais" and link["Resultado"] == "0,990" and link["Medido em"] == "28/11/2026"
    held = rows[("Estratégias detectadas (F1 médio por estratégia)", "reservada (fora do ajuste)")]
    assert held["Textos"] == "escritos para o teste" and held["Tamanho"] == "27 pares"
    assert held["Resultado"] == "0,920"
    assert "x86_64" in " ".join(c.value for c in at.caption)


def test_accuracy_table_in_english():
    _, table = _accuracy_table("en")
    assert "What was measured" in table.columns
    record = table[table["Part"] == "held back (not used for tuning)"].iloc[0]
    assert record["Texts"] == "written for the purpose" and record["Result"] == "0.920"
    assert record["Measured on"] == "Nov 28, 2026"
    assert "Sentence splitting (boundary F1)" in set(table["What was measured"])


def test_a_benchmark_adds_rows_by_declaring_its_metadata():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.run_all import Benchmark, Row, rows_for

    declared = {"rows": [{"measure": {"pt-BR": "Precisão de SL+", "en": "SL+ precision"},
                          "data": {"pt-BR": "PorSimples anotado", "en": "annotated PorSimples"},
                          "split": "held_back", "size": 8, "size_unit": "pairs", "origin": "real",
                          "value": 0.9, "unit": "score"}]}
    bench = Benchmark("gold", ("bench/x.py",), {"pt-BR": "x", "en": "x"}, "real")
    rows = rows_for(bench, declared, "2026-12-01")
    assert rows == [{**declared["rows"][0], "benchmark": "gold", "measured_on": "2026-12-01"}]
    bench = Benchmark("speed", ("bench/x.py",), {"pt-BR": "d", "en": "d"}, "real",
                      rows=(Row("t.a.1", "tempo", "time", "n", unit="seconds"),))
    assert rows_for(bench, {"t": {"a": [0, 1.5]}, "n": 3}, "2026-12-01")[0]["value"] == 1.5
    assert rows_for(bench, {"n": 3}, "2026-12-01") == []          # a number not measured: no row


def test_glossary_covers_every_code_in_both_languages():
    from services.taxonomy import GLOSSARY, code_label, strategy_name

    assert [e.code for e in GLOSSARY] == list(STRATEGY_CODES)
    for e in GLOSSARY:
        assert e.name["pt-BR"] and e.name["en"] and e.definition["pt-BR"] and e.definition["en"]
        assert e.example_source != e.example_target
    assert strategy_name("OM+", "en") == "Omission"
    assert code_label("SL+") == "SL+ — Simplificação lexical"
    assert {e.code for e in GLOSSARY if e.automatic == "never"} == {"PRO+"}
