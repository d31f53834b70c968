"""Typed errors raised by the persistence layer, each carrying a Portuguese message.

Why typed: pages show ``err.message`` as is and never a traceback. ``ReviewError`` extends
``analysis.types.InputError`` so one ``except InputError`` in the UI covers bad texts and bad
review actions alike; ``DatabaseUnavailable`` is separate because the researcher's remedy is
different (try again later, nothing was lost).
"""
from __future__ import annotations

from analysis.types import InputError

UNAVAILABLE_MESSAGE = "Não foi possível salvar; nada foi perdido, tente novamente."


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
    """The database could not be reached or the write failed; the transaction was rolled back."""

    def __init__(self, message: str = UNAVAILABLE_MESSAGE, code: str = "database_unavailable") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
