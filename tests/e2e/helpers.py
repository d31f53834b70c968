"""Small Playwright helpers for driving the Streamlit UI like a researcher does."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

ANALYSIS_TIMEOUT_MS = 120_000

SOURCE = (
    "O réu foi absolvido pelo juiz na sessão de ontem. "
    "Neste ano, a feira terá mais expositores do que no ano passado. "
    "O relatório foi entregue pela comissão ao prefeito. "
    "Choveu muito durante a tarde; entretanto, o jogo aconteceu normalmente."
)
TARGET = (
    "O acusado foi inocentado pelo juiz na sessão de ontem. "
    "A feira terá mais expositores do que no ano passado neste ano. "
    "A comissão entregou o relatório ao prefeito. "
    "Choveu muito durante a tarde, mas o jogo aconteceu normalmente."
)


def wait_app_ready(page) -> None:  # noqa: ANN001
    """Streamlit finished the current run: no 'running' indicator and the main block exists.

    Streamlit 1.67's status widget reads "Stop" while a run is going; the run is told by its
    running icon (``stStatusWidgetRunningIcon``, aria-label "Running..."), not by the text."""
    page.wait_for_selector('[data-testid="stMain"]', timeout=60_000)
    page.wait_for_function(
        "() => { const w = document.querySelector('[data-testid=\"stStatusWidget\"]');"
        " return !w || (!w.querySelector('[data-testid=\"stStatusWidgetRunningIcon\"]')"
        " && !w.innerText.match(/Running|Executando/)); }",
        timeout=ANALYSIS_TIMEOUT_MS,
    )


def _wait_empty_counters(page, n: int) -> None:  # noqa: ANN001
    """Wait until exactly ``n`` text areas still show "0 caracteres": the rerun triggered by the
    last edit has finished, so the next edit cannot be overwritten by a stale render."""
    from playwright.sync_api import expect

    expect(page.get_by_text(re.compile(r"^0 caracteres"))).to_have_count(n, timeout=60_000)


def fill_texts(page, source: str, target: str) -> None:  # noqa: ANN001
    src = page.get_by_label("Texto fonte", exact=True)
    src.wait_for(timeout=60_000)
    src.fill(source)
    src.press("Tab")
    _wait_empty_counters(page, 1)
    tgt = page.get_by_label("Texto simplificado", exact=True)
    tgt.fill(target)
    tgt.press("Tab")
    _wait_empty_counters(page, 0)


def click_analyse(page) -> None:  # noqa: ANN001
    page.get_by_role("button", name=re.compile(r"^(\S+\s)?Analisar$")).click()


def wait_highlights(page) -> None:  # noqa: ANN001
    page.locator("mark[data-codes]").first.wait_for(timeout=ANALYSIS_TIMEOUT_MS)


def open_tab(page, name: str) -> None:  # noqa: ANN001
    page.get_by_role("tab", name=name).click()
    wait_app_ready(page)   # the tab's lazy view is rendered before anything in it is clicked


def download(page, button_name: re.Pattern, attempts: int = 3):  # noqa: ANN001, ANN201
    """Click a download button and return the Download. The data is built on click (deferred),
    and on a busy machine a click landing during a rerun is dropped by the browser; so the click
    is repeated (a bounded number of times) until a download starts."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    button = page.get_by_role("button", name=button_name)
    button.wait_for(timeout=60_000)
    for attempt in range(attempts):
        wait_app_ready(page)
        try:
            with page.expect_download(timeout=70_000) as dl:
                button.click(timeout=60_000)   # (enabled once the rerun that builds it ends)
            return dl.value
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def workspace_key(url: str) -> str | None:
    m = re.search(r"[?&]w=([^&#]+)", url)
    return m.group(1) if m else None


def db_path(server_url_env: dict) -> Path:
    return Path(server_url_env["DATABASE_URL"].removeprefix("sqlite:///"))


def annotation_comments(db_file: Path) -> list[str]:
    """Every annotation's comment, read straight from the server's SQLite file."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return [c for (c,) in con.execute("SELECT comment FROM annotation ORDER BY id")]
    finally:
        con.close()


def annotation_statuses(db_file: Path) -> list[tuple[int, str, str]]:
    """(id, code, status) of every annotation, read straight from the server's SQLite file."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return list(con.execute("SELECT id, code, status FROM annotation ORDER BY id"))
    finally:
        con.close()
