"""Rules of the review record, free of SQL: which codes, spans and transitions are valid.

Kept apart from the repository so the rules read in one place and every message the
researcher may see is here, in Portuguese.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from analysis.types import AUTOMATIC_CODES, STRATEGY_CODES, encode_message, msg
from db.errors import ReviewError

MAX_COMMENT_CHARS = 5_000
MAX_TITLE_CHARS = 300
EXCERPT_SEPARATOR = " … "

SIDE_NAMES = {"source": "texto de partida", "target": "texto simplificado"}


def check_code(code: str) -> str:
    if code not in STRATEGY_CODES:
        raise ReviewError(
            f"Código de estratégia desconhecido: {code!r}. Use um destes: {', '.join(STRATEGY_CODES)}.",
            "unknown_code")
    return code


def check_machine_code(code: str) -> str:
    if code == "PRO+":
        raise ReviewError("PRO+ só pode ser anotada por pesquisadores, não pela detecção automática.",
                          "machine_pro")
    if code not in AUTOMATIC_CODES:
        check_code(code)
    return code


def check_spans(spans: Sequence[Sequence[int]] | None, text_len: int, side: str) -> list[tuple[int, int]]:
    """``[start, end)`` pairs with 0 <= start < end <= len(text), sorted and de-duplicated."""
    out: list[tuple[int, int]] = []
    for span in spans or ():
        try:
            start, end = span
            if isinstance(start, bool) or isinstance(end, bool):
                raise TypeError
            start, end = int(start), int(end)
            if (start, end) != tuple(span):
                raise TypeError
        except (TypeError, ValueError):
            raise ReviewError(f"Trecho inválido no {SIDE_NAMES[side]}: {span!r}.", "invalid_span") from None
        if not 0 <= start < end <= text_len:
            raise ReviewError(
                f"O trecho {start}–{end} está fora do {SIDE_NAMES[side]} "
                f"(que tem {text_len} caracteres).", "span_out_of_bounds")
        out.append((start, end))
    return sorted(set(out))


def require_some_span(source_spans: list, target_spans: list) -> None:
    if not source_spans and not target_spans:
        raise ReviewError("Marque pelo menos um trecho no texto de partida ou no simplificado.",
                          "no_span")


def check_comment(text: str) -> str:
    text = (text or "").strip()
    if len(text) > MAX_COMMENT_CHARS:
        raise ReviewError(f"O comentário é longo demais (máximo {MAX_COMMENT_CHARS} caracteres).",
                          "comment_too_long")
    return text


def check_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ReviewError("O título não pode ficar vazio.", "empty_title")
    if len(title) > MAX_TITLE_CHARS:
        raise ReviewError(f"O título é longo demais (máximo {MAX_TITLE_CHARS} caracteres).", "title_too_long")
    return title


def default_title(source: str) -> str:
    first = " ".join(source.split())[:80]
    return first or f"Análise de {datetime.now(UTC):%d/%m/%Y %H:%M}"


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for search ("Ação" -> "acao")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_blob(title: str, source: str, target: str) -> str:
    return fold(" | ".join(" ".join(t.split()) for t in (title, source, target)))


def excerpt(text: str, spans: Sequence[Sequence[int]]) -> str:
    return EXCERPT_SEPARATOR.join(text[s:e] for s, e in spans)


def dump_spans(spans: Sequence[Sequence[int]]) -> str:
    return json.dumps([[int(s), int(e)] for s, e in spans])


def load_spans(raw: str) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in json.loads(raw or "[]")]


def version_of(updated_at: datetime | None) -> str:
    """An annotation's version token: when it last changed (every action sets ``updated_at``)."""
    dt = aware(updated_at)
    return dt.astimezone(UTC).isoformat() if dt else ""  # one spelling, whatever the session zone


def stale_error() -> ReviewError:
    return ReviewError("Este item mudou depois que você o viu (em outra aba ou por outra pessoa); "
                       "nada foi alterado. A lista foi atualizada: confira e decida de novo.", "stale")


def check_version(ann, expected: str | None) -> None:  # noqa: ANN001 - db.models.Annotation
    """Refuse an action decided on an older version of the annotation."""
    if expected is not None and version_of(ann.updated_at) != expected:
        raise stale_error()


def aware(dt: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes (stored as UTC); PostgreSQL aware ones."""
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def snapshot(ann: Any) -> dict[str, Any]:
    """What undo needs to restore an annotation exactly."""
    return {
        "status": ann.status,
        "code": ann.code,
        "source_spans": json.loads(ann.source_spans),
        "target_spans": json.loads(ann.target_spans),
        "comment": ann.comment,
        "explanation": ann.explanation,
        "decided_at": ann.decided_at.isoformat() if ann.decided_at else None,
    }


#: longest quote of a span an edited explanation carries (the card shows the span itself)
QUOTE_CHARS = 160


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1].rstrip() + "…"


def edited_explanation(texts: tuple[str, str], source_spans: Sequence[Sequence[int]],
                       target_spans: Sequence[Sequence[int]]) -> str:
    """A span edited by a researcher: the explanation quotes the new span on each side, as a
    message shown in the reader's language (the machine's text stays in the event's "before"
    snapshot, so undo brings it back)."""
    quotes = [msg(f"review.side.{side}", text=_quote(" … ".join(text[a:b] for a, b in spans)))
              for side, text, spans in (("source", texts[0], source_spans), ("target", texts[1], target_spans))
              if spans]
    return encode_message(msg("review.span_edited", quotes=quotes))


def relabelled_explanation(old_code: str, new_code: str) -> str:
    """A machine detection given another code by a researcher says so (both languages)."""
    return encode_message(msg("review.relabelled", old=old_code, new=new_code))


def no_longer_editable(status: str) -> None:
    if status == "deleted":
        raise ReviewError("Esta anotação foi excluída; desfaça a exclusão antes de alterá-la.",
                          "annotation_deleted")
    if status == "superseded":
        raise ReviewError("Esta detecção foi substituída por uma correção do alinhamento; "
                          "decida sobre a nova detecção do grupo corrigido.", "annotation_superseded")
