"""Word .docx: paragraphs and table cells in document order."""
from __future__ import annotations

import io
from typing import Any

from analysis.ingest.containers import corrupt_error, join_blocks


def read_docx(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises many types for broken packages
        raise corrupt_error(name, "docx") from None

    blocks: list[str] = []
    tag_p, tag_tbl, tag_sdt, tag_content = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
    tag_tr, tag_tc = qn("w:tr"), qn("w:tc")

    def walk(parent_el: Any, parent: Any) -> None:
        # Iterate the body XML children so paragraphs and tables keep document order.
        for child in parent_el.iterchildren():
            if child.tag == tag_p:
                blocks.append(Paragraph(child, parent).text)
            elif child.tag == tag_tbl:
                # rows and cells straight from the XML: a merged cell appears once
                table = Table(child, parent)
                for tr in child.iterchildren(tag_tr):
                    for tc in tr.iterchildren(tag_tc):
                        walk(tc, table)
            elif child.tag == tag_sdt:
                content = child.find(tag_content)
                if content is not None:
                    walk(content, parent)

    try:
        walk(document.element.body, document)
    except Exception:  # noqa: BLE001
        raise corrupt_error(name, "docx") from None
    return join_blocks(blocks)
