"""Property tests: arbitrary Unicode and structure through ingest → segment → align → detect.

The generator and the invariants live in bench/fuzz.py (which also runs the long version,
``--examples 10000``). Here: a quick run on the lexical encoder, a smaller one with the real
embedded e5 model, properties of the normalisation itself, and the corpus readers on
arbitrary bytes. The only exception allowed anywhere is the documented ``InputError``.
"""
from __future__ import annotations

import io
import warnings
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.pipeline import load_model
from analysis.types import AnalysisSettings, InputError
from bench.fuzz import check_result, run_one, text_pairs, texts

_FAST = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def lexical():
    return load_model("lexical")


@pytest.fixture(scope="module")
def e5():
    encoder, info = load_model("e5")
    assert info.backend == "e5" and not info.fallback
    return encoder, info


@settings(_FAST, max_examples=300)
@given(pair=text_pairs())
def test_engine_on_arbitrary_text_lexical(pair, lexical):
    encoder, info = lexical
    run_one(pair[0], pair[1], encoder, info, AnalysisSettings(model="lexical"))


@settings(_FAST, max_examples=40)
@given(pair=text_pairs(max_tokens=60))
def test_engine_on_arbitrary_text_e5(pair, e5):
    encoder, info = e5
    run_one(pair[0], pair[1], encoder, info, AnalysisSettings(model="e5"))


@settings(_FAST, max_examples=10, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pair=text_pairs(max_tokens=500, min_tokens=150))
def test_engine_on_long_arbitrary_text_lexical(pair, lexical):
    encoder, info = lexical
    run_one(pair[0], pair[1], encoder, info, AnalysisSettings(model="lexical"))


@settings(_FAST, max_examples=40)
@given(pair=text_pairs(max_tokens=80))
def test_presegmented_mode_on_arbitrary_text(pair, lexical):
    encoder, info = lexical
    run_one(pair[0], pair[1], encoder, info, AnalysisSettings(model="lexical", presegmented=True))


@settings(_FAST, max_examples=300)
@given(text=st.one_of(texts(), st.text()))
def test_normalisation_is_idempotent_and_free_of_controls(text):
    import re
    import unicodedata

    from analysis.ingest import normalize_text

    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\ufeff\r]", once)


@settings(_FAST, max_examples=200)
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".md", ".docx", ".odt", ".pdf"]))
def test_read_file_on_arbitrary_bytes_reads_or_refuses(data, ext):
    from analysis.ingest import read_file

    try:
        text = read_file("arquivo" + ext, data)
    except InputError as err:
        assert err.message and err.code
        return
    assert isinstance(text, str)


@st.composite
def _zips(draw):
    names = st.text(st.sampled_from("ab_-./\\ .fonte alvo source target txt md docx"), min_size=1, max_size=24)
    members = draw(st.lists(st.tuples(names, st.binary(max_size=200) | texts(20).map(str.encode)), max_size=8))
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")     # duplicated member names are part of the test
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


@settings(_FAST, max_examples=150)
@given(kind=st.sampled_from(["zip", "csv", "jsonl"]), data=st.data())
def test_corpus_readers_on_arbitrary_input_read_or_refuse(kind, data):
    from analysis.corpus_files import read_corpus

    if kind == "zip":
        blob = data.draw(st.one_of(_zips(), st.binary(max_size=500)))
    else:
        sep = "," if kind == "csv" else "\n"
        head = data.draw(st.sampled_from(["source,target\n", "fonte;alvo\n", "", '{"source": "a", "target": "b"}\n']))
        blob = (head + sep.join(data.draw(st.lists(texts(15), max_size=6)))).encode("utf-8", "surrogatepass")
    try:
        result = read_corpus(f"corpus.{kind}", blob)
    except InputError as err:
        assert err.message and err.code
        return
    for pair in result.pairs:
        assert pair.source.strip() and pair.target.strip()
        assert "/" not in pair.name or kind != "zip"
    for problem in result.problems:
        assert problem.message_pt


def test_check_result_catches_a_broken_result(lexical):
    """The invariant checker itself can fail (so the properties above are not vacuous)."""
    from analysis.pipeline import analyze

    encoder, info = lexical
    src, tgt = "O réu foi absolvido. O juiz saiu.", "O acusado foi inocentado."
    result = analyze(src, tgt, AnalysisSettings(model="lexical"), encoder=encoder, model_info=info)
    check_result(result, src, tgt)
    result.alignments[0].source.append(result.alignments[0].source[0])   # a sentence in two groups
    with pytest.raises(AssertionError, match="exactly one group"):
        check_result(result, src, tgt)
    result = analyze(src, tgt, AnalysisSettings(model="lexical"), encoder=encoder, model_info=info)
    result.source.sentences[0].end = len(result.source.text) + 3
    with pytest.raises(AssertionError, match="outside"):
        check_result(result, src, tgt)


def test_a_markdown_heading_marker_is_markup_not_lost_text(lexical):
    """Found by the fuzz run: "# Título" makes a heading whose sentence reads "Título"; the
    marker stays in the heading's paragraph (and in the text), so the check must not call it
    lost, while any other character outside every sentence still fails it."""
    encoder, info = lexical
    run_one("Texto simples aqui.\n\n# Título\n\nMais texto aqui.", "Texto.\n\n# Título novo\n\nMais.",
            encoder, info, AnalysisSettings(model="lexical"))
    from analysis.pipeline import analyze

    result = analyze("Um texto.", "Outro texto.", AnalysisSettings(model="lexical"))
    result.target.sentences[0].end -= 1   # the final "." now outside every sentence
    result.target.sentences[0].text = result.target.sentences[0].text[:-1]
    with pytest.raises(AssertionError, match="outside every sentence"):
        check_result(result, "Um texto.", "Outro texto.")
