"""Process-wide memory of embeddings, keyed by the SHA-1 of the text.

Why: researchers re-run the same pair with other settings, compare versions that share most
sentences, and the aligner embeds paragraphs and sentences that repeat; each e5 call costs
~10 ms per sentence. Only the misses of a call are sent to the model, in one batch.

Bounded two ways (least recently used entries go first): by count (``max_items``) and by
bytes (``max_bytes``), because a 5120-dim lexical row weighs 13× a 384-dim e5 row.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

import numpy as np

from models.encoder import Encoder


def text_key(text: str) -> bytes:
    """SHA-1 digest of the text (``surrogatepass`` so even a badly decoded string hashes)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()


class CachedEncoder:
    """Wraps any Encoder; same ``name`` (cached vectors are the inner model's, unchanged).

    Thread-safe: the LRU is guarded by a lock that is *not* held while the inner model runs,
    so one slow call does not block cache hits from other sessions. Returned arrays are fresh
    copies: a caller modifying them cannot corrupt the cache.
    """

    def __init__(self, inner: Encoder, max_items: int = 50_000,
                 max_bytes: int = 256 * 1024 * 1024) -> None:
        self.inner = inner
        self.name = inner.name
        self.max_items = max(0, int(max_items))
        self.max_bytes = max(0, int(max_bytes))
        self._store: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def dim(self) -> int | None:
        return getattr(self.inner, "dim", None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._store)

    def clear(self) -> None:
        with self._lock:
            self._store.clear()
            self._bytes = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        keys = [text_key(t) for t in texts]
        rows: list[np.ndarray | None] = [None] * len(texts)
        missing: dict[bytes, list[int]] = {}   # key -> positions (duplicates encoded once)
        with self._lock:
            for i, k in enumerate(keys):
                row = self._store.get(k)
                if row is not None:
                    self._store.move_to_end(k)
                    rows[i] = row
                    self.hits += 1
                else:
                    missing.setdefault(k, []).append(i)
            self.misses += sum(len(v) for v in missing.values())
        if missing:
            order = list(missing)
            fresh = np.asarray(self.inner.encode([texts[missing[k][0]] for k in order]),
                               dtype=np.float32)
            if fresh.ndim != 2 or fresh.shape[0] != len(order):
                raise ValueError(
                    f"encoder {self.name!r} returned shape {fresh.shape} for {len(order)} texts")
            with self._lock:
                for k, row in zip(order, fresh, strict=True):
                    row = row.copy()
                    row.flags.writeable = False
                    for i in missing[k]:
                        rows[i] = row
                    self._put(k, row)
        if not rows:
            dim = self.dim
            if dim is None:
                return np.asarray(self.inner.encode([]), dtype=np.float32)
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack(rows).astype(np.float32, copy=False)

    def _put(self, key: bytes, row: np.ndarray) -> None:
        """Insert under the lock, then evict least recently used entries over either bound."""
        if self.max_items == 0 or row.nbytes > self.max_bytes:
            return
        old = self._store.pop(key, None)
        if old is not None:
            self._bytes -= old.nbytes
        self._store[key] = row
        self._bytes += row.nbytes
        while self._store and (len(self._store) > self.max_items or self._bytes > self.max_bytes):
            _, evicted = self._store.popitem(last=False)
            self._bytes -= evicted.nbytes
