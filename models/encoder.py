"""The small protocol the engine uses to talk to any embedding model."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Encoder(Protocol):
    """Turns sentences into L2-normalised float32 vectors (one row per text).

    ``name`` is human-readable and stored with every result so an analysis can be reproduced.
    """

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...
