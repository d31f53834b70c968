"""Fuzzing the engine: arbitrary Unicode and structure through ingest → segment → align → detect.

Why property-based: researchers paste anything — text copied from PDFs with stray controls,
emoji, right-to-left quotes, decomposed accents, one enormous line, hundreds of blank lines. The
engine's promise is the same for all of it: either a documented ``InputError`` (Portuguese
message) or a complete, consistent result whose offsets land inside the text. This module holds
the text generator and the invariant checker shared by ``tests/test_fuzz.py`` (a short run in
the suite) and this long-running benchmark:

    .venv/bin/python bench/fuzz.py --examples 10000 [--model lexical|e5] [--seed N]
                                   [--min-tokens 150 --max-tokens 600]   # longer texts

The final line is JSON: examples run, input errors (expected), failures (anything else, with
the minimal failing input hypothesis found), seconds.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hypothesis import strategies as st  # noqa: E402

from analysis.types import (  # noqa: E402
    AUTOMATIC_CODES,
    GROUP_KINDS,
    AlignmentGroup,
    AnalysisResult,
)

# ---------------------------------------------------------------------------------------------
# Text generator
# ---------------------------------------------------------------------------------------------

#: Ordinary Portuguese words (function words, common nouns and verbs, accented forms) so that a
#: share of the generated texts really exercises alignment and the detectors, not only the
#: "nothing matches" paths.
WORDS = (
    "a o os as de da do das dos em no na um uma que e mas porém portanto porque quando se não "
    "é foi foram será era tem têm havia pelo pela para com sem sobre entre após antes depois "
    "cidade governo escola criança médico paciente doença água saúde relatório comissão prefeito "
    "anunciou disse aprovou construiu reabriu entregou recebeu explicou afirmou ocorreu aumentou "
    "grande pequeno novo antiga importante difícil fácil rapidamente ontem hoje amanhã também "
    "ação coração informação São Paulo Brasil Lisboa 2024 15 3,5 % R$"
).split()

#: Sentence and clause punctuation, quotes, dashes, brackets, ellipses.
PUNCT = list(".,;:!?…—–-()[]\"'“”«»/")

#: Whitespace and layout: spaces, tabs, newlines, blank lines, CR, NBSP, exotic separators.
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2028", "\u2029", "\u200b"]

#: Hard cases by design: emoji (with ZWJ and skin tone), combining accents (NFD), right-to-left
#: scripts and marks, controls and NUL, BOM, replacement char, HTML/JS, CJK, math symbols.
ODD = [
    "😀", "👩🏽‍🔬", "🇧🇷", "e\u0301", "a\u0303o", "c\u0327a\u0303o", "שלום", "مرحبا", "\u200f", "\u202e",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\ufeff", "\ufffd", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "&amp;", "中文", "∑", "\U0001d54f",
    "Dr.", "Sr.", "art. 5º", "E.U.A.", "1.", "a)", "•", "- ", "* ",
]

_token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(ODD),
    st.text(max_size=6),  # arbitrary Unicode (no surrogates: those cannot come from a browser)
)
_sep = st.sampled_from(SPACES)


@st.composite
def texts(draw: Any, max_tokens: int = 120, min_tokens: int = 0) -> str:
    """A text built from words, punctuation, layout and hard characters, in any order."""
    tokens = draw(st.lists(st.tuples(_token, _sep), min_size=min_tokens, max_size=max(min_tokens, max_tokens)))
    return "".join(tok + sep for tok, sep in tokens)


@st.composite
def text_pairs(draw: Any, max_tokens: int = 120, min_tokens: int = 0) -> tuple[str, str]:
    """(source, target): independent texts, or a target derived from the source by edits
    (so that alignments and detections actually happen)."""
    source = draw(texts(max_tokens, min_tokens))
    how = draw(st.sampled_from(["independent", "edited", "same", "split"]))
    if how == "independent":
        return source, draw(texts(max_tokens, min_tokens))
    if how == "same":
        return source, source
    words = source.split(" ")
    if how == "split":
        return source, ". ".join(words)
    # edited: drop, swap and insert some words
    n = len(words)
    keep = [w for i, w in enumerate(words) if draw(st.booleans()) or i % 3]
    if keep and draw(st.booleans()):
        i = draw(st.integers(0, len(keep) - 1))
        keep.insert(i, draw(st.sampled_from(WORDS)))
    if n > 3 and draw(st.booleans()):
        keep.reverse()
    return source, " ".join(keep)


# ---------------------------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------------------------


def _finite_numbers(value: Any, path: str = "metrics") -> None:
    if isinstance(value, float):
        assert math.isfinite(value), f"{path} is not finite: {value}"
    elif isinstance(value, dict):
        for k, v in value.items():
            _finite_numbers(v, f"{path}.{k}")
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            _finite_numbers(v, f"{path}[{i}]")


def check_result(result: AnalysisResult, source_in: str, target_in: str) -> None:
    """Every promise an AnalysisResult makes, checked; raises AssertionError with the reason."""
    from analysis.ingest import normalize_text
    from analysis.segment import MD_HEADING_RE

    for side, doc, raw, prefix in (("source", result.source, source_in, "s"),
                                   ("target", result.target, target_in, "t")):
        text = doc.text
        assert text == normalize_text(raw), f"{side}: text is not the normalised input"
        assert doc.sentences, f"{side}: no sentence in a non-empty text"
        assert [s.id for s in doc.sentences] == [f"{prefix}{i}" for i in range(1, len(doc.sentences) + 1)]
        assert [p.id for p in doc.paragraphs] == [f"p{i}" for i in range(1, len(doc.paragraphs) + 1)]
        para_ids = {p.id for p in doc.paragraphs}
        prev_end = 0
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= len(text), f"{side} {s.id}: [{s.start},{s.end}) outside 0..{len(text)}"
            assert s.start >= prev_end, f"{side} {s.id} overlaps the previous sentence"
            assert text[s.start:s.end] == s.text, f"{side} {s.id}: text is not text[start:end]"
            assert s.text.strip(), f"{side} {s.id}: empty sentence"
            assert s.paragraph in para_ids, f"{side} {s.id}: unknown paragraph {s.paragraph}"
            prev_end = s.end
        for p in doc.paragraphs:
            assert 0 <= p.start <= p.end <= len(text), f"{side} {p.id}: outside the text"
            for sid in p.sentence_ids:
                sent = doc.sentence(sid)
                assert p.start <= sent.start and sent.end <= p.end, f"{side} {sid} outside {p.id}"
        # no visible character outside every sentence: nothing the researcher typed is lost. A
        # markdown heading marker ("# Título") is markup: its heading paragraph keeps it, the
        # heading's sentence reads without it
        covered = [False] * len(text)
        for s in doc.sentences:
            covered[s.start:s.end] = [True] * (s.end - s.start)
        for p in doc.paragraphs:
            marker = MD_HEADING_RE.match(text, p.start) if p.is_heading else None
            if marker is not None and marker.end() <= p.end:
                covered[p.start:marker.end()] = [True] * (marker.end() - p.start)
        lost = [c for c, cov in zip(text, covered, strict=True) if not cov and not c.isspace()]
        assert not lost, f"{side}: characters outside every sentence: {''.join(lost)[:40]!r}"

    # every sentence in exactly one alignment group
    for side, doc, attr in (("source", result.source, "source"), ("target", result.target, "target")):
        seen = [sid for g in result.alignments for sid in getattr(g, attr)]
        assert sorted(seen) == sorted(s.id for s in doc.sentences), \
            f"{side}: sentences not in exactly one group (dupes or missing)"
    for i, g in enumerate(result.alignments):
        assert g.source or g.target, f"group {i} is empty"
        assert g.kind in GROUP_KINDS and g.kind == AlignmentGroup.kind_for(len(g.source), len(g.target)), \
            f"group {i}: kind {g.kind} for {len(g.source)}:{len(g.target)}"
        assert math.isfinite(g.score) and -1e-6 <= g.score <= 1 + 1e-6, f"group {i}: score {g.score}"

    n_groups = len(result.alignments)
    for d in result.strategies:
        assert d.code in AUTOMATIC_CODES, f"unknown code {d.code}"
        assert 0 < d.confidence <= 1, f"{d.code}: confidence {d.confidence}"
        assert d.group is None or 0 <= d.group < n_groups, f"{d.code}: group {d.group}"
        for spans, text, side in ((d.source_spans, result.source.text, "source"),
                                  (d.target_spans, result.target.text, "target")):
            for a, b in spans:
                assert 0 <= a <= b <= len(text), f"{d.code}: {side} span [{a},{b}) outside 0..{len(text)}"
        assert isinstance(d.explanation, str)

    _finite_numbers(result.metrics)
    assert result.failed_checks == [], f"a detector raised: {result.failed_checks}"
    again = AnalysisResult.from_json(result.to_json())
    assert again.to_dict() == result.to_dict(), "result does not round-trip through JSON"


def run_one(source: str, target: str, encoder: Any, model_info: Any, settings: Any) -> str:
    """Analyse one pair and check it: "ok", or "input_error" for a documented refusal."""
    from analysis.pipeline import analyze
    from analysis.types import InputError

    try:
        result = analyze(source, target, settings, encoder=encoder, model_info=model_info)
    except InputError as err:
        assert err.message and err.code, "InputError without a message or a code"
        return "input_error"
    check_result(result, source, target)
    return "ok"


# ---------------------------------------------------------------------------------------------
# Benchmark entry point
# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from hypothesis import HealthCheck, given, seed, settings

    from analysis.pipeline import load_model
    from analysis.types import AnalysisSettings

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--examples", type=int, default=10_000)
    p.add_argument("--model", default="lexical", help="lexical (fast) or e5")
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--max-tokens", type=int, default=120)
    p.add_argument("--min-tokens", type=int, default=0, help="longer texts: e.g. 150 with --max-tokens 600")
    args = p.parse_args(argv)

    encoder, info = load_model(args.model)
    an_settings = AnalysisSettings(model=args.model)
    counts = {"ok": 0, "input_error": 0}
    failures: list[dict[str, str]] = []
    t0 = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=True)
    @given(text_pairs(args.max_tokens, args.min_tokens))
    def prop(pair: tuple[str, str]) -> None:
        outcome = run_one(pair[0], pair[1], encoder, info, an_settings)
        counts[outcome] += 1
        done = counts["ok"] + counts["input_error"]
        if done % 1000 == 0:
            print(f"{done} exemplos, {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    try:
        prop()
    except BaseException as exc:  # noqa: BLE001 - every failure is reported, none hidden
        group = exc.exceptions if isinstance(exc, BaseExceptionGroup) else [exc]
        for e in group:
            failures.append({"error": f"{type(e).__name__}: {str(e)[:300]}",
                             "where": "".join(traceback.format_exception(e)[-3:])[:800]})
    seconds = time.perf_counter() - t0
    examples = counts["ok"] + counts["input_error"]
    print(json.dumps({"benchmark": "fuzz", "model": info.name, "examples": examples,
                      "tokens": [args.min_tokens, args.max_tokens], "seed": args.seed,
                      "ok": counts["ok"], "input_errors": counts["input_error"],
                      "failures": len(failures), "failure_details": failures,
                      "seconds": round(seconds, 1),
                      "ms_per_example": round(1000 * seconds / max(1, examples), 2)},
                     ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
