"""Turn what a researcher pastes or uploads into the one text every offset indexes into.

Why one normalisation step up front: highlights, stored annotations and exports are all
``[start, end)`` offsets, so the text must be fixed once (line endings, Unicode form, stray
control characters) and never touched again. Files are parsed in memory only; size and
zip-bomb limits are checked before anything is inflated; every problem becomes an
``InputError`` with a plain Portuguese message and a stable code.
"""
from __future__ import annotations

import io
import re
import statistics
import unicodedata
import zipfile
from typing import Any

from analysis.types import InputError

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".docx", ".odt", ".pdf")

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

# Controls that mean "line/page break" in some exporters (Word's vertical tab, form feed, NEL,
# Unicode line/paragraph separators) become real newlines instead of vanishing and gluing words.
_BREAKS = {"\x0b": "\n", "\x0c": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BREAK_RE = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Every other C0/C1 control (and DEL) except \n and \t, plus byte-order marks anywhere.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")


def normalize_text(text: str) -> str:
    """The canonical text: NFC, ``\\n`` line endings, no control characters, no BOM.

    Paragraph structure (blank lines) is kept exactly; only trailing whitespace at the very end
    is removed. Controls are removed *before* NFC so the result is idempotent.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAK_RE.sub(lambda m: _BREAKS[m.group(0)], text)
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.rstrip()


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def _settings(settings: Any = None) -> Any:
    if settings is not None:
        return settings
    from ops.settings import get_settings

    return get_settings()


def _extension(filename: str) -> str:
    name = (filename or "").strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot >= 0 else ""


def _display_name(filename: str) -> str:
    """Only the last path component, for messages (never used as a path)."""
    name = (filename or "arquivo").replace("\\", "/").rsplit("/", 1)[-1]
    return name[:80] or "arquivo"


def read_file(
    filename: str,
    data: bytes,
    *,
    max_bytes: int | None = None,
    max_uncompressed: int | None = None,
) -> str:
    """Read an uploaded .txt/.md/.docx/.odt/.pdf (bytes in memory) into normalised text."""
    name = _display_name(filename)
    ext = _extension(filename)
    if ext not in SUPPORTED_EXTENSIONS:
        raise InputError(
            f"O formato do arquivo “{name}” não é aceito. Envie um arquivo .txt, .md, .docx, .odt ou .pdf.",
            "unsupported_format",
        )
    if max_bytes is None or max_uncompressed is None:
        s = _settings()
        if max_bytes is None:
            max_bytes = int(s.max_upload_mb) * 1024 * 1024
        if max_uncompressed is None:
            max_uncompressed = int(s.max_uncompressed_mb) * 1024 * 1024
    if len(data) > max_bytes:
        raise InputError(
            f"O arquivo “{name}” tem {len(data) / 1048576:.1f} MB; o limite é "
            f"{max_bytes / 1048576:.0f} MB.",
            "file_too_large",
        )
    if ext in (".txt", ".md"):
        text = decode_text_bytes(data, name)
    elif ext == ".docx":
        _check_zip(data, name, max_uncompressed)
        text = _read_docx(data, name)
    elif ext == ".odt":
        _check_zip(data, name, max_uncompressed)
        text = _read_odt(data, name)
    else:
        text = _read_pdf(data, name)
    return normalize_text(text)


# --- plain text -------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _binary_error(name: str) -> InputError:
    return InputError(
        f"O arquivo “{name}” não parece conter texto (conteúdo binário). "
        "Envie um .txt em texto simples ou use o formato original (.docx, .odt, .pdf).",
        "binary_file",
    )


_BINARY_CHAR_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c")


def _looks_binary_decoded(text: str) -> bool:
    """More than 1% control or replacement characters: not a text file (regex, so it stays fast)."""
    if not text:
        return False
    bad = sum(1 for _ in _BINARY_CHAR_RE.finditer(text))
    return bad > max(2, len(text) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """Name of the UTF-16 variant when NULs sit on one parity of byte positions (ASCII-ish text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text_bytes(data: bytes, name: str = "arquivo") -> str:
    """Decode a text file: BOMs, UTF-8, UTF-16 without BOM, then cp1252/latin-1.

    Binary content (NULs, many control bytes, undecodable bytes) raises ``binary_file``.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(
                    f"Não foi possível ler o arquivo “{name}”: a codificação ({enc.upper()}) está danificada. "
                    "Salve-o novamente como UTF-8.",
                    "encoding",
                ) from None
            if _looks_binary_decoded(text):
                raise _binary_error(name)
            return text.lstrip("\ufeff")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary_decoded(text):
            raise _binary_error(name)
        return text
    if b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 is None:
            raise _binary_error(name)
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            raise _binary_error(name) from None
        if _looks_binary_decoded(text):
            raise _binary_error(name)
        return text
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(data) // 100):
        raise _binary_error(name)
    # Legacy Windows/Latin encodings: cp1252 is a superset of latin-1's printable range and is
    # what Word/Notepad on Portuguese Windows write; latin-1 decodes any byte left over.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
        except Exception:  # noqa: BLE001 - detector failure just means "unknown"
            best = None
        text = str(best) if best is not None else data.decode("latin-1")
    if _looks_binary_decoded(text):
        raise _binary_error(name)
    return text


# --- zip containers (docx, odt) ---------------------------------------------------------------

_MAX_ZIP_MEMBERS = 5000


def _corrupt(name: str, kind: str) -> InputError:
    return InputError(
        f"Não foi possível abrir o arquivo “{name}”: o {kind} parece estar corrompido ou incompleto. "
        "Abra-o no editor, salve novamente e tente de novo.",
        "corrupt_file",
    )


def zip_uncompressed_size(zf: zipfile.ZipFile) -> int:
    """Declared uncompressed size of all members (read from the directory, nothing inflated)."""
    return sum(max(0, info.file_size) for info in zf.infolist())


def _bomb_error(name: str, limit: int) -> InputError:
    return InputError(
        f"O arquivo “{name}” descompactado passaria de {limit / 1048576:.0f} MB e foi recusado por segurança.",
        "decompression_bomb",
    )


def _check_zip(data: bytes, name: str, max_uncompressed: int) -> None:
    kind = "documento"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_ZIP_MEMBERS or zip_uncompressed_size(zf) > max_uncompressed:
                raise _bomb_error(name, max_uncompressed)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _corrupt(name, kind) from None


# --- docx -------------------------------------------------------------------------------------


def _read_docx(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises many types for broken packages
        raise _corrupt(name, "documento .docx") from None

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
        raise _corrupt(name, "documento .docx") from None
    return _join_blocks(blocks)


def _join_blocks(blocks: list[str]) -> str:
    """One block per paragraph, separated by a blank line; empty blocks dropped."""
    out = []
    for b in blocks:
        b = b.strip()
        if b:
            out.append(b)
    return "\n\n".join(out)


# --- odt --------------------------------------------------------------------------------------


def _read_odt(data: bytes, name: str) -> str:
    try:
        from odf import opendocument

        doc = opendocument.load(io.BytesIO(data))
        body = doc.text
    except Exception:  # noqa: BLE001
        raise _corrupt(name, "documento .odt") from None
    blocks: list[str] = []
    try:
        _odt_walk(body, blocks)
    except Exception:  # noqa: BLE001
        raise _corrupt(name, "documento .odt") from None
    return _join_blocks(blocks)


_ODT_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _odt_inline(node: Any, out: list[str]) -> None:
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
        _odt_inline(child, out)


def _odt_walk(node: Any, blocks: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        ns, local = child.qname
        if ns == _ODT_TEXT_NS and local in ("p", "h"):
            parts: list[str] = []
            _odt_inline(child, parts)
            blocks.append("".join(parts))
        elif ns == _ODT_TEXT_NS and local in ("tracked-changes", "sequence-decls", "variable-decls"):
            continue
        elif ns == _ODT_TABLE_NS and local in ("table-columns", "table-column"):
            continue
        else:
            # lists, list items, sections, tables, rows and cells all just contain paragraphs
            _odt_walk(child, blocks)


# --- pdf --------------------------------------------------------------------------------------

_FINAL_PUNCT = ".!?…:;\"”»)"


def _read_pdf(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception:  # noqa: BLE001
        raise InputError(
            f"Não foi possível abrir o PDF “{name}”: o arquivo parece estar corrompido ou incompleto.",
            "corrupt_file",
        ) from None
    if encrypted:
        ok = False
        try:  # PDFs with only an owner password (e.g. "no printing") open with an empty one
            ok = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001
            ok = False
        if not ok:
            raise InputError(
                f"O PDF “{name}” está protegido por senha. Remova a proteção e envie novamente.",
                "encrypted_pdf",
            )
    pages: list[str] = []
    try:
        for page in reader.pages:
            pages.append(_pdf_page_text(page))
    except Exception:  # noqa: BLE001
        raise InputError(
            f"Não foi possível extrair o texto do PDF “{name}”: o arquivo parece estar corrompido.",
            "corrupt_file",
        ) from None
    text = pdf_pages_to_text(pages)
    if len(re.findall(r"\w", text)) < 3:
        raise InputError(
            f"O PDF “{name}” não tem camada de texto: parece ser digitalizado (imagem). "
            "É preciso passar um OCR no arquivo ou enviar o texto em outro formato.",
            "scanned_pdf",
        )
    return text


def _pdf_page_text(page: Any) -> str:
    """The page's text lines, with a blank line wherever the vertical gap between two lines is
    clearly larger than the page's usual line spacing (that gap is how PDFs show paragraphs)."""
    chunks: list[tuple[str, float | None]] = []
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any) -> None:
        if text:
            try:
                y = float(tm[5]) * float(cm[3]) + float(cm[5])
                if text.strip():
                    sizes.append(abs(float(size) * float(tm[3]) * float(cm[3])))
            except (TypeError, ValueError, IndexError):
                y = None
            chunks.append((text, y))

    plain = page.extract_text(visitor_text=visit) or ""
    lines: list[str] = [""]
    ys: list[float | None] = [None]
    for text, y in chunks:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k > 0:
                lines.append("")
                ys.append(None)
            if part:
                lines[-1] += part
                if ys[-1] is None:
                    ys[-1] = y
    if "\n".join(lines).split() != plain.split():
        return plain  # the visitor saw something else: trust the plain extraction
    gaps = [
        ys[i - 1] - ys[i]
        for i in range(1, len(lines))
        if ys[i] is not None and ys[i - 1] is not None and ys[i - 1] - ys[i] > 0
    ]
    if len(gaps) < 2:
        return "\n".join(lines)
    # usual line spacing: the median gap, but never more than 1.6x the font size (a document
    # where every paragraph is a single line has only paragraph gaps)
    spacing = statistics.median(gaps)
    if sizes and statistics.median(sizes) > 0:
        spacing = min(spacing, 1.6 * statistics.median(sizes))
    out: list[str] = []
    prev_y: float | None = None
    for line, y in zip(lines, ys, strict=True):
        if not line.strip():
            continue
        if prev_y is not None and y is not None and (prev_y - y) > 1.35 * spacing:
            out.append("")
        out.append(line)
        if y is not None:
            prev_y = y
    return "\n".join(out)


def pdf_pages_to_text(pages: list[str]) -> str:
    """Rebuild paragraphs from PDF text lines.

    Why heuristics: a PDF stores positioned lines, not paragraphs. A line that ends a sentence and
    is clearly shorter than the page's typical line closes a paragraph; a blank line always does;
    a short unpunctuated line followed by a capitalised one is a heading; a hyphen at line end
    before a lowercase letter joins the word back; a line holding only a number (page number) is
    dropped.
    """
    lines: list[str] = []
    for page_text in pages:
        # runs of spaces inside a PDF line are layout (justification), not text
        page_lines = [" ".join(ln.split()) for ln in page_text.replace("\r", "\n").split("\n")]
        # drop page numbers at the top/bottom of the page
        while page_lines and (not page_lines[-1] or page_lines[-1].isdigit()):
            page_lines.pop()
        while page_lines and (not page_lines[0] or page_lines[0].isdigit()):
            page_lines.pop(0)
        lines.extend(page_lines)
        lines.append("\f")  # page boundary marker
    lengths = [len(ln) for ln in lines if ln and ln != "\f"]
    if not lengths:
        return ""
    typical = statistics.median(sorted(lengths)[len(lengths) // 2 :])  # median of the longer half

    paragraphs: list[str] = []
    current = ""

    def close() -> None:
        nonlocal current
        if current.strip():
            paragraphs.append(current.strip())
        current = ""

    for i, ln in enumerate(lines):
        if ln == "\f":
            if current.rstrip().endswith(tuple(".!?…")):
                close()
            continue
        if not ln:
            close()
            continue
        nxt = next((x for x in lines[i + 1 :] if x and x != "\f"), "")
        if current.endswith("-") and ln[:1].islower():
            current = current[:-1] + ln
        elif current:
            current = current + " " + ln
        else:
            current = ln
        short = len(ln) < 0.75 * typical
        ends_sentence = ln.endswith(tuple(_FINAL_PUNCT))
        next_starts_upper = bool(nxt) and (nxt[:1].isupper() or nxt[:1] in "—–-\"“«" or nxt[:1].isdigit())
        if short and next_starts_upper:
            # a short last line of a paragraph, or a heading line of its own
            if ends_sentence or current == ln:
                close()
    close()
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------
# Checks on pasted or read text
# ---------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")
#: A stretch without sentence punctuation, as the segmenter sees it: a single line break does
#: not end a sentence (wrapped lines are joined), a blank line or a list/dialogue marker does.
#: So 5,000 one-word lines are one 5,000-word "sentence" and deserve the warning below.
_CHUNK_RE = re.compile(r"(?:[^.!?…;:\n]|\n(?![ \t]*\n)(?![ \t]*(?:[-–—•*▪◦]|\d{1,3}[.)])\s))+")
#: A stretch longer than this many words without any sentence punctuation deserves a warning.
LONG_UNPUNCTUATED_WORDS = 120


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD_RE.finditer(text))


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _has_visible(text: str) -> bool:
    """True when the text has a character a reader can see: whitespace and invisible format
    characters (zero-width space, word joiner, soft hyphen...) alone look empty in the text box,
    so analysing them would only produce a confusing result."""
    stripped = text.strip()
    return any(unicodedata.category(c) != "Cf" and not c.isspace() for c in stripped[:1000]) or (
        len(stripped) > 1000 and any(unicodedata.category(c) != "Cf" and not c.isspace() for c in stripped))


def check_text(text: str, label: str, settings: Any = None) -> list[str]:
    """Refuse empty or oversized text (InputError); return Portuguese warnings for soft problems.

    ``label`` is ``"fonte"`` or ``"simplificado"`` and appears in the messages.
    """
    s = _settings(settings)
    if text is None or not _has_visible(text):
        raise InputError(f"O texto {label} está vazio.", "empty_text")
    n_chars = len(text)
    if n_chars > s.max_text_chars:
        raise InputError(
            f"O texto {label} tem {_fmt(n_chars)} caracteres; o limite é {_fmt(s.max_text_chars)}. "
            "Divida o texto em partes menores.",
            "too_long",
        )
    n_words = count_words(text)
    if n_words > s.max_text_words:
        raise InputError(
            f"O texto {label} tem {_fmt(n_words)} palavras; o limite é {_fmt(s.max_text_words)}. "
            "Divida o texto em partes menores.",
            "too_long",
        )
    warnings: list[str] = []
    longest = 0
    for m in _CHUNK_RE.finditer(text):
        longest = max(longest, count_words(m.group(0)))
    if longest > LONG_UNPUNCTUATED_WORDS:
        warnings.append(
            f"O texto {label} tem um trecho de {longest} palavras sem pontuação final: "
            "a divisão em frases pode ficar imprecisa."
        )
    if "\ufffd" in text:
        warnings.append(
            f"O texto {label} contém caracteres ilegíveis (�): confira a codificação do arquivo original."
        )
    return warnings


def _comparable(text: str) -> str:
    return " ".join(normalize_text(text).split())


def check_pair(source: str, target: str, settings: Any = None) -> list[str]:
    """Check both texts (errors raise) and warn about pairs that look wrong."""
    from analysis.language import looks_portuguese

    warnings = check_text(source, "fonte", settings) + check_text(target, "simplificado", settings)
    if _comparable(source) == _comparable(target):
        warnings.append("Os dois textos são idênticos: não há simplificação a analisar.")
    n_src, n_tgt = count_words(source), count_words(target)
    if n_src >= 30 or n_tgt >= 30:
        ratio = (n_tgt + 1) / (n_src + 1)
        if ratio > 3 or ratio < 0.25:
            warnings.append(
                f"Os textos têm tamanhos muito diferentes ({_fmt(n_src)} palavras no fonte, "
                f"{_fmt(n_tgt)} no simplificado): confira se formam um par."
            )
    for label, text in (("fonte", source), ("simplificado", target)):
        if not looks_portuguese(text):
            warnings.append(
                f"O texto {label} não parece estar em português: os resultados podem não fazer sentido."
            )
    return warnings
