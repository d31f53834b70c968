"""Run the quality and speed benchmarks and write their headline numbers to bench/results.json.

The "Sobre" page shows that file, so what the app claims about its accuracy is always what a
benchmark measured. Each benchmark prints its headline numbers as its final JSON line; this
script turns the numbers it keeps into *rows* that say, in pt-BR and English, what was measured,
on which data (development or held back, how many pairs, real or written for the purpose) and
when, so the page never shows a raw key.

    .venv/bin/python bench/run_all.py            # alignment, strategies, segmentation, speed
    .venv/bin/python bench/run_all.py --quick    # skip the speed benchmark

A benchmark that misses a target still printed what it measured: its rows are written (the page
must show the real numbers, good or bad) and this script exits 1 naming it. Only a benchmark
that crashed, with no final JSON line, leaves the file untouched.

Adding a benchmark: declare it in ``BENCHES`` with its data and one ``Row`` per number to show.
A benchmark may also declare its rows itself: when its final JSON line has a ``"rows"`` list
(each row a dict with the fields of ``results.json`` rows below except ``benchmark`` and
``measured_on``), those rows are used as they are, and ``Benchmark.rows`` may stay empty.

``results.json``: ``{"format": 2, "machine": ..., "rows": [row...], "numbers": {bench: {...}}}``;
a row is ``{"benchmark", "measure": {"pt-BR", "en"}, "data": {"pt-BR", "en"},
"split": "development" | "validation" | "held_back", "size": int, "size_unit": "pairs" | "texts",
"origin": "real" | "written", "value": number, "unit": "score" | "seconds" | "mb" | "count",
"measured_on": "YYYY-MM-DD"}``. ``numbers`` keeps every kept headline number for the record.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results.json"
FORMAT = 2

PORSIMPLES = {"pt-BR": "PorSimples: notícias reais e suas simplificações humanas",
              "en": "PorSimples: real news texts and their human simplifications"}
STRATEGY_SET = {"pt-BR": "Pares curtos escritos para o teste (bench/data/strategies_dev.jsonl)",
                "en": "Short pairs written for the purpose (bench/data/strategies_dev.jsonl)"}
PORSIMPLES_GOLD = {"pt-BR": "PorSimples (original → forte) com estratégias anotadas à mão "
                            "(bench/data/porsimples_*.jsonl)",
                   "en": "PorSimples (original → strong) with hand-annotated strategies "
                         "(bench/data/porsimples_*.jsonl)"}
LONG_PAIRS = {"pt-BR": "Pares longos escritos para o teste: ensaio, resumo, listas "
                       "(bench/data/strategies_long.jsonl)",
              "en": "Long pairs written for the purpose: essay, summary, lists (bench/data/strategies_long.jsonl)"}
SECOND_ANNOTATION = {"pt-BR": "PorSimples retido: as mesmas produções anotadas de novo, às cegas, por um "
                             "segundo anotador (um assistente de IA) com o mesmo guia "
                             "(docs/annotation-guide.md, §3)",
                     "en": "Held-back PorSimples: the same productions annotated again, blind, by a second "
                           "annotator (an AI assistant) with the same guide "
                           "(docs/annotation-guide.md, §3)"}
JUDGED = {"pt-BR": "PorSimples sem anotação de referência quando julgados: 50 textos reais (todos anotados "
                   "depois, ver bench/data/README.md), original → forte e original → "
                   "natural; cada detecção conferida à mão por um revisor (o desenvolvedor) com o guia de "
                   "anotação: todas as de RF+, DL+, IN+ e MT+, uma amostra sorteada das de SL+, RD+ e MOD+ "
                   "(bench/data/porsimples_judged.json)",
          "en": "PorSimples without gold annotation when judged: 50 real texts (all annotated later, see "
                "bench/data/README.md), original → strong and original → natural; "
                "each detection checked by hand by one reviewer (the developer) against the annotation guide: "
                "every RF+, DL+, IN+ and MT+ detection, a random sample of SL+, RD+ and MOD+ "
                "(bench/data/porsimples_judged.json)"}
LEVELS = {"ORI->NAT": ("original → natural", "original → natural"),
          "NAT->STR": ("natural → forte", "natural → strong")}


@dataclass(frozen=True)
class Row:
    key: str                  # path in the final JSON line: "link_f1.ORI->NAT", "stress_insertion_pr.NAT->STR.0"
    pt: str                   # what was measured, in Portuguese
    en: str                   # ... and in English
    size_key: str | None      # the line's key holding the number of pairs/texts (None: size=1)
    split: str = "development"
    unit: str = "score"


@dataclass(frozen=True)
class Benchmark:
    name: str
    command: tuple[str, ...]
    data: dict[str, str]
    origin: str               # "real" | "written"
    size_unit: str = "pairs"
    rows: tuple[Row, ...] = ()


def _strategy_rows(size_unit: str, splits: tuple[str, ...] = ("dev", "heldout")) -> tuple[Row, ...]:
    """Macro-F1, precision and recall of a strategy benchmark, per part (strict span matching)."""
    part = {"dev": "development", "valid": "validation", "heldout": "held_back"}
    return tuple(
        Row(f"{split}_{key}", pt, en, f"{split}_{size_unit}", part[split])
        for split in splits
        for key, pt, en in (
            ("macro_f1", "Estratégias detectadas, trechos conferidos (F1 médio por estratégia)",
             "Strategies detected, spans checked (macro-F1 over strategies)"),
            ("micro_precision", "Estratégias detectadas, trechos conferidos (precisão)",
             "Strategies detected, spans checked (precision)"),
            ("micro_recall", "Estratégias detectadas, trechos conferidos (cobertura)",
             "Strategies detected, spans checked (recall)"),
        )
    )


def _level_rows(key: str, pt: str, en: str, size_key: str = "pairs", index: int | None = None) -> tuple[Row, ...]:
    suffix = "" if index is None else f".{index}"
    return tuple(Row(f"{key}.{lvl}{suffix}", f"{pt}, {lp}", f"{en}, {le}", size_key)
                 for lvl, (lp, le) in LEVELS.items())


BENCHES: tuple[Benchmark, ...] = (
    Benchmark("alignment", ("bench/align_porsimples.py",), PORSIMPLES, "real", rows=(
        *_level_rows("link_f1", "Alinhamento de frases (F1 das ligações)", "Sentence alignment (link F1)"),
        *_level_rows("split_f1", "Frases divididas encontradas (F1)", "Split sentences found (F1)"),
        *_level_rows("raw_link_f1", "Alinhamento a partir do texto bruto, com a divisão automática em frases (F1)",
                     "Alignment from raw text, with automatic sentence splitting (F1)"),
        *_level_rows("stress_insertion_pr", "Frase acrescentada de propósito reconhecida (precisão)",
                     "Sentence added on purpose recognised (precision)", index=0),
        *_level_rows("stress_insertion_pr", "Frase acrescentada de propósito reconhecida (cobertura)",
                     "Sentence added on purpose recognised (recall)", index=1),
        *_level_rows("stress_omission_pr", "Frase retirada de propósito reconhecida (precisão)",
                     "Sentence removed on purpose recognised (precision)", index=0),
        *_level_rows("stress_omission_pr", "Frase retirada de propósito reconhecida (cobertura)",
                     "Sentence removed on purpose recognised (recall)", index=1),
    )),
    Benchmark("strategies", ("bench/strategies_dev.py",), STRATEGY_SET, "written", rows=(
        Row("dev_macro_f1", "Estratégias detectadas (F1 médio por estratégia)",
            "Strategies detected (macro-F1 over strategies)", "dev_pairs"),
        Row("dev_micro_precision", "Estratégias detectadas (precisão)", "Strategies detected (precision)",
            "dev_pairs"),
        Row("dev_micro_recall", "Estratégias detectadas (cobertura)", "Strategies detected (recall)", "dev_pairs"),
        Row("dev_unchanged_fp", "Falsos alarmes em pares sem mudança", "False alarms on unchanged pairs",
            "dev_pairs", unit="count"),
        Row("heldout_macro_f1", "Estratégias detectadas (F1 médio por estratégia)",
            "Strategies detected (macro-F1 over strategies)", "heldout_pairs", "held_back"),
        Row("heldout_micro_precision", "Estratégias detectadas (precisão)", "Strategies detected (precision)",
            "heldout_pairs", "held_back"),
        Row("heldout_micro_recall", "Estratégias detectadas (cobertura)", "Strategies detected (recall)",
            "heldout_pairs", "held_back"),
    )),
    Benchmark("strategies_porsimples", ("bench/strategies_porsimples.py",), PORSIMPLES_GOLD, "real",
              rows=_strategy_rows("productions", ("dev", "valid", "heldout"))),
    Benchmark("strategies_long", ("bench/strategies_porsimples.py", "--data", "bench/data/strategies_long.jsonl"),
              LONG_PAIRS, "written", rows=_strategy_rows("productions")),
    Benchmark("annotator_agreement", ("bench/annotator_agreement.py",), SECOND_ANNOTATION, "real", rows=(
        Row("annotators_macro_f1", "Acordo entre dois anotadores, trechos conferidos (F1 médio por estratégia): "
            "o teto da máquina", "Agreement between two annotators, spans checked (macro-F1 over "
            "strategies): the machine's ceiling", "productions", "held_back"),
        Row("annotators_macro_f1_uncited", "O mesmo acordo, sem os grupos que o guia cita como exemplo",
            "The same agreement, without the groups the guide quotes as examples", "productions",
            "held_back"),
    )),
    Benchmark("judged_porsimples", ("bench/judged_porsimples.py",), JUDGED, "real", rows=(
        Row("micro_precision", "Detecções que um revisor julgou certas, uma a uma (precisão)",
            "Detections a reviewer judged right, one by one (precision)", "pairs"),
        Row("at_judging.micro_precision", "O mesmo, na versão julgada, antes de qualquer regra feita a partir "
            "desse julgamento", "The same, on the version judged, before any rule built on the judging", "pairs"),
        *(Row(f"precision.{code}", f"Detecções de {code} julgadas certas (precisão)",
              f"{code} detections judged right (precision)", "pairs") for code in ("SL+", "RF+", "DL+", "RD+")),
    )),
    Benchmark("segmentation", ("bench/segment_porsimples.py",), PORSIMPLES, "real", "texts", rows=(
        Row("netest_segment", "Divisão em frases (F1 das fronteiras)", "Sentence splitting (boundary F1)", "texts"),
        Row("punkt_pt", "Divisão em frases pelo Punkt, para comparação (F1)",
            "Sentence splitting by Punkt, for comparison (F1)", "texts"),
    )),
    Benchmark("speed", ("bench/speed.py",), PORSIMPLES, "real", rows=(
        Row("cli_cold_start_s", "Linha de comando: do início ao primeiro resultado",
            "Command line: start to first result", None, unit="seconds"),
        Row("warm_500w_fresh_s", "Análise de um par de ~500 palavras (modelo carregado)",
            "Analysis of a ~500-word pair (model loaded)", None, unit="seconds"),
        Row("batch_s", "Análise de todos os pares em lote", "Batch analysis of every pair", "batch_pairs",
            unit="seconds"),
        Row("peak_rss_mb", "Memória máxima do processo", "Peak process memory", "batch_pairs", unit="mb"),
    )),
)


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line")


def _lookup(line: dict, key: str) -> Any:
    """``"a.b.0"`` → ``line["a"]["b"][0]`` (level names hold no dots); None when absent."""
    node: Any = line
    parts = key.split(".")
    # keys may themselves contain "->" but never "."; list indexes are digits
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def rows_for(bench: Benchmark, line: dict, measured_on: str) -> list[dict]:
    """The rows the Sobre page shows for one benchmark's final JSON line."""
    common = {"benchmark": bench.name, "measured_on": measured_on}
    if isinstance(line.get("rows"), list):          # the benchmark declared its own rows
        return [{**row, **common} for row in line["rows"] if isinstance(row, dict)]
    rows = []
    for r in bench.rows:
        value = _lookup(line, r.key)
        if not isinstance(value, int | float):
            continue
        size = _lookup(line, r.size_key) if r.size_key else 1
        rows.append({
            **common, "measure": {"pt-BR": r.pt, "en": r.en}, "data": bench.data, "split": r.split,
            "size": size, "size_unit": bench.size_unit, "origin": bench.origin, "value": value,
            "unit": r.unit,
        })
    return rows


def kept_numbers(bench: Benchmark, line: dict) -> dict:
    """The top-level entries of the line that the rows read (the record behind the table)."""
    keys = {r.key.split(".", 1)[0] for r in bench.rows} | {r.size_key for r in bench.rows if r.size_key}
    return {k: line[k] for k in line if k in keys}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the speed benchmark")
    args = ap.parse_args()
    today = dt.date.today().isoformat()
    results: dict[str, Any] = {
        "format": FORMAT,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "rows": [],
        "numbers": {},
    }
    failed, missed = [], []
    for bench in BENCHES:
        if args.quick and bench.name == "speed":
            continue
        p = subprocess.run([sys.executable, *bench.command], cwd=ROOT, capture_output=True, text=True)
        try:
            line = last_json_line(p.stdout)
        except ValueError:
            line = None
        if line is None:
            print(f"{bench.name}: failed\n{p.stderr[-2000:]}", file=sys.stderr)
            failed.append(bench.name)
            continue
        if p.returncode != 0:
            # it measured and printed its numbers but missed a target: the numbers are what the
            # researchers must see (Sobre), the exit status still says a target was missed
            missed.append(bench.name)
        results["rows"].extend(rows_for(bench, line, today))
        results["numbers"][bench.name] = kept_numbers(bench, line)
        print(bench.name, json.dumps(results["numbers"][bench.name], ensure_ascii=False))
    if failed:   # a benchmark that crashed (no final JSON line) never leaves half a results file behind
        print(json.dumps({"written": None, "failed": failed}))
        return 1
    OUT.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"written": str(OUT.relative_to(ROOT)), "benchmarks": list(results["numbers"]),
                      "missed_targets": missed}))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
