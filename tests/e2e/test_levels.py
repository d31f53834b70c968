"""Three levels in the browser (issue 15 §2): a PorSimples excerpt (CC BY 4.0, tests/data/
porsimples_levels) typed as Original → Natural → Forte, analysed as one chain, and its chain view:
the split at the strong level and both steps' strategies. Screenshots at 1400 and 390 px go to
``NETEST_SCREENSHOTS`` when set (for a person to look at)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import _wait_empty_counters, click_analyse, open_tab, wait_app_ready, wait_highlights

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data" / "porsimples_levels"
LEVELS = [("Original (nível 1)", "original"), ("Simplificação natural (nível 2)", "natural"),
          ("Simplificação forte (nível 3)", "forte")]


def _shot(page, name: str) -> None:  # noqa: ANN001
    out = os.environ.get("NETEST_SCREENSHOTS")
    if out:
        page.screenshot(path=str(Path(out) / name), full_page=True)


def test_three_levels_are_analysed_as_one_chain_and_the_chain_view_follows_each_sentence(page, app_server):  # noqa: ANN001
    page.goto(app_server.url)
    page.get_by_label("Texto fonte", exact=True).wait_for(timeout=90_000)
    page.get_by_text("Três níveis (Original → Natural → Forte)").click()
    wait_app_ready(page)
    for left, (label, name) in enumerate(LEVELS):
        box = page.get_by_label(label, exact=True)
        box.wait_for(timeout=60_000)
        box.fill((DATA / f"{name}.txt").read_text(encoding="utf-8").strip())
        box.press("Tab")
        _wait_empty_counters(page, len(LEVELS) - 1 - left)
    click_analyse(page)
    # a chain opens on its chain view; the step under review is chosen above the tabs
    expect(page.get_by_text("Passo revisado")).to_be_visible(timeout=120_000)
    chain = page.locator("div.nx-chain")
    expect(chain).to_be_visible(timeout=60_000)
    expect(chain.locator("div.nx-crow")).to_have_count(4)            # header + 3 original sentences
    last = chain.locator("div.nx-crow").nth(3)
    expect(last).to_contain_text("dividida")                         # split at the strong level
    expect(last).to_contain_text("O trabalho tem como autores")
    expect(page.get_by_text("Legibilidade por nível")).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=60_000)
    _shot(page, "levels_chain_1400.png")
    page.set_viewport_size({"width": 390, "height": 900})
    wait_app_ready(page)
    page.wait_for_timeout(800)
    _shot(page, "levels_chain_390.png")
    # the second step is reviewable on its own
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.get_by_text("Natural → Forte", exact=True).click()
    wait_app_ready(page)
    open_tab(page, "Lado a lado")
    wait_highlights(page)
    open_tab(page, "Estratégias")
    expect(page.get_by_role("button", name=re.compile(r"\bAceitar$")).first).to_be_visible(timeout=60_000)
    _shot(page, "levels_step2_1400.png")
