"""Database latency benchmark: the operations a researcher waits for, on SQLite and PostgreSQL.

Usage::

    .venv/bin/python -m bench.db_latency [--analyses 50] [--per-analysis 200] [--repeat 200]

Fills a fresh database with ``analyses × per-analysis`` machine annotations (10,000 by default)
in one workspace, then times (p50/p95, ms): saving one decision, listing history (50 rows),
loading an analysis with its 200 annotations (record + annotation list), and the feedback
statistics. PostgreSQL comes from TEST_POSTGRES_URL (a fresh database is created in it) or a
throwaway server started with scripts/pg_server.sh. Target: every p95 <= 20 ms.
Prints a table and, last, one JSON line with the headline numbers.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from analysis.types import (  # noqa: E402
    AUTOMATIC_CODES,
    AnalysisResult,
    AnalysisSettings,
    Detection,
    Document,
    ModelInfo,
    Paragraph,
    Sentence,
)
from db.engine import dispose_engine, make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.repository import Repository  # noqa: E402
from db.workspaces import create_workspace  # noqa: E402

SENTENCE = "O município implementou medidas de contenção orçamentária em virtude da crise econômica. "
SIMPLE = "A cidade cortou gastos por causa da crise. "


def _doc(text_: str, prefix: str, unit: str) -> Document:
    sents, pos = [], 0
    for i in range(text_.count(unit)):
        sents.append(Sentence(f"{prefix}{i + 1}", pos, pos + len(unit) - 1, "p1", unit.strip()))
        pos += len(unit)
    return Document(text_, [Paragraph("p1", 0, len(text_), False, [s.id for s in sents])], sents)


def make_result(n: int, salt: int) -> tuple[str, str, AnalysisResult]:
    src, tgt = SENTENCE * 40 + f"Texto {salt}.", SIMPLE * 40 + f"Texto {salt}."
    dets = []
    for i in range(n):
        k = i % 40
        s0, t0 = k * len(SENTENCE), k * len(SIMPLE)
        dets.append(Detection(AUTOMATIC_CODES[i % len(AUTOMATIC_CODES)], 0.5 + (i % 50) / 100,
                              [(s0 + 2, s0 + 11)], [(t0 + 2, t0 + 8)],
                              "Palavra trocada por outra mais frequente.", {"i": i}, k))
    res = AnalysisResult("0.1.0", AnalysisSettings(), ModelInfo("bench", "lexical", "lexical"),
                         _doc(src, "s", SENTENCE), _doc(tgt, "t", SIMPLE), strategies=dets,
                         metrics={"source": {"flesch_pt": 30.0}, "target": {"flesch_pt": 60.0}})
    return src, tgt, res


def timed(fn, repeat: int) -> dict[str, float]:
    fn()  # warm-up
    samples = []
    cpu0 = time.process_time()
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    cpu_ms = (time.process_time() - cpu0) * 1000 / repeat
    samples.sort()
    # cpu_ms: this process's CPU per call (excludes the PostgreSQL server and time spent waiting
    # for a CPU on a busy machine) — the floor the wall-clock numbers approach on an idle host
    return {"p50": round(statistics.median(samples), 2),
            "p95": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 2),
            "cpu_ms": round(cpu_ms, 2)}


def run(url: str, n_analyses: int, per: int, repeat: int) -> dict[str, dict[str, float]]:
    eng = make_engine(url)
    upgrade(eng)
    ws, _ = create_workspace(eng)
    repo = Repository(eng, ws.id)
    t = time.perf_counter()
    ids = [repo.save_analysis(*make_result(per, i)[:2], make_result(per, i)[2], title=f"Análise {i}").id
           for i in range(n_analyses)]
    fill_s = time.perf_counter() - t
    ann_ids = [a.id for a in repo.list_annotations(ids[0])] + [a.id for a in repo.list_annotations(ids[-1])]
    rnd = random.Random(7)
    for aid in rnd.sample(ann_ids, 100):     # some history so statistics have work to do
        repo.accept(aid)

    def decide() -> None:
        aid = rnd.choice(ann_ids)
        rnd.choice([lambda: repo.accept(aid), lambda: repo.reject(aid), lambda: repo.relabel(aid, "MT+")])()

    def load() -> None:
        aid = rnd.choice(ids)
        repo.get_analysis(aid)
        assert len(repo.list_annotations(aid)) == per

    out = {
        "save_decision": timed(decide, repeat),
        "list_history_50": timed(lambda: repo.list_analyses(page_size=50), repeat),
        "load_analysis_200": timed(load, repeat),
        "feedback_stats": timed(repo.feedback_stats, repeat),
    }
    out["fill"] = {"seconds": round(fill_s, 2), "annotations": n_analyses * per}
    dispose_engine(url)
    return out


def _pg_script(command: str, env: dict[str, str] | None = None) -> dict[str, str]:
    res = subprocess.run(["bash", "-c", f'source "{ROOT}/scripts/pg_server.sh" && {command} >&2 && '
                                        'echo "$PG_BINDIR|$PG_DIR|$PG_PORT|${TEST_POSTGRES_URL:-}"'],
                         capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    if res.returncode:
        raise RuntimeError(res.stderr)
    b, d, p, u = res.stdout.strip().split("|")
    return {"PG_BINDIR": b, "PG_DIR": d, "PG_PORT": p, "TEST_POSTGRES_URL": u}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--analyses", type=int, default=50)
    ap.add_argument("--per-analysis", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = run(f"sqlite:///{tmp}/bench.db", args.analyses, args.per_analysis, args.repeat)
    if not args.no_postgres:
        server = None
        admin = os.environ.get("TEST_POSTGRES_URL")
        if not admin:
            server = _pg_script("pg_start")
            admin = server["TEST_POSTGRES_URL"]
        name = f"netest_bench_{uuid.uuid4().hex[:8]}"
        adm = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with adm.connect() as c:
                c.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(admin).set(database=name).render_as_string(hide_password=False)
            results["postgresql"] = run(url, args.analyses, args.per_analysis, args.repeat)
        finally:
            with adm.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            adm.dispose()
            if server:
                _pg_script("pg_stop", server)
    print(f"{'backend':<11} {'operation':<20} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8}")
    for backend, ops in results.items():
        for op, v in ops.items():
            if "p95" in v:
                print(f"{backend:<11} {op:<20} {v['p50']:>8} {v['p95']:>8} {v['cpu_ms']:>8}")
        print(f"{backend:<11} fill: {ops['fill']['annotations']} annotations in {ops['fill']['seconds']} s")
    worst = max(v["p95"] for ops in results.values() for v in ops.values() if "p95" in v)
    # wall-clock latencies: on a shared machine they include waiting for a CPU, so say how busy it was
    print(json.dumps({"db_latency": results, "worst_p95_ms": worst, "target_p95_ms": 20,
                      "meets_target": worst <= 20, "load_average_1m": round(os.getloadavg()[0], 2),
                      "cpus": os.cpu_count()}))


if __name__ == "__main__":
    main()
