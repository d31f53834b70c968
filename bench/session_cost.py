"""Server time and database statements of one researcher's script runs (no browser, no network).

Why: under a class of researchers one Streamlit process renders every page on one interpreter
lock, so what each script run costs in Python and in database round trips is what the page
latency of ``bench/load.py`` is made of. This bench runs the real app (``app.py``) in Streamlit's
``AppTest`` on a throwaway SQLite database with the real model and measures, per kind of run:

- ``new``: a new session's first run (a visitor opens the page: a new workspace);
- ``rerun``: the same session rerun with nothing changed;
- ``analysis``: pasting a fresh ~140-word pair and clicking Analisar (the engine runs in this
  process here, so this includes the analysis itself);
- ``reopen``: a new session on the analysis' URL (``?w=&a=``: a reload, what load.py calls cached).

Each kind reports the median and max of the script's own run time (the time inside Streamlit's
script runner, not AppTest's bookkeeping) and the SQL statements it sent. Prints one JSON line;
exits non-zero when the median of a new session's first run or of a re-opening exceeds
``--target`` seconds (issue 13 measured ~0.45 s of server time per new session).

    .venv/bin/python bench/session_cost.py
    .venv/bin/python bench/session_cost.py --sessions 10 --profile /tmp/prof
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

KINDS = ("new", "rerun", "analysis", "reopen")


class Meter:
    """Times each script run and counts the SQL statements sent meanwhile, per kind."""

    def __init__(self, profile_dir: str | None) -> None:
        self.kind = "warm-up"
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.statements: dict[str, list[int]] = defaultdict(list)
        self._count = 0
        self._profile_dir = profile_dir

    def install(self) -> None:
        from streamlit.runtime.scriptrunner import script_runner

        real = script_runner.exec_func_with_error_handling

        def measured(func, ctx):  # noqa: ANN001, ANN202 - Streamlit's signature
            prof = cProfile.Profile() if self._profile_dir else None
            before, started = self._count, time.perf_counter()
            if prof:
                prof.enable()
            try:
                return real(func, ctx)
            finally:
                if prof:
                    prof.disable()
                    n = len(self.seconds[self.kind])
                    prof.dump_stats(str(Path(self._profile_dir) / f"{self.kind}{n}.prof"))
                self.seconds[self.kind].append(time.perf_counter() - started)
                self.statements[self.kind].append(self._count - before)

        script_runner.exec_func_with_error_handling = measured

    def count_statements(self, engine) -> None:  # noqa: ANN001
        from sqlalchemy import event

        def counted(*_args) -> None:  # noqa: ANN002
            self._count += 1

        event.listen(engine, "before_cursor_execute", counted)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sessions", type=int, default=5, help="researchers measured (after one warm-up)")
    p.add_argument("--words", type=int, default=140, help="approximate words per source text")
    p.add_argument("--target", type=float, default=0.45,
                   help="seconds: median first run of a new session and of a re-opening")
    p.add_argument("--profile", default="", help="directory for one cProfile file per run")
    args = p.parse_args(argv)

    data = tempfile.mkdtemp(prefix="netest-session-cost-")
    os.environ["DATABASE_URL"] = f"sqlite:///{data}/app.db"
    os.environ["NETEST_DATA_DIR"] = data
    os.environ.setdefault("NETEST_MODEL", "e5")
    os.environ["NETEST_ENGINE_WORKERS"] = "0"
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)

    import load
    from streamlit.testing.v1 import AppTest

    from components import runtime

    pairs = load.load_pairs(args.words)
    meter = Meter(args.profile or None)
    meter.install()
    app = str(ROOT / "app.py")

    def run(at: AppTest, kind: str) -> AppTest:
        meter.kind = kind
        at.run()
        if at.exception:
            raise SystemExit(f"{kind}: {[e.value for e in at.exception]}")
        return at

    def area(at: AppTest, label: str):  # noqa: ANN202
        return next(x for x in at.text_area if x.label == label)

    counted = False
    for n in range(args.sessions + 1):
        warm = n == 0
        at = run(AppTest.from_file(app, default_timeout=600), "warm-up" if warm else "new")
        if not counted:
            meter.count_statements(runtime.database())
            counted = True
        run(at, "warm-up" if warm else "rerun")
        src, tgt = pairs[n % len(pairs)]
        area(at, load.SOURCE_LABEL).input(load._mark(src, f"c{n}"))
        area(at, load.TARGET_LABEL).input(load._mark(tgt, f"c{n}"))
        next(b for b in at.button if b.label == load.ANALYSE_LABEL).click()
        run(at, "warm-up" if warm else "analysis")
        query = {k: (v[0] if isinstance(v, list) else v) for k, v in at.query_params.items()}
        if "a" not in query:
            raise SystemExit("the analysis was not saved (no ?a= in the URL)")
        again = AppTest.from_file(app, default_timeout=600)
        for k in ("w", "a"):
            again.query_params[k] = query[k]
        run(again, "warm-up" if warm else "reopen")

    report: dict = {"benchmark": "session_cost", "sessions": args.sessions, "words": args.words,
                    "load_average": [round(x, 2) for x in os.getloadavg()], "runs": {}}
    for kind in KINDS:
        secs, stmts = meter.seconds[kind], meter.statements[kind]
        report["runs"][kind] = {"median_s": round(statistics.median(secs), 4),
                                "max_s": round(max(secs), 4),
                                "statements": max(stmts)}
        print(f"{kind:9s} median {statistics.median(secs) * 1000:7.1f} ms  max {max(secs) * 1000:7.1f} ms"
              f"  SQL statements {min(stmts)}–{max(stmts)}", file=sys.stderr)
    missed = [f"{kind} median {report['runs'][kind]['median_s']} s > {args.target} s"
              for kind in ("new", "reopen") if report["runs"][kind]["median_s"] > args.target]
    report["missed_targets"] = missed
    print(json.dumps(report, ensure_ascii=False))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
