"""Time to first paint: from navigation until "Texto fonte" can be typed into, in Chromium.

Starts the server with the README's command (``ops.serve.start_server``: ``streamlit run
server.py``), waits until the replica is ready (``/_netest/ready``, what a load balancer waits
for), then opens the page in Debian's Chromium through Playwright:

- **cold**: the first visitor after the start;
- **warm**: ``--visits`` more visitors, each in a fresh browser context (new session, empty
  browser cache: the server is warm, the browser is not);
- **reload**: the same tab reloaded (browser cache warm, a new Streamlit session).

Besides the time to typeable, each visit reports when the app's websocket opened and when the
last server message before that moment arrived (the server's share: the page script's run),
first contentful paint and DOMContentLoaded — what is left is the browser's own work.

The time is read with the Performance API inside the page: an init script watches the DOM
(MutationObserver plus a per-frame check) and records ``performance.now()`` — milliseconds since
the navigation started — the moment the "Texto fonte" text area exists, is enabled and editable.
Then the bench types into it and checks the text arrived. Also reported: first contentful paint
and DOMContentLoaded from the same API. Prints one JSON line; exits non-zero when the warm median
exceeds ``--target`` seconds or the cold visit exceeds ``--cold-target``.

    .venv/bin/python bench/first_paint.py
    .venv/bin/python bench/first_paint.py --url http://127.0.0.1:8501 --visits 10
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ops.serve import READY_PATH, start_server, stop_server, wait_healthy  # noqa: E402

CHROMIUM = os.environ.get("NETEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run"]
LABEL = "Texto fonte"

WATCH = """
(() => {
  // when the app's websocket opened and when its last message before readiness arrived: the
  // server's share of the wait (the rest is the browser loading and rendering)
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    ws.addEventListener("open", () => { window.__netestWsOpen ??= performance.now(); });
    ws.addEventListener("message", () => {
      if (window.__netestReady === undefined) window.__netestWsLast = performance.now();
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  const label = "__LABEL__";
  const check = () => {
    if (window.__netestReady !== undefined) return true;
    const area = document.querySelector(`textarea[aria-label="${label}"]`);
    if (area && !area.disabled && !area.readOnly) {
      window.__netestReady = performance.now();
      performance.mark("netest-source-ready");
      return true;
    }
    return false;
  };
  const start = () => {
    if (check()) return;
    new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
      .observe(document.documentElement, {subtree: true, childList: true, attributes: true});
    const frame = () => { if (!check()) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  };
  if (document.documentElement) start(); else document.addEventListener("readystatechange", start, {once: true});
})();
""".replace('"__LABEL__"', json.dumps(LABEL))

READ = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {ready_ms: window.__netestReady,
          websocket_open_ms: window.__netestWsOpen ?? null,
          last_message_ms: window.__netestWsLast ?? null,
          fcp_ms: fcp ? fcp.startTime : null,
          dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null};
}"""


def visit(page, url: str, timeout_ms: int, reload: bool = False) -> dict:  # noqa: ANN001
    """One navigation; returns the Performance API numbers (seconds) after a typing check."""
    if reload:
        page.reload(wait_until="commit")
    else:
        page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.__netestReady !== undefined", timeout=timeout_ms)
    numbers = page.evaluate(READ)
    area = page.get_by_label(LABEL, exact=True)
    area.fill("teste de digitação")
    typed = area.input_value() == "teste de digitação"
    return {k.replace("_ms", "_s"): (round(v / 1000, 3) if v is not None else None)
            for k, v in numbers.items()} | {"typed": typed}


def _summary(values: list[float]) -> dict:
    return {"n": len(values), "p50": round(statistics.median(values), 3),
            "max": round(max(values), 3), "min": round(min(values), 3)}


def run(url: str, visits: int, timeout_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    timeout_ms = int(timeout_s * 1000)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            def fresh():
                context = browser.new_context(locale="pt-BR", viewport={"width": 1400, "height": 1000})
                context.add_init_script(WATCH)
                return context, context.new_page()

            context, page = fresh()
            cold = visit(page, url, timeout_ms)
            reloads = [visit(page, url, timeout_ms, reload=True) for _ in range(max(1, visits // 2))]
            context.close()
            warm = []
            for _ in range(visits):
                context, page = fresh()
                warm.append(visit(page, url, timeout_ms))
                context.close()
        finally:
            browser.close()
    return {"cold": cold,
            "warm": {k: _summary([v[k] for v in warm if v[k] is not None])
                     for k in ("ready_s", "fcp_s", "dom_content_loaded_s", "websocket_open_s",
                               "last_message_s")},
            "reload": _summary([v["ready_s"] for v in reloads]),
            "typed_everywhere": all(v["typed"] for v in [cold, *warm, *reloads])}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default="", help="attach to a running server (skips the cold visit's meaning)")
    p.add_argument("--visits", type=int, default=6, help="warm visits (fresh browser contexts)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds one visit may take")
    p.add_argument("--target", type=float, default=1.0, help="warm median, seconds")
    p.add_argument("--cold-target", type=float, default=2.0, help="cold visit, seconds")
    args = p.parse_args(argv)

    proc = None
    started = time.monotonic()
    if args.url:
        url = args.url.rstrip("/")
    else:
        data_dir = tempfile.mkdtemp(prefix="netest-paint-")
        proc, url = start_server(env={"NETEST_DATA_DIR": data_dir, "SENTRY_DSN": "",
                                      "NETEST_LOG_LEVEL": "WARNING"},
                                 log_path=Path(data_dir) / "server.log", timeout=180)
    try:
        wait_healthy(url, timeout=180, proc=proc, path=READY_PATH)
        ready_after = round(time.monotonic() - started, 1)
        report = {"benchmark": "first_paint", "url": url, "replica_ready_after_start_s": ready_after,
                  **run(url, args.visits, args.timeout)}
    finally:
        if proc is not None:
            stop_server(proc)
    missed = []
    if report["warm"]["ready_s"]["p50"] > args.target:
        missed.append(f"warm median {report['warm']['ready_s']['p50']} s > {args.target} s")
    if report["cold"]["ready_s"] > args.cold_target:
        missed.append(f"cold {report['cold']['ready_s']} s > {args.cold_target} s")
    if not report["typed_everywhere"]:
        missed.append("typing into Texto fonte failed")
    report["missed_targets"] = missed
    print(json.dumps(report, ensure_ascii=False))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
