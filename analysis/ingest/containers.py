"""Zip containers (.docx, .odt): refuse bombs and broken packages before anything is inflated."""
from __future__ import annotations

import io
import zipfile

from analysis.types import InputError

_MAX_ZIP_MEMBERS = 5000


def corrupt_error(name: str, kind: str) -> InputError:
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
        raise corrupt_error(name, "documento") from None


def join_blocks(blocks: list[str]) -> str:
    """One block per paragraph, separated by a blank line; empty blocks dropped."""
    return "\n\n".join(b.strip() for b in blocks if b.strip())
