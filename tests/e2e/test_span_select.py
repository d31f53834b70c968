"""Issue 11 item 18 in Chromium: a span is edited by selecting text with the mouse; after the
save the card shows the new span and an explanation quoting it; Desfazer brings both back."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

from analysis.types import localized
from tests.e2e.helpers import (
    SOURCE,
    TARGET,
    click_analyse,
    fill_texts,
    open_tab,
    wait_app_ready,
    wait_highlights,
)

pytestmark = pytest.mark.browser


def _rows(db_file) -> dict[int, tuple[str, str]]:  # noqa: ANN001
    """{annotation id: (target_spans JSON, explanation)} straight from the server's SQLite file."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return {i: (t, e) for i, t, e in con.execute("SELECT id, target_spans, explanation FROM annotation")}
    finally:
        con.close()


_WORD_RECT = """([box, word]) => {
  // the word's first occurrence outside the item's current spans, as screen coordinates
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // skip the item's current spans, not a choice already made (a try the server heard)
    const mark = n.parentElement.tagName === 'MARK';
    if (mark && !n.parentElement.classList.contains('chosen')) continue;
    const re = new RegExp('\\\\b' + word + '\\\\b');
    const m = re.exec(n.data);
    if (!m) continue;
    const r = document.createRange();
    r.setStart(n, m.index); r.setEnd(n, m.index + word.length);
    // a person scrolls the word into sight first: the passage scrolls inside its box (max 16rem)
    // and the box inside the page, and a drag at a hidden word's coordinates selects nothing
    const first = r.getClientRects()[0], boxRect = box.getBoundingClientRect();
    if (first && (first.top < boxRect.top || first.bottom > boxRect.bottom))
      box.scrollTop += first.top - boxRect.top - boxRect.height / 2;
    const seen = r.getClientRects()[0];
    if (seen && (seen.top < 0 || seen.bottom > window.innerHeight))
      box.scrollIntoView({block: 'center'});
    const rects = r.getClientRects();
    const a = rects[0], b = rects[rects.length - 1];
    return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
  }
  return null;
}"""


def _settled_rect(page, box, word: str):  # noqa: ANN001, ANN202
    """The word's screen rectangle once the layout has stopped moving: the card's tools render
    in steps (captions appear under each side), and a rectangle measured before the last step
    would send the mouse to the line above, as a person's eye would not."""
    last = None
    for _ in range(40):
        rect = page.evaluate(_WORD_RECT, [box.element_handle(), word])
        if rect is not None and rect == last:
            return rect
        last = rect
        page.wait_for_timeout(250)
    return last


def _drag_over(page, box, word: str, attempts: int = 3) -> None:  # noqa: ANN001
    """Drag the mouse over ``word`` until the card says "Seleção: «word»", as a person does: on
    a loaded machine the card can still shift (or rerender) under a drag, which then selects
    nothing or the wrong words; a person looks and selects again. Each try checks what the
    browser selected before waiting for the server."""
    caption = page.get_by_text(f"Seleção: «{word}»")
    tries: list[str] = []                     # what each try saw, for the failure message
    for _ in range(attempts):
        rect = _settled_rect(page, box, word)
        assert rect, word
        page.mouse.move(rect["x1"], rect["y1"])
        page.mouse.down()
        page.mouse.move((rect["x1"] + rect["x2"]) / 2, rect["y1"], steps=4)
        page.mouse.move(rect["x2"], rect["y2"], steps=4)
        page.mouse.up()
        selected = page.evaluate("() => String(window.getSelection())").strip()
        if selected == word:
            try:
                caption.wait_for(timeout=20_000)
                return
            except Exception:  # noqa: BLE001 - the component was rerendered under the drag: try again
                pass
        tries.append(f"rect={rect} browser selected {selected!r}; the page says "
                     f"{page.evaluate(_SAYS_SELECTED)!r}; the box holds {box.inner_text()[:120]!r}")
        page.mouse.click(5, 5)                                        # clear the selection
        wait_app_ready(page)
    try:
        caption.wait_for(timeout=5_000)
    except Exception:  # noqa: BLE001 - say what each try saw, not only the locator's timeout
        report = "\n".join(tries)
        raise AssertionError(f"no 'Seleção: «{word}»' after {attempts} drags:\n{report}") from None


#: every "Seleção: «…»" caption on the page: shows whether the server heard another range
_SAYS_SELECTED = """() => Array.from(document.querySelectorAll('p, div'))
  .filter(e => e.children.length === 0 && e.innerText.startsWith('Seleção:')).map(e => e.innerText)"""


def test_select_a_span_with_the_mouse_save_and_undo(page, app_server):  # noqa: ANN001
    page.goto(app_server.url)
    fill_texts(page, SOURCE, TARGET)
    click_analyse(page)
    wait_highlights(page)
    open_tab(page, "Estratégias")
    page.get_by_text("Reclassificar, comentar, editar trecho").first.click()
    box = page.locator('[data-testid="span-select"][data-side="tgt"]').first
    box.wait_for(timeout=60_000)
    wait_app_ready(page)
    before = _rows(app_server.db)

    # a word of the passage shown, not inside the current span
    text = box.inner_text()
    marked = " ".join(box.locator("mark").all_inner_texts())
    word = next(w for w in re.findall(r"\b\w{5,}\b", text) if w not in marked and TARGET.count(w) == 1)
    box.scroll_into_view_if_needed()
    _drag_over(page, box, word)                                       # the server got the range

    page.get_by_role("button", name="Salvar seleção").first.click()
    quote = f"na versão simplificada «{word}»"
    page.get_by_text(re.compile("Trecho ajustado por um pesquisador:.*" + re.escape(quote))).first.wait_for(
        timeout=30_000)
    after = _rows(app_server.db)
    changed = [i for i in after if after[i] != before[i]]
    assert len(changed) == 1, changed
    aid = changed[0]
    spans = [tuple(s) for s in json.loads(after[aid][0])]
    start = TARGET.index(word)
    assert spans == [(start, start + len(word))]
    assert quote in localized(after[aid][1], "pt-BR")          # stored as a message, in both languages
    assert f"in the simplified version «{word}»" in localized(after[aid][1], "en")
    assert page.get_by_text(word, exact=True).count() >= 1   # the card's target excerpt is the new span

    # undo: the machine's span and explanation come back
    wait_app_ready(page)
    page.get_by_role("button", name=re.compile(r"Desfazer$")).first.click()
    page.wait_for_function(
        "() => !document.body.innerText.includes('Trecho ajustado por um pesquisador')", timeout=30_000)
    assert _rows(app_server.db)[aid] == before[aid]
