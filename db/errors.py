"""Typed errors raised by the persistence layer, each carrying a Portuguese message.

Why typed: pages show ``err.message`` as is and never a traceback. ``ReviewError`` extends
``analysis.types.InputError`` so one ``except InputError`` in the UI covers bad texts and bad
review actions alike; ``DatabaseUnavailable`` is separate because the researcher's remedy is
different (try again later, nothing was lost). Its ``kind`` says the real cause (``classify``):
a full disk is not an unreachable server, and the researcher and the operator are told which.
"""
from __future__ import annotations

import errno
import os

from analysis.types import InputError

UNAVAILABLE_MESSAGE = "Não foi possível salvar; nada foi perdido, tente novamente."
DISK_FULL_MESSAGE = ("Não foi possível salvar: o disco do banco de dados está cheio. Nada foi perdido; "
                     "avise quem mantém o NET-EST e tente novamente depois.")
READ_ONLY_MESSAGE = ("Não foi possível salvar: o banco de dados só aceita leitura agora. Nada foi perdido; "
                     "tente novamente depois.")

#: what went wrong, for the page, the sidebar, the logs and the metrics
KIND_UNAVAILABLE = "unavailable"      # server down, connection lost, timeout, lock wait exceeded
KIND_DISK_FULL = "disk_full"          # SQLITE_FULL, ENOSPC/EDQUOT/EFBIG, PostgreSQL 53100
KIND_READ_ONLY = "read_only"          # SQLITE_READONLY, PostgreSQL 25006 (standby)

MESSAGES = {KIND_UNAVAILABLE: UNAVAILABLE_MESSAGE, KIND_DISK_FULL: DISK_FULL_MESSAGE,
            KIND_READ_ONLY: READ_ONLY_MESSAGE}

_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR = 13, 8, 10     # primary result codes (extended & 0xFF)
#: below this much free space next to a SQLite file, saving is treated as impossible
MIN_FREE_BYTES = 1 << 20


class ReviewError(InputError):
    """An action the researcher asked for is not valid (unknown code, span out of bounds...)."""

    def __init__(self, message: str, code: str = "invalid_review_action") -> None:
        super().__init__(message, code)


class NotFound(ReviewError):
    """The row does not exist *in this workspace* (we never say whether it exists elsewhere)."""

    def __init__(self, message: str = "Registro não encontrado neste espaço de trabalho.",
                 code: str = "not_found") -> None:
        super().__init__(message, code)


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or the write failed; the transaction was rolled back.

    ``kind`` is one of ``KIND_*``; the default message follows it.
    """

    def __init__(self, message: str | None = None, code: str = "database_unavailable",
                 kind: str = KIND_UNAVAILABLE) -> None:
        message = message or MESSAGES.get(kind, UNAVAILABLE_MESSAGE)
        super().__init__(message)
        self.message = message
        self.code = code
        self.kind = kind


def _chain(err: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [err]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 10:
            continue
        seen.append(e)
        todo.extend([getattr(e, "orig", None), e.__cause__, e.__context__])
    return seen


def sqlstate(err: BaseException) -> str | None:
    """The PostgreSQL SQLSTATE anywhere in the error's chain (psycopg's ``sqlstate``)."""
    for e in _chain(err):
        code = getattr(e, "sqlstate", None) or getattr(e, "pgcode", None)
        if isinstance(code, str) and code:
            return code
    return None


def sqlite_file_cannot_grow(path: str | None) -> bool:
    """True when a SQLite file at ``path`` cannot grow: its file system has less than
    ``MIN_FREE_BYTES`` free, or the process's file-size limit (RLIMIT_FSIZE) is reached.

    Why: SQLite reports a refused ``write()`` other than ENOSPC (EFBIG from a file-size limit,
    EDQUOT) as a generic "disk I/O error"; the file system says which it was.
    """
    if not path or path == ":memory:" or path.startswith("file:"):
        return False
    try:
        st = os.statvfs(os.path.dirname(os.path.abspath(path)) or ".")
        if st.f_bavail * st.f_frsize < MIN_FREE_BYTES:
            return True
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            biggest = max((os.path.getsize(p) for p in (path, path + "-wal", path + "-journal")
                           if os.path.exists(p)), default=0)
            return biggest + MIN_FREE_BYTES // 16 >= soft
    except (OSError, ValueError, ImportError):
        return False
    return False


def classify(err: BaseException, sqlite_path: str | None = None) -> str:
    """The kind of a database failure, from codes (never from a translated message alone).

    ``sqlite_path`` (the database file) lets a generic SQLite I/O error be recognised as a
    file that cannot grow (``sqlite_file_cannot_grow``).
    """
    for e in _chain(err):
        if isinstance(e, OSError) and e.errno in _DISK_ERRNOS:
            return KIND_DISK_FULL
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int):
            if code & 0xFF == _SQLITE_FULL:
                return KIND_DISK_FULL
            if code & 0xFF == _SQLITE_READONLY:
                return KIND_READ_ONLY
            if code & 0xFF == _SQLITE_IOERR and sqlite_file_cannot_grow(sqlite_path):
                return KIND_DISK_FULL
        if "database or disk is full" in str(getattr(e, "args", ("",))[:1]):   # sqlite3 before 3.11
            return KIND_DISK_FULL
    state = sqlstate(err)
    if state == "53100":
        return KIND_DISK_FULL
    if state == "25006":
        return KIND_READ_ONLY
    return KIND_UNAVAILABLE
