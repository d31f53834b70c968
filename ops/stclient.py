"""A minimal Streamlit websocket client: drive a running app the way a browser does, without one.

Why: the load benchmark (bench/load.py) and the server tests need real reruns through the real
server (websocket, session manager, script runner), but a headless browser per simulated user
would measure Chromium, not NET-EST. The protocol is Streamlit's own protobufs: the client sends
``BackMsg.rerun_script`` carrying the current widget states, the server streams ``ForwardMsg``
deltas until ``script_finished``. Widget ids are read from the elements the server sends, so the
client needs no knowledge of how ids are computed.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

#: Element fields that are widgets with an ``id`` the client can set
WIDGET_TYPES = (
    "button", "text_area", "text_input", "checkbox", "radio", "selectbox", "multiselect",
    "number_input", "slider", "file_uploader", "download_button", "button_group", "toggle",
)


@dataclass
class Widget:
    kind: str          # Element field name: "button", "text_area", ...
    id: str
    label: str
    proto: Any


@dataclass
class RunResult:
    """What one script run sent back."""

    seconds: float
    status: str                                   # FINISHED_SUCCESSFULLY, ..., or "timeout"
    elements: dict[tuple[int, ...], Any] = field(default_factory=dict)   # delta_path -> Element
    blocks: dict[tuple[int, ...], Any] = field(default_factory=dict)     # delta_path -> Block
    messages: int = 0
    page_hashes: dict[str, str] = field(default_factory=dict)            # page name -> hash

    def of_kind(self, kind: str) -> list[Any]:
        return [getattr(e, kind) for _, e in sorted(self.elements.items()) if e.WhichOneof("type") == kind]

    def texts(self) -> list[str]:
        """Visible text of markdown, headings, alerts, plain text, captions, code and metrics."""
        out: list[str] = []
        for _, el in sorted(self.elements.items()):
            kind = el.WhichOneof("type")
            if kind in ("markdown", "alert", "text", "heading"):
                out.append(getattr(el, kind).body)
            elif kind == "code":
                out.append(el.code.code_text)
            elif kind == "metric":
                out.append(f"{el.metric.label} {el.metric.body}")
            elif kind == "exception":
                out.append(f"{el.exception.type}: {el.exception.message}")
        return out

    def text(self) -> str:
        return "\n".join(self.texts())

    def exceptions(self) -> list[Any]:
        return self.of_kind("exception")

    def alerts(self) -> list[Any]:
        return self.of_kind("alert")

    def tabs(self) -> list[Widget]:
        """Tab containers created with a ``key`` (lazy tabs): state is the selected tab's label.

        ``label`` lists the tab labels, joined by " | ".
        """
        out = []
        for path, block in sorted(self.blocks.items()):
            if block.WhichOneof("type") == "tab_container" and block.tab_container.id:
                labels = [b.tab.label for p, b in sorted(self.blocks.items())
                          if len(p) == len(path) + 1 and p[: len(path)] == path and b.WhichOneof("type") == "tab"]
                out.append(Widget("tabs", block.tab_container.id, " | ".join(labels), block.tab_container))
        return out

    def widgets(self) -> list[Widget]:
        out = []
        for _, el in sorted(self.elements.items()):
            kind = el.WhichOneof("type")
            if kind in WIDGET_TYPES:
                w = getattr(el, kind)
                if getattr(w, "id", ""):
                    out.append(Widget(kind, w.id, getattr(w, "label", ""), w))
        return out

    def widget(self, kind: str, label_contains: str = "", *, enabled: bool = False) -> Widget | None:
        """First widget of ``kind`` whose label contains ``label_contains`` (case-insensitive)."""
        found = self.widgets_like(kind, label_contains, enabled=enabled)
        return found[0] if found else None

    def widgets_like(self, kind: str, label_contains: str = "", *, enabled: bool = False) -> list[Widget]:
        needle = label_contains.lower()
        return [w for w in self.widgets()
                if w.kind == kind and needle in w.label.lower()
                and not (enabled and getattr(w.proto, "disabled", False))]


class StreamlitClient:
    """One browser tab: a websocket session and the widget values it would send."""

    def __init__(self, base_url: str, *, query_string: str = "", timeout: float = 120.0) -> None:
        self.url = base_url.rstrip("/").replace("http://", "ws://").replace("https://", "wss://") + "/_stcore/stream"
        self.query_string = query_string
        self.timeout = timeout
        self.values: dict[str, WidgetState] = {}
        self.page_script_hash = ""
        self.page_hashes: dict[str, str] = {}
        self._ws: Any = None

    async def __aenter__(self) -> StreamlitClient:
        import websockets

        self._ws = await websockets.connect(self.url, subprotocols=["streamlit"], max_size=2**26,
                                            open_timeout=self.timeout, ping_interval=None)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
            self._ws = None

    # widget values the next rerun will carry --------------------------------------------
    def set_text(self, widget: Widget, value: str) -> None:
        self.values[widget.id] = WidgetState(id=widget.id, string_value=value)

    def set_bool(self, widget: Widget, value: bool) -> None:
        self.values[widget.id] = WidgetState(id=widget.id, bool_value=value)

    def set_int(self, widget: Widget, value: int) -> None:
        self.values[widget.id] = WidgetState(id=widget.id, int_value=value)

    async def click(self, button: Widget) -> RunResult:
        """Reruns with the button's trigger set (a trigger is sent once, like the browser)."""
        return await self.rerun(triggers=[button.id])

    async def rerun(self, triggers: list[str] | None = None, page_script_hash: str | None = None) -> RunResult:
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query_string
        cs.page_script_hash = page_script_hash if page_script_hash is not None else self.page_script_hash
        for state in self.values.values():
            cs.widget_states.widgets.append(state)
        for t in triggers or []:
            cs.widget_states.widgets.append(WidgetState(id=t, trigger_value=True))
        started = time.perf_counter()
        await self._ws.send(msg.SerializeToString())
        return await self._collect(started)

    async def _collect(self, started: float) -> RunResult:
        result = RunResult(seconds=0.0, status="timeout")
        deadline = started + self.timeout
        run_started = False
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                break
            try:
                raw = await asyncio.wait_for(self._ws.recv(), timeout=remaining)
            except TimeoutError:
                break
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            result.messages += 1
            kind = fm.WhichOneof("type")
            if kind == "new_session":
                run_started = True
                result.elements.clear()
                result.blocks.clear()
                ns = fm.new_session
                self.page_hashes = {p.page_name: p.page_script_hash for p in ns.app_pages}
                result.page_hashes = dict(self.page_hashes)
                if ns.page_script_hash:
                    self.page_script_hash = ns.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = fm.page_info_changed.query_string    # e.g. the app set ?w=
            elif kind == "navigation":
                nav = fm.navigation
                self.page_hashes = {p.page_name: p.page_script_hash for p in nav.app_pages}
                result.page_hashes = dict(self.page_hashes)
                if nav.page_script_hash:
                    self.page_script_hash = nav.page_script_hash
            elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                result.elements[tuple(fm.metadata.delta_path)] = fm.delta.new_element
            elif kind == "delta" and fm.delta.WhichOneof("type") == "add_block":
                result.blocks[tuple(fm.metadata.delta_path)] = fm.delta.add_block
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished)
                if status == "FINISHED_EARLY_FOR_RERUN" or not run_started:
                    continue          # a rerun superseded this run; keep reading
                result.status = status
                break
        result.seconds = time.perf_counter() - started
        self._remember_defaults(result)
        return result

    def _remember_defaults(self, result: RunResult) -> None:
        """Widgets keep their current value across reruns, as the browser does."""
        for w in result.widgets():
            if w.id in self.values or w.kind in ("button", "download_button"):
                continue
            if w.kind in ("text_area", "text_input"):
                default = w.proto.default if w.proto.HasField("default") else ""
                self.values[w.id] = WidgetState(id=w.id, string_value=default)
