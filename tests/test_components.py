"""Pure UI components: escaping, overlapping highlights, spans, palettes, i18n, the HTML report."""
from __future__ import annotations

import re

import pytest

from analysis.types import (
    STRATEGY_CODES,
    AlignmentGroup,
    AnalysisResult,
    AnalysisSettings,
    Detection,
    Document,
    ModelInfo,
    Sentence,
)
from components.highlight import LabeledSpan, render_side_by_side
from components.i18n import CATALOG, code_label, tr
from components.items import ReviewItem, labeled_spans
from components.legend import legend_html
from components.palette import code_style
from components.report import build_report_html
from components.spans import find_excerpt, preview, validate_span
from components.textstats import count

EVIL = 'Texto <script>alert("x")</script> e <img src=x onerror="alert(1)"> e <a href="javascript:alert(2)">link</a>.'


def test_user_text_is_escaped():
    html_out = render_side_by_side(EVIL, [LabeledSpan(0, 5, "RF+", "a1", 'tip "<b>" & <script>')], "default")
    assert "<script>" not in html_out
    assert "&lt;script&gt;" in html_out
    assert "<img" not in html_out and "&lt;img" in html_out
    assert "<a href" not in html_out
    assert 'title="RF+: tip &quot;&lt;b&gt;&quot; &amp; &lt;script&gt;"' in html_out


def test_plain_text_roundtrip_without_spans():
    text = "Olá, mundo.\n\nSegundo parágrafo."
    out = render_side_by_side(text, [], "default")
    assert "<mark" not in out
    assert re.sub(r"<[^>]+>", "", out) == text


def test_overlapping_spans_are_split_into_segments_with_stacked_labels():
    text = "abcdefghij"
    spans = [LabeledSpan(0, 6, "RF+", "a1", "rf"), LabeledSpan(3, 10, "SL+", "a2", "sl"),
             LabeledSpan(3, 6, "DL+", "a3", "dl")]
    out = render_side_by_side(text, spans, "default")
    marks = re.findall(r'<mark data-codes="([^"]*)"[^>]*>([^<]*)</mark>', out)
    assert marks == [("RF+", "abc"), ("DL+ RF+ SL+", "def"), ("SL+", "ghij")]
    # two spans end after "def" (RF+, DL+): both labels stacked right there, SL+ at the end
    labels = re.findall(r"<sup[^>]*>([^<]*)</sup>", out)
    assert labels == ["DL+", "RF+", "SL+"]
    assert out.index(">DL+</sup>") < out.index(">ghij<")
    # the text itself survives unchanged (labels aside)
    no_labels = re.sub(r"<sup[^>]*>[^<]*</sup>", "", out)
    assert re.sub(r"<[^>]+>", "", no_labels) == text


def test_spans_out_of_range_are_clipped_and_empty_ones_ignored():
    out = render_side_by_side("abc", [LabeledSpan(-5, 2, "IN+"), LabeledSpan(2, 99, "OM+"),
                                      LabeledSpan(1, 1, "RF+")], "default")
    assert re.findall(r'data-codes="([^"]*)"[^>]*>([^<]*)<', out) == [("IN+", "ab"), ("OM+", "c")]
    assert "RF+" not in out


def test_selected_span_is_outlined():
    out = render_side_by_side("abcdef", [LabeledSpan(0, 3, "RF+", "a1", selected=True),
                                         LabeledSpan(3, 6, "SL+", "a2")], "default")
    first, second = re.findall(r"<mark[^>]*>", out)
    assert "outline" in first and "outline" not in second


def test_colorblind_palette_uses_okabe_ito_and_differs_from_default():
    okabe = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"}
    edges = [code_style(c, "colorblind").edge for c in STRATEGY_CODES]
    assert set(edges) <= okabe
    assert code_style("RF+", "colorblind") != code_style("RF+", "default")
    # beyond eight colours, codes are told apart by a dashed underline as well
    assert any(code_style(c, "colorblind").dashed for c in STRATEGY_CODES)
    out = render_side_by_side("abc", [LabeledSpan(0, 3, "RF+")], "colorblind")
    assert code_style("RF+", "colorblind").edge in out


def test_find_excerpt_and_validate_span():
    text = "O gato viu o gato. O Gato fugiu."
    assert find_excerpt(text, "gato") == (2, 6)
    assert find_excerpt(text, "gato", 2) == (13, 17)
    assert find_excerpt(text, "gato fugiu") == (21, 31)          # case-insensitive fallback
    assert find_excerpt(text, "cachorro") is None
    assert find_excerpt(text, "  ") is None
    assert validate_span(text, 0, 5) is None
    assert "menor" in validate_span(text, 5, 5)
    assert "fim do texto" in validate_span(text, 0, 999)
    assert "negativas" in validate_span(text, -1, 3)
    assert preview(text, 2, 6).count("[gato]") == 1


def test_live_counts():
    c = count("Primeira frase. Segunda frase!\n\nTítulo sem ponto\nOutra? Sim.")
    assert c.words == 9
    assert c.sentences == 4
    assert count("").words == 0 and count("   ").sentences == 0


def test_i18n_has_both_languages_and_all_codes():
    for code in STRATEGY_CODES:
        assert tr(f"code.{code}", "pt-BR") != f"code.{code}"
        assert tr(f"code.{code}", "en") != f"code.{code}"
    assert code_label("RF+", "pt-BR") == "RF+ — Reformulação"
    assert code_label("RF+", "en") == "RF+ — Rephrasing"
    missing_en = [k for k, v in CATALOG.items() if not v.get("en")]
    missing_pt = [k for k, v in CATALOG.items() if not v.get("pt-BR")]
    assert not missing_en and not missing_pt
    assert tr("an.counts", "pt-BR", chars=1, words=2, sentences=3).startswith("1 caracteres")
    assert tr("no.such.key", "en") == "no.such.key"


def test_legend_escapes_and_counts():
    out = legend_html(["RF+", "SL+"], "default", "pt-BR", {"RF+": 2})
    assert "RF+</b> Reformulação · 2" in out and "SL+</b> Simplificação lexical<" in out


def _result(src: str, tgt: str) -> AnalysisResult:
    s_sent = [Sentence("s1", 0, len(src), "p1", src)]
    t_sent = [Sentence("t1", 0, len(tgt), "p1", tgt)]
    return AnalysisResult(
        engine_version="test", settings=AnalysisSettings(), model=ModelInfo("m", "lexical", "lexical"),
        source=Document(src, [], s_sent), target=Document(tgt, [], t_sent),
        alignments=[AlignmentGroup(["s1"], ["t1"], 0.8, "1:1")],
        strategies=[Detection("RF+", 0.7, [(0, 5)], [(0, 4)], "Explicação <b>perigosa</b>")],
        metrics={"source": {"flesch_pt": 40.0, "words_per_sentence": 12.0, "words": 5, "sentences": 1},
                 "target": {"flesch_pt": 60.0, "words_per_sentence": 8.0, "words": 4, "sentences": 1}},
    )


def test_report_is_self_contained_and_escaped():
    res = _result(EVIL, "Um texto <script>simples</script>.")
    items = [ReviewItem("a1", "RF+", "accepted", "machine", 0.7, ((0, 5),), ((0, 3),),
                        "expl <i>x</i>", "coment <script>")]
    out = build_report_html(res, items, "pt-BR", title="Título <script>")
    assert out.startswith("<!DOCTYPE html>")
    # no external resources: no src/href pointing at http(s)
    assert not re.search(r'<script[^>]+src=', out)
    assert not re.search(r'<link[^>]+href=["\']?https?:', out)
    assert not re.search(r'<img[^>]+src=["\']?https?:', out)
    # the user's texts are present, escaped
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert "Um texto &lt;script&gt;simples&lt;/script&gt;." in out
    assert "Título &lt;script&gt;" in out and "coment &lt;script&gt;" in out
    assert "<script>alert" not in out and "<script>simples" not in out
    assert "Aceita" in out and "Flesch-PT" in out
    assert "Plotly" not in out and "<svg" in out  # static figures: no 4.8 MB plotly.js bundle


def test_labeled_spans_by_side():
    it = ReviewItem("a1", "SL+", "pending", "machine", 0.5, ((0, 2),), ((1, 3), (4, 5)), "e")
    assert [(s.start, s.end) for s in labeled_spans([it], "source")] == [(0, 2)]
    tg = labeled_spans([it], "target", selected="a1")
    assert [(s.start, s.end) for s in tg] == [(1, 3), (4, 5)] and all(s.selected for s in tg)
    assert "50%" in tg[0].title


@pytest.mark.parametrize("status,visible", [("pending", True), ("rejected", False), ("deleted", False),
                                            ("created", True)])
def test_rejected_and_deleted_items_are_not_highlighted(status, visible):
    assert ReviewItem("a1", "RF+", status, "machine", 0.5, (), ()).visible is visible
