"""Zip containers (.docx, .odt): refuse bombs and broken packages before anything is inflated."""
from __future__ import annotations

import io
import zipfile

from analysis.types import InputError, msg

_MAX_ZIP_MEMBERS = 5000


def corrupt_error(name: str, kind: str) -> InputError:
    """``kind``: ``"docx"``, ``"odt"`` or ``"document"`` (named in the researcher's language)."""
    return InputError.of(msg("input.corrupt_file", name=name, kind=msg(f"input.kind.{kind}")),
                         "corrupt_file")


def zip_uncompressed_size(zf: zipfile.ZipFile) -> int:
    """Declared uncompressed size of all members (read from the directory, nothing inflated)."""
    return sum(max(0, info.file_size) for info in zf.infolist())


def _bomb_error(name: str, limit: int) -> InputError:
    return InputError.of(msg("input.decompression_bomb", name=name, limit=round(limit / 1048576)),
                         "decompression_bomb")


def check_zip(data: bytes, name: str, max_uncompressed: int) -> None:
    """Raise ``decompression_bomb`` or ``corrupt_file`` from the zip directory alone."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_ZIP_MEMBERS or zip_uncompressed_size(zf) > max_uncompressed:
                raise _bomb_error(name, max_uncompressed)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise corrupt_error(name, "document") from None


def join_blocks(blocks: list[str]) -> str:
    """One block per paragraph, separated by a blank line; empty blocks dropped."""
    return "\n\n".join(b.strip() for b in blocks if b.strip())
