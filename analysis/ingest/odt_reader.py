"""OpenDocument .odt: paragraphs, headings, list items and table cells in document order;
footnotes and comments are not part of the running text."""
from __future__ import annotations

import io
from typing import Any

from analysis.ingest.containers import corrupt_error, join_blocks

_ODT_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def read_odt(data: bytes, name: str) -> str:
    try:
        from odf import opendocument

        doc = opendocument.load(io.BytesIO(data))
        body = doc.text
    except Exception:  # noqa: BLE001
        raise corrupt_error(name, "odt") from None
    blocks: list[str] = []
    try:
        _walk(body, blocks)
    except Exception:  # noqa: BLE001
        raise corrupt_error(name, "odt") from None
    return join_blocks(blocks)


def _inline(node: Any, out: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
            continue
        if child.nodeType != child.ELEMENT_NODE:
            continue
        ns, local = child.qname
        if ns == _ODT_TEXT_NS:
            if local == "s":
                out.append(" " * int(child.getAttribute("c") or 1))
                continue
            if local == "tab":
                out.append("\t")
                continue
            if local == "line-break":
                out.append("\n")
                continue
            if local in ("note", "annotation", "tracked-changes"):
                continue  # footnotes and comments are not part of the running text
        _inline(child, out)


def _walk(node: Any, blocks: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        ns, local = child.qname
        if ns == _ODT_TEXT_NS and local in ("p", "h"):
            parts: list[str] = []
            _inline(child, parts)
            blocks.append("".join(parts))
        elif ns == _ODT_TEXT_NS and local in ("tracked-changes", "sequence-decls", "variable-decls"):
            continue
        elif ns == _ODT_TABLE_NS and local in ("table-columns", "table-column"):
            continue
        else:
            # lists, list items, sections, tables, rows and cells all just contain paragraphs
            _walk(child, blocks)
