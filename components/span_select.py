"""Choosing a span by selecting text with the mouse (issue 11 item 18).

Why a custom component: Streamlit has no widget that reports a text selection. A small
``st.components.v2`` component (inline JavaScript, no build step, no network) draws the passage
around the item's spans, with the current span marked, and reports the character range the
researcher selects; the page saves it like any other decision. The offsets are computed in the
browser from the rendered text (``white-space: pre-wrap`` keeps it identical to the stored text),
so a highlight lands exactly on what was selected. Without JavaScript the card's offset inputs
stay available.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import streamlit as st

#: characters of context shown around the item's spans (whole sentences are not needed: the
#: researcher widens a span by a word or two, rarely by a paragraph)
CONTEXT = 400

_CSS = """
.netest-spansel { white-space: pre-wrap; line-height: 1.7; padding: .5rem .75rem;
  border: 1px solid rgba(128,128,128,.6); border-radius: .5rem; max-height: 16rem; overflow-y: auto;
  overflow-wrap: anywhere; cursor: text; color: inherit; background: transparent; }
.netest-spansel mark { background: rgba(250, 204, 21, .35); color: inherit; padding: 0;
  outline: 1px solid rgba(202, 138, 4, .8); }
.netest-spansel mark.chosen { background: rgba(59, 130, 246, .35); outline: 1px solid rgba(59, 130, 246, .9); }
"""

_JS = """
export default function(component) {
  const { data, setStateValue, parentElement } = component;
  let box = parentElement.querySelector('.netest-spansel');
  if (!box) { box = document.createElement('div'); box.className = 'netest-spansel';
              box.tabIndex = 0; parentElement.appendChild(box); }
  box.setAttribute('data-testid', 'span-select');
  box.setAttribute('data-side', data.side);
  box.setAttribute('aria-label', data.label);
  box.innerHTML = data.html;
  const offsetOf = (node, off) => {
    const r = document.createRange();
    r.selectNodeContents(box);
    r.setEnd(node, off);
    return r.toString().length;
  };
  const report = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const rg = sel.getRangeAt(0);
    if (!box.contains(rg.startContainer) || !box.contains(rg.endContainer)) return;
    let a = offsetOf(rg.startContainer, rg.startOffset), b = offsetOf(rg.endContainer, rg.endOffset);
    if (b < a) [a, b] = [b, a];
    if (b <= a) return;
    const key = `${data.base + a}-${data.base + b}`;
    if (box.dataset.last === key) return;      // the same selection reported twice (mouseup + change)
    box.dataset.last = key;
    // a new gesture over the same words is a new value: a person who selects again because
    // nothing seemed to happen is heard again
    const gesture = Number(box.dataset.gesture || 0);
    setStateValue('selection', { start: data.base + a, end: data.base + b, gesture });
  };
  // a new drag (or long press) starts a new gesture: its selection is reported even when it
  // covers the same words as the last one
  const fresh = () => { delete box.dataset.last; box.dataset.gesture = String(Number(box.dataset.gesture || 0) + 1); };
  box.onmousedown = fresh;
  box.ontouchstart = fresh;
  box.onmouseup = report;
  box.onkeyup = report;
  box.addEventListener('netest-select', report);
  // a phone selects by a long press and handles, with no mouseup: follow the selection itself
  let timer = null;
  const onChange = () => { clearTimeout(timer); timer = setTimeout(report, 600); };
  document.addEventListener('selectionchange', onChange);
  return () => { clearTimeout(timer); document.removeEventListener('selectionchange', onChange); };
}
"""

_COMPONENT = None


def _component():
    """Registered once per process (a second registration under the same name only warns)."""
    global _COMPONENT
    if _COMPONENT is None:
        _COMPONENT = st.components.v2.component("netest_span_select", css=_CSS, js=_JS,
                                                isolate_styles=False)
    return _COMPONENT


@dataclass(frozen=True)
class Window:
    """The stretch of ``text`` shown: ``[start, end)``, covering every span with context."""

    start: int
    end: int


def window_for(text: str, spans: tuple[tuple[int, int], ...], context: int = CONTEXT) -> Window:
    """Context around ``spans`` (or the text's start when there are none), cut at whitespace."""
    if spans:
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    else:
        lo, hi = 0, 0
    start, end = max(0, lo - context), min(len(text), hi + context)
    if start > 0:
        cut = text.find(" ", start)
        start = cut + 1 if 0 <= cut < lo else start
    if end < len(text):
        cut = text.rfind(" ", hi, end)
        end = cut if cut > hi else end
    return Window(start, end)


def marked_html(text: str, window: Window, spans: tuple[tuple[int, int], ...],
                chosen: tuple[int, int] | None) -> str:
    """The window's text, escaped, with the current spans (and a new choice) marked. Marks never
    add characters, so offsets counted in the browser are offsets into ``text``."""
    bounds: list[tuple[int, int, str]] = [(max(s, window.start), min(e, window.end), "")
                                          for s, e in spans if e > window.start and s < window.end]
    if chosen is not None:
        bounds = [(max(chosen[0], window.start), min(chosen[1], window.end), "chosen")]
    bounds.sort()
    out, pos = [], window.start
    for s, e, cls in bounds:
        if s < pos:
            continue      # overlapping spans: the first one is marked
        out.append(html.escape(text[pos:s]))
        attr = f' class="{cls}"' if cls else ""
        out.append(f"<mark{attr}>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:window.end]))
    return "".join(out)


def selection_of(state_key: str) -> tuple[int, int] | None:
    """The range last selected in the component mounted under ``state_key``, or None."""
    value: Any = st.session_state.get(state_key)
    sel = value.get("selection") if hasattr(value, "get") else None
    if not sel:
        return None
    try:
        a, b = int(sel["start"]), int(sel["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (a, b) if b > a else None


def span_select(text: str, spans: tuple[tuple[int, int], ...], side: str, label: str, key: str) -> None:
    """Draw the passage of ``text`` around ``spans``; the researcher's selection is then
    :func:`selection_of` ``key`` (absolute offsets into ``text``)."""
    window = window_for(text, spans)
    chosen = selection_of(key)
    if chosen is not None and not (window.start <= chosen[0] < chosen[1] <= window.end):
        chosen = None
    _component()(key=key, data={"html": marked_html(text, window, spans, chosen), "base": window.start,
                                "side": side, "label": label},
                 on_selection_change=lambda: None)
