"""Writing a batch: whole lines, in input order, flushed one by one; and the progress line.

Why whole lines with one ``write`` each: a run killed at any moment (Ctrl-C, ``kill -9``, a
machine that reboots) leaves a file of complete lines, plus at worst one cut-short last line
that ``--resume`` removes (:func:`analysis.batch.inputs.resume_point`). Pairs finish out of order
on several workers; finished lines wait in :class:`OrderedWriter` until every earlier one is out.
"""
from __future__ import annotations

import os
import sys
import time
from typing import BinaryIO, TextIO

from analysis.types import InputError


class LineSink:
    """An output file (or standard output) that takes one complete line at a time."""

    def __init__(self, target: str, append: bool = False) -> None:
        self._stdout: BinaryIO | None = None
        self._fd: int | None = None
        if target == "-":
            self._stdout = sys.stdout.buffer
        else:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(target, flags, 0o644)
            except OSError as exc:
                raise InputError(f"Não foi possível criar o arquivo de saída {target}: "
                                 f"{exc.strerror}", "unwritable") from exc

    def write_line(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        if self._stdout is not None:
            self._stdout.write(data)
            self._stdout.flush()
            return
        view = memoryview(data)
        while view:                      # one write(2) unless the kernel takes less
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class OrderedWriter:
    """Holds lines that finished early until all earlier positions are written."""

    def __init__(self, sink: LineSink) -> None:
        self.sink = sink
        self.next_pos = 0
        self._held: dict[int, str] = {}

    @property
    def held(self) -> int:
        return len(self._held)

    def put(self, pos: int, line: str) -> None:
        self._held[pos] = line
        while self.next_pos in self._held:
            self.sink.write_line(self._held.pop(self.next_pos))
            self.next_pos += 1


def number_pt(x: float, decimals: int = 1) -> str:
    """Brazilian Portuguese number: decimal comma."""
    return f"{x:.{decimals}f}".replace(".", ",")


def rate_pt(rate: float) -> str:
    """Pairs per second, with two decimals below 1 (a slow model still shows a rate)."""
    return number_pt(rate, 2 if rate < 1 else 1)


def duration_pt(seconds: float) -> str:
    """``2 h 05 min``, ``3 min 07 s``, ``12 s``."""
    s = max(0, int(round(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h} h {m:02d} min"
    if m:
        return f"{m} min {s:02d} s"
    return f"{s} s"


class Progress:
    """``[#####-----] 120/1000 pares (2 com erro) · 3,4 pares/s · faltam 4 min 18 s`` on stderr.

    Redrawn at most every ``interval`` seconds (a fast batch must not flood a log) and always
    on the last pair; the rate counts only pairs of this run, so a resumed run estimates right.
    """

    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool = True,
                 interval: float = 0.25) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.interval = interval
        self.started = time.perf_counter()
        self._last = -1e9
        self._drawn = False

    def line(self, done: int, errors: int, now: float | None = None) -> str:
        now = time.perf_counter() if now is None else now
        width = 30
        frac = done / self.total if self.total else 1.0
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        text = f"[{bar}] {done}/{self.total} pares ({errors} com erro) · {rate_pt(rate)} pares/s"
        if done >= self.total:
            text += f" · {duration_pt(elapsed)} no total"
        elif done:
            text += f" · faltam {duration_pt((self.total - done) / rate)}"
        return text

    def update(self, done: int, errors: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < self.total and now - self._last < self.interval:
            return
        self._last = now
        clear = "\033[K" if getattr(self.stream, "isatty", lambda: False)() else ""
        self.stream.write("\r" + self.line(done, errors, now) + clear)
        self.stream.flush()
        self._drawn = True

    def note(self, text: str) -> None:
        """A message on its own line (e.g. a worker that died), not mixed into the bar."""
        if not self.enabled:
            return
        self.stream.write(("\n" if self._drawn else "") + text + "\n")
        self.stream.flush()
        self._drawn = False

    def finish(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
