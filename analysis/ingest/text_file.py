"""Plain-text files (.txt, .md): find the encoding a researcher's editor used.

Why so many cases: Portuguese texts arrive as UTF-8, UTF-8 with a BOM, UTF-16 from Word's
"Unicode text", cp1252 from Notepad on Windows; binary files renamed to .txt must be refused
with a message instead of filling the text box with noise.
"""
from __future__ import annotations

import re

from analysis.types import InputError, msg

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _binary_error(name: str) -> InputError:
    return InputError.of(msg("input.binary_file", name=name), "binary_file")


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


def _decode_with_bom(data: bytes, name: str) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise InputError.of(msg("input.bad_encoding", name=name, encoding=enc.upper()),
                                    "encoding") from None
            return text.lstrip("\ufeff")
    return None


def _decode_legacy(data: bytes) -> str:
    # Legacy Windows/Latin encodings: cp1252 is a superset of latin-1's printable range and is
    # what Word/Notepad on Portuguese Windows write; latin-1 decodes any byte left over.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - detector failure just means "unknown"
        best = None
    return str(best) if best is not None else data.decode("latin-1")


def decode_text_bytes(data: bytes, name: str = "arquivo") -> str:
    """Decode a text file: BOMs, UTF-8, UTF-16 without BOM, then cp1252/latin-1.

    Binary content (NULs, many control bytes, undecodable bytes) raises ``binary_file``.
    """
    text = _decode_with_bom(data, name)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None and b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 is None:
            raise _binary_error(name)
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            raise _binary_error(name) from None
    if text is None:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if controls > max(2, len(data) // 100):
            raise _binary_error(name)
        text = _decode_legacy(data)
    if _looks_binary_decoded(text):
        raise _binary_error(name)
    return text
