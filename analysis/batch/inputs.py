"""Reading a batch: the input pairs (streamed, never all in memory) and, for ``--resume``, which
pairs the output file already holds.

Why streamed: a corpus of 100,000 pairs of 500 words is most of a gigabyte of text; the input is
read once to count and once to feed the workers, and only a window of pairs is in flight.

Resuming is keyed by output id with multiplicity: an input whose ids repeat resumes correctly
because the k-th line with an id is skipped only if the output holds k lines with that id.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.batch.work import Task, line_id
from analysis.types import InputError

#: Keys every finished (non-error) output line has, for a pair and for a ``levels`` line;
#: see analysis.contract.
_RESULT_KEYS = frozenset({"source", "target", "alignments", "strategies", "timings"})
_LEVELS_KEYS = frozenset({"levels", "steps", "chain"})


def id_key(item_id: Any) -> str:
    """A hashable, type-preserving key for an id (``1`` and ``"1"`` differ)."""
    return json.dumps(item_id, ensure_ascii=False, sort_keys=True)


def _non_empty_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            n = 0
            for raw in fh:
                if raw.strip():
                    n += 1
                    yield n, raw.rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise InputError("O arquivo de entrada precisa estar em UTF-8 (JSON Lines).", "encoding") from exc
    except OSError as exc:
        raise InputError(f"Não foi possível ler o arquivo {path}: {exc.strerror}", "unreadable") from exc


@dataclass
class BatchInput:
    """The pairs of an input file minus those already done (``done`` from :func:`resume_point`)."""

    path: Path
    done: Counter[str]
    lines: int = 0        # non-empty input lines
    skipped: int = 0      # of which already in the output

    @classmethod
    def open(cls, path: str | Path, done: Counter[str] | None = None) -> BatchInput:
        """Check the file and count its lines (first pass, also validates the encoding)."""
        p = Path(path)
        if not p.is_file():
            raise InputError(f"Arquivo não encontrado: {path}", "file_not_found")
        bi = cls(p, Counter(done or {}))
        for _ in bi._tasks_and_skips():
            pass
        return bi

    @property
    def todo(self) -> int:
        return self.lines - self.skipped

    def tasks(self) -> Iterator[Task]:
        """The pairs to analyse, in input order (second pass)."""
        for t in self._tasks_and_skips():
            if t is not None:
                yield t

    def _tasks_and_skips(self) -> Iterator[Task | None]:
        remaining = Counter(self.done)
        lines = skipped = 0
        for n, line in _non_empty_lines(self.path):
            lines += 1
            if remaining:
                key = id_key(line_id(n, line))
                if remaining[key] > 0:
                    remaining[key] -= 1
                    skipped += 1
                    yield None
                    continue
            yield Task(pos=lines - skipped - 1, n=n, line=line)
        self.lines, self.skipped = lines, skipped


def _complete(record: Any) -> bool:
    return (isinstance(record, dict) and "id" in record
            and ("error" in record or _RESULT_KEYS <= record.keys() or _LEVELS_KEYS <= record.keys()))


def resume_point(path: str | Path) -> Counter[str]:
    """Ids (with multiplicity) of the complete lines of an output file, made safe to append to.

    A last line that is cut short (a run killed mid-write, a full disk) is removed from the
    file; a broken line *before* the last one is not something a batch writes, so it is
    reported instead of guessed at.
    """
    p = Path(path)
    done: Counter[str] = Counter()
    if not p.exists():
        return done
    good_end = 0
    try:
        with p.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                record = None
                if raw.endswith(b"\n") and raw.strip():
                    try:
                        record = json.loads(raw)
                    except ValueError:
                        record = None
                if _complete(record):
                    done[id_key(record["id"])] += 1
                elif raw.strip():
                    if fh.read(1):
                        raise InputError(
                            f"A linha {number} do arquivo de saída {p.name} está corrompida; "
                            "corrija-a ou apague-a antes de retomar.", "bad_output")
                    break
                good_end += len(raw)
    except OSError as exc:
        raise InputError(f"Não foi possível ler o arquivo {p}: {exc.strerror}", "unreadable") from exc
    if good_end != p.stat().st_size:
        os.truncate(p, good_end)
    return done
