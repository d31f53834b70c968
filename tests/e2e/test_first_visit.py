"""The first visitor after a (re)start who opens a link to a page other than Analisar.

Streamlit starts in its old "pages directory" mode until app.py calls ``st.navigation``; a
``/historico?w=...`` link opened first (a researcher reconnecting after a replica restarted) ran
the page bare: no app shell, so no workspace preferences (an English researcher saw Portuguese,
a dark theme came out light) and no sidebar. Checked for both ways the README starts the app,
each on a server of its own that nobody visited before.
"""
from __future__ import annotations

import io
import re

import pytest

pytest.importorskip("playwright")
from PIL import Image, ImageStat  # noqa: E402
from playwright.sync_api import expect  # noqa: E402

from ops.serve import READY_PATH, start_server, stop_server, wait_healthy  # noqa: E402
from services.theme import PALETTES  # noqa: E402

SOURCE = "O relatório foi entregue pela comissão ao prefeito. Choveu muito; entretanto, o jogo aconteceu."
TARGET = "A comissão entregou o relatório ao prefeito. Choveu muito, mas o jogo aconteceu."


def _rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.mark.parametrize("script", ["server.py", "app.py"])
def test_a_page_opened_first_after_a_start_runs_inside_the_app_shell(browser, tmp_path, script):  # noqa: ANN001
    from tests.e2e.seed import seed_workspace

    db_file = tmp_path / "first.db"
    (tmp_path / "data").mkdir()
    env = {"DATABASE_URL": f"sqlite:///{db_file.as_posix()}", "NETEST_DATA_DIR": str(tmp_path / "data"),
           "NETEST_MODEL": "e5", "SENTRY_DSN": "", "PYTHONUNBUFFERED": "1"}
    from db.engine import make_engine
    from db.migrate import upgrade

    upgrade(make_engine(f"sqlite:///{db_file.as_posix()}"))   # the workspace exists before the start
    proc, base = start_server(env=env, log_path=tmp_path / "server.log", timeout=120.0, script=script)
    try:
        if script == "server.py":
            wait_healthy(base, timeout=180.0, proc=proc, path=READY_PATH)    # model loaded
        ws = seed_workspace(db_file, [("Primeira visita", SOURCE, TARGET)], theme="dark", language="en")
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        page.goto(f"{base}/historico?w={ws.key}")     # the very first page this server runs
        # the workspace's language (the shell loads the preferences) and the shell's own sidebar
        expect(page.get_by_role("heading", name="History")).to_be_visible(timeout=90_000)
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text("NET-EST", exact=True)).to_be_visible()
        expect(sidebar.get_by_text(re.compile(r"^historico$"))).to_have_count(0)   # not the bare file list
        # the workspace's dark theme reaches every part of the date input (it kept a light box)
        box = page.get_by_test_id("stDateInput").first
        expect(box).to_be_visible()
        page.wait_for_timeout(500)
        backgrounds = box.evaluate(
            "el => [...el.querySelectorAll('div, input')].map(e => getComputedStyle(e).backgroundColor)"
            ".filter(c => c !== 'rgba(0, 0, 0, 0)')")
        assert backgrounds and set(backgrounds) == {_rgb(PALETTES["dark"]["input"])}, backgrounds
        # its empty "yyyy-mm-dd" segments are readable on that box (they kept the light theme's slate)
        empty = box.evaluate("el => [...el.querySelectorAll(\"span[data-placeholder='true']\")]"
                             ".map(e => getComputedStyle(e).color)")
        assert empty and set(empty) == {_rgb(PALETTES["dark"]["placeholder"])}, empty
        # the history grid (a canvas in the base light theme's colours) is dark too: it was a
        # white table on the dark page
        grid = page.get_by_test_id("stDataFrame").first
        expect(grid).to_be_visible()
        page.wait_for_timeout(500)
        shot = Image.open(io.BytesIO(grid.screenshot())).convert("L")
        assert ImageStat.Stat(shot).mean[0] < 100, ImageStat.Stat(shot).mean
        page.close()
    finally:
        stop_server(proc)
