"""Issue 15 follow-ups in the browser: the Alinhamento view's correction history undone one
correction per click back to the machine's alignment, and a corpus .zip with three files of one
name run as a chain whose every step the overview lists. Screenshots go to
``NETEST_SCREENSHOTS`` when set (for a person to look at)."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import open_tab, wait_app_ready
from tests.e2e.seed import seed_workspace
from tests.e2e.test_levels import DATA, _shot

pytestmark = pytest.mark.browser


def _groups(repo, aid):  # noqa: ANN001
    return [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments]


def test_corrections_are_listed_and_undone_one_per_click(page, app_server):  # noqa: ANN001
    from services.alignment_correction import Correction, correct_alignment
    from tests.test_realign import SOURCE, TARGET

    ws = seed_workspace(app_server.db, [("Biblioteca", SOURCE, TARGET)])
    aid = ws.ids[0]
    machine = _groups(ws.repo, aid)
    assert correct_alignment(ws.repo, aid, Correction("merge", ("s2", "s3"), ("t2",))).ok
    merged = _groups(ws.repo, aid)
    assert correct_alignment(ws.repo, aid, Correction("omitted", ("s4",), ())).ok
    page.goto(f"{app_server.url}/?w={ws.key}&a={aid}")
    wait_app_ready(page)
    open_tab(page, "Alinhamento")
    page.get_by_text("Corrigir o alinhamento").click()
    history = page.get_by_text("Correções deste alinhamento")
    expect(history).to_be_visible(timeout=60_000)
    items = page.locator('[data-testid="stExpander"] li')
    expect(items.first).to_have_text("Marcar como omitida · s4 ↔ —", timeout=60_000)   # the next to undo
    expect(items.nth(1)).to_have_text("Juntar grupos · s2, s3 ↔ t2")
    _shot(page, "realign_history_1400.png", history)
    undo = page.get_by_role("button", name=re.compile("Desfazer a última correção"))
    wait_app_ready(page)   # (a click during a rerun may be lost on a loaded machine)
    undo.click()
    # what stays on screen, not the toast that fades: the undone correction struck through
    expect(items.locator("del")).to_have_count(1, timeout=60_000)
    wait_app_ready(page)
    assert _groups(ws.repo, aid) == merged
    undo.click()
    expect(items.locator("del")).to_have_count(2, timeout=60_000)             # both struck through
    wait_app_ready(page)
    assert _groups(ws.repo, aid) == machine
    expect(undo).to_be_disabled()
    _shot(page, "realign_history_undone_1400.png", page.get_by_text("Correções deste alinhamento"))


def test_a_three_level_zip_runs_as_a_chain_in_the_corpus_page(page, app_server):  # noqa: ANN001
    ws = seed_workspace(app_server.db, [])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for member, level in (("ps142.txt", "original"), ("ps142-natural.txt", "natural"),
                              ("ps142-strong.txt", "forte")):
            zf.writestr(member, (DATA / f"{level}.txt").read_text(encoding="utf-8"))
    page.goto(f"{app_server.url}/corpus?w={ws.key}")
    wait_app_ready(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "niveis.zip", "mimeType": "application/zip", "buffer": buf.getvalue()}])
    expect(page.get_by_text("par(es)")).to_be_visible(timeout=60_000)
    page.get_by_role("button", name=re.compile("Analisar corpus")).click()
    expect(page.get_by_text("Corpus analisado")).to_be_visible(timeout=180_000)
    wait_app_ready(page)
    corpus = ws.repo.list_corpora()[0]
    head = ws.repo.get_analysis(ws.repo.corpus_items(corpus.id)[0].analysis_id)
    assert head.levels["levels"] == ["original", "natural", "forte"] and len(head.levels["steps"]) == 2
    table = page.locator('[data-testid="stDataFrame"]').last
    expect(table).to_be_visible()
    _shot(page, "corpus_levels_1400.png", table)
