"""Read a whole corpus of (source, simplified) pairs from one upload: .zip, .csv or .jsonl.

Why problems are collected instead of raised: a researcher uploading 200 pairs wants the 198 good
ones analysed and a clear list of the two that need fixing, not a failure on the first bad file.
Only a file that cannot be a corpus at all (not a zip, no usable columns, over the safety limits)
raises ``InputError``. Zip members are read in memory, by their declared (bounded) size, and their
names are only parsed as strings — never used as paths.
"""
from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field

from analysis.ingest import (
    IngestLimits,
    IngestNotice,
    check_text,
    decode_text_bytes,
    display_name,
    file_extension,
    normalize_text,
    read_document,
    zip_uncompressed_size,
)
from analysis.ingest.limits import as_limits
from analysis.ingest.pairing import CorpusFile, base_name, plan_pairs
from analysis.types import InputError


@dataclass
class CorpusPair:
    name: str
    source: str
    target: str
    #: what reading the two files left to say (a PDF's running headers removed...), per side
    notices: tuple[IngestNotice, ...] = ()
    #: a third level (strong simplification) when the row has one: analysed as a chain
    third: str = ""


@dataclass
class CorpusProblem:
    name: str          # pair name, member file name or "linha N"
    message_pt: str


@dataclass
class CorpusReadResult:
    pairs: list[CorpusPair] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    #: zip documents no automatic pairing took: offer them for pairing by hand (read_manual_pairs)
    unmatched: list[CorpusFile] = field(default_factory=list)


@dataclass(frozen=True)
class ManualPair:
    """A researcher's choice: the zip members (``CorpusFile.member``) that form the pair ``name``."""

    name: str
    source_member: str
    target_member: str


_DOC_EXTS = (".txt", ".md", ".docx", ".odt", ".pdf")
_SOURCE_COLS = ("source", "fonte", "original", "texto_fonte", "source_text")
_TARGET_COLS = ("target", "alvo", "simplificado", "simplified", "texto_simplificado", "target_text", "natural")
#: an optional third level (PorSimples' strong simplification): the row is analysed as a chain
_THIRD_COLS = ("forte", "strong", "nivel3", "level3", "third")
_NAME_COLS = ("id", "name", "nome", "title", "titulo", "título")


def read_corpus(filename: str, data: bytes, limits: object | None = None) -> CorpusReadResult:
    """Pairs and per-pair problems from a .zip (files paired by name, see
    ``analysis.ingest.pairing``), a .csv (``source,target`` or ``fonte,alvo`` columns) or a .jsonl
    (``{"source", "target"}``). Zip documents that could not be paired are in ``unmatched``."""
    s = as_limits(limits)
    ext = file_extension(filename)
    limit_bytes = int(s.max_uncompressed_mb) * 1024 * 1024
    if len(data) > limit_bytes:
        raise InputError(
            f"O arquivo de corpus tem {len(data) / 1048576:.1f} MB; o limite é {s.max_uncompressed_mb} MB.",
            "file_too_large",
        )
    if ext == ".zip":
        result = _read_zip(data, s)
    elif ext in (".csv", ".tsv"):
        result = _read_csv(data, s, display_name(filename))
    elif ext in (".jsonl", ".ndjson"):
        result = _read_jsonl(data, s, display_name(filename))
    else:
        raise InputError(
            "Formato de corpus não aceito. Envie um .zip com pares <nome>_fonte/<nome>_alvo "
            "(e <nome>_forte para três níveis), "
            "um .csv com as colunas source,target (ou fonte,alvo) ou um .jsonl.",
            "unsupported_format",
        )
    return result


def _too_many(limit: int) -> InputError:
    return InputError(
        f"O corpus tem mais de {limit} pares; o limite é {limit}. Divida-o em partes menores.",
        "too_many_pairs",
    )


def _add_pair(result: CorpusReadResult, name: str, source: str, target: str, limits: IngestLimits,
              notices: tuple[IngestNotice, ...] = (), third: str = "") -> None:
    """Normalise and check one pair (and its third level, when given); a bad pair becomes a
    problem, not an exception."""
    source, target = normalize_text(source or ""), normalize_text(target or "")
    third = normalize_text(third) if isinstance(third, str) and third.strip() else ""
    checks = [(source, "fonte"), (target, "simplificado")] + ([(third, "forte")] if third else [])
    for text, label in checks:
        try:
            check_text(text, label, limits)
        except InputError as e:
            result.problems.append(CorpusProblem(name, e.message))
            return
    result.pairs.append(CorpusPair(name=name, source=source, target=target, notices=notices, third=third))


# --- zip --------------------------------------------------------------------------------------


def _ignored_member(info: zipfile.ZipInfo) -> bool:
    name = info.filename.replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    return (
        info.is_dir()
        or name.endswith("/")
        or "__MACOSX/" in name
        or name.startswith("__MACOSX")
        or base.startswith(".")
        or base.lower() in ("thumbs.db", "desktop.ini")
        or not base
    )


def _open_zip(data: bytes, s: IngestLimits) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not _ignored_member(i)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(
            "Não foi possível abrir o .zip do corpus: o arquivo parece estar corrompido.", "corrupt_file"
        ) from None
    if len(infos) > 3 * s.max_corpus_pairs:         # up to three files a text (three levels)
        zf.close()
        raise _too_many(s.max_corpus_pairs)
    if zip_uncompressed_size(zf) > s.max_uncompressed_bytes:
        zf.close()
        raise InputError(
            f"O .zip do corpus descompactado passaria de {s.max_uncompressed_mb} MB e foi recusado por segurança.",
            "decompression_bomb",
        )
    return zf, infos


def _read_zip(data: bytes, s: IngestLimits) -> CorpusReadResult:
    result = CorpusReadResult()
    zf, infos = _open_zip(data, s)
    with zf:
        documents: list[str] = []
        for info in infos:
            base = base_name(info.filename)
            if file_extension(base) not in _DOC_EXTS:
                result.problems.append(CorpusProblem(
                    base, "Formato não aceito no corpus (use .txt, .md, .docx, .odt ou .pdf); arquivo ignorado."
                ))
                continue
            documents.append(info.filename)
        plan = plan_pairs(documents)
        result.problems.extend(CorpusProblem(name, message) for name, message in plan.problems)
        result.unmatched.extend(plan.unmatched)
        by_member = {info.filename: info for info in infos}
        for pair in plan.pairs:
            _read_zip_pair(zf, by_member, pair.name, pair.source_member, pair.target_member, result, s,
                           pair.third_member)
        if len(result.pairs) > s.max_corpus_pairs:
            raise _too_many(s.max_corpus_pairs)
    return result


def _read_zip_pair(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str, source_member: str,
                   target_member: str, result: CorpusReadResult, s: IngestLimits, third_member: str = "") -> None:
    """Read one pair's two members, and its strong level when it has one (each bounded by its
    declared size), into ``result``."""
    texts: list[str] = []
    notices: list[IngestNotice] = []
    for member in (source_member, target_member, *([third_member] if third_member else [])):
        base = base_name(member)
        info = infos.get(member)
        if info is None:
            result.problems.append(CorpusProblem(name, f"O arquivo “{base}” não está no .zip; par ignorado."))
            return
        try:
            if info.file_size > s.max_upload_bytes:
                raise InputError(f"O arquivo “{base}” passa do limite de {s.max_upload_mb} MB.", "file_too_large")
            with zf.open(info) as fh:  # bounded by the declared size
                raw = fh.read(s.max_upload_bytes + 1)
            doc = read_document(base, raw, s)
        except InputError as e:
            result.problems.append(CorpusProblem(name, e.message))
            return
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            result.problems.append(CorpusProblem(name, f"Não foi possível ler “{base}” dentro do .zip (arquivo danificado)."))
            return
        texts.append(doc.text)
        notices.extend(doc.notices)
    _add_pair(result, name, texts[0], texts[1], s, tuple(notices), third=texts[2] if third_member else "")


def _is_member(value: object) -> bool:
    """A chosen member name: a non-empty string (an empty table cell arrives as None or NaN)."""
    return isinstance(value, str) and bool(value.strip()) and value.strip().lower() != "nan"


def read_manual_pairs(data: bytes, choices: list[ManualPair], limits: object | None = None) -> CorpusReadResult:
    """Read the pairs a researcher formed by hand from a corpus zip's unmatched files.

    How the page uses it: ``read_corpus`` returns ``unmatched`` (``CorpusFile``: ``member``, the
    base ``name`` to show, and the ``role`` guessed from the name, or None); the page lets the
    researcher choose, for each pair, a name, a source file and a target file, and passes the
    choices here with the same zip bytes. A row without both files is not a choice yet and is
    skipped. Each chosen pair is read and checked exactly like an automatic one; a bad choice (unknown member, a file used twice, an empty or repeated name)
    becomes a problem for that pair and the other pairs are still read. Add the returned pairs to
    the automatic ones before running the corpus.
    """
    s = as_limits(limits)
    result = CorpusReadResult()
    if len(choices) > s.max_corpus_pairs:
        raise _too_many(s.max_corpus_pairs)
    zf, infos = _open_zip(data, s)
    with zf:
        by_member = {info.filename: info for info in infos}
        used: set[str] = set()
        names: set[str] = set()
        for choice in choices:
            if not (_is_member(choice.source_member) and _is_member(choice.target_member)):
                continue          # a row the researcher has not completed yet is no choice
            name = " ".join((choice.name or "").split())
            if not name:
                result.problems.append(CorpusProblem(base_name(choice.source_member), "Dê um nome ao par."))
                continue
            if name.casefold() in names:
                result.problems.append(CorpusProblem(name, "Nome duplicado; par ignorado."))
                continue
            members = (choice.source_member, choice.target_member)
            if members[0] == members[1] or used.intersection(members):
                result.problems.append(CorpusProblem(name, "Um arquivo foi escolhido para mais de um lugar; par ignorado."))
                continue
            names.add(name.casefold())
            used.update(members)
            _read_zip_pair(zf, by_member, name, members[0], members[1], result, s)
    return result


# --- csv --------------------------------------------------------------------------------------


def _pick(columns: dict[str, str], candidates: tuple[str, ...]) -> str | None:
    for c in candidates:
        if c in columns:
            return columns[c]
    return None


def _read_csv(data: bytes, s: IngestLimits, display: str) -> CorpusReadResult:
    text = decode_text_bytes(data, display).lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:20_000]
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0] or ",", delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    result = CorpusReadResult()
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = next(reader, None)
        if not header:
            raise InputError("O CSV do corpus está vazio.", "empty_text")
        columns = {h.strip().lower(): h for h in header}
        index = {h: i for i, h in enumerate(header)}
        src_col, tgt_col = _pick(columns, _SOURCE_COLS), _pick(columns, _TARGET_COLS)
        name_col, third_col = _pick(columns, _NAME_COLS), _pick(columns, _THIRD_COLS)
        if src_col is None or tgt_col is None:
            raise InputError(
                "O CSV precisa das colunas “source” e “target” (ou “fonte” e “alvo”). "
                f"Colunas encontradas: {', '.join(h.strip() for h in header)[:200]}.",
                "missing_columns",
            )
        seen: set[str] = set()
        for n, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(result.pairs) + len(result.problems) >= 2 * int(s.max_corpus_pairs):
                raise _too_many(int(s.max_corpus_pairs))

            def cell(col: str | None, row: list[str] = row) -> str:
                if col is None:
                    return ""
                i = index[col]
                return row[i] if i < len(row) else ""

            name = cell(name_col).strip() or f"linha {n}"
            if name.casefold() in seen:
                result.problems.append(CorpusProblem(name, f"Nome duplicado (linha {n}); linha ignorada."))
                continue
            seen.add(name.casefold())
            _add_pair(result, name, cell(src_col), cell(tgt_col), s, third=cell(third_col))
    except csv.Error as e:
        raise InputError(f"O CSV do corpus está malformado ({e}).", "corrupt_file") from None
    if len(result.pairs) > int(s.max_corpus_pairs):
        raise _too_many(int(s.max_corpus_pairs))
    return result


# --- jsonl ------------------------------------------------------------------------------------


def _read_jsonl(data: bytes, s: IngestLimits, display: str) -> CorpusReadResult:
    text = decode_text_bytes(data, display).lstrip("\ufeff")
    result = CorpusReadResult()
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(result.pairs) + len(result.problems) >= 2 * int(s.max_corpus_pairs):
            raise _too_many(int(s.max_corpus_pairs))
        label = f"linha {n}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, ValueError):
            result.problems.append(CorpusProblem(label, "JSON inválido nesta linha; linha ignorada."))
            continue
        if not isinstance(obj, dict):
            result.problems.append(CorpusProblem(label, "A linha não é um objeto JSON; linha ignorada."))
            continue
        src = next((obj[k] for k in _SOURCE_COLS if k in obj), None)
        tgt = next((obj[k] for k in _TARGET_COLS if k in obj), None)
        raw_name = next((obj[k] for k in _NAME_COLS if k in obj and obj[k] not in (None, "")), None)
        name = str(raw_name).strip() if raw_name is not None else label
        if not isinstance(src, str) or not isinstance(tgt, str):
            result.problems.append(CorpusProblem(
                name, "Faltam os campos de texto “source” e “target” (ou “fonte” e “alvo”); linha ignorada."
            ))
            continue
        if name.casefold() in seen:
            result.problems.append(CorpusProblem(name, f"Nome duplicado ({label}); linha ignorada."))
            continue
        seen.add(name.casefold())
        third = next((obj[k] for k in _THIRD_COLS if k in obj), "")
        _add_pair(result, name, src, tgt, s, third=third if isinstance(third, str) else "")
    if len(result.pairs) > int(s.max_corpus_pairs):
        raise _too_many(int(s.max_corpus_pairs))
    return result
