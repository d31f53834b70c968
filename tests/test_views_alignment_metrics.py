"""Alinhamento and Métricas views (issue 11 items 10 and 14) on real engine results."""
from __future__ import annotations

import re

import pytest

from analysis.pipeline import analyze
from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

#: a rewritten heading shares too little with the original for the aligner; MT+ pairs it
HEADED = ("Os efeitos da estiagem prolongada\n\nA falta de chuvas reduziu a produção agrícola da região. "
          "Os agricultores pediram ajuda ao governo.\n\nO rio principal secou em vários trechos.",
          "Seca\n\nA falta de chuva diminuiu a produção das fazendas. Os agricultores pediram ajuda ao "
          "governo.\n\nMuitas escolas fecharam.")


@pytest.fixture(scope="module")
def headed():
    return analyze(*HEADED)


def test_headings_paired_by_mt_are_one_row_not_an_omission_and_an_addition(headed):
    from components.alignment_view import aligned_rows, paragraph_rows

    assert any(d.code == "MT+" for d in headed.strategies)
    rows = aligned_rows(headed)
    heading = [r for r in rows if r.kind == "heading"]
    assert len(heading) == 1
    assert heading[0].source_text == "Os efeitos da estiagem prolongada" and heading[0].target_text == "Seca"
    assert not any(r.kind in ("omitted", "added") and ("s1" in r.source_ids or "t1" in r.target_ids)
                   for r in rows)
    assert [r.kind for r in paragraph_rows(headed)][0] == "heading"


def test_omitted_and_added_units_have_no_similarity(headed):
    from components.alignment_view import aligned_rows, paragraph_frame, paragraph_rows

    rows = aligned_rows(headed)
    assert {r.kind for r in rows} >= {"omitted", "added", "1:1"}
    for r in rows:
        assert (r.similarity is None) == (r.kind in ("omitted", "added", "heading"))
    frame = paragraph_frame(paragraph_rows(headed), "pt-BR")
    assert list(frame.columns) == ["Tipo de alinhamento", "Parágrafos do texto fonte",
                                   "Parágrafos do texto simplificado", "Similaridade (0–1)",
                                   "Início do parágrafo fonte", "Início do parágrafo simplificado"]
    unmatched = frame[frame["Tipo de alinhamento"].isin(["Omitida", "Acrescentada"])]
    assert len(unmatched) and set(unmatched["Similaridade (0–1)"]) == {"—"}
    assert all("," in v for v in frame["Similaridade (0–1)"] if v != "—")      # decimal comma


def test_rows_carry_full_sentences_side_by_side_and_stack_on_a_phone(headed):
    from components.alignment_view import aligned_rows, rows_html

    out = rows_html(aligned_rows(headed), "en")
    assert "A falta de chuvas reduziu a produção agrícola da região." in out     # whole, not cut
    assert "grid-template-columns:1fr 1fr" in out and "@media (max-width:640px)" in out
    assert "Heading changed" in out and "Similarity" in out
    assert out.count('class="nx-row') == len(aligned_rows(headed))


def test_sankey_hover_shows_the_sentence_text(headed):
    from components.charts import alignment_sankey

    fig = alignment_sankey(headed.alignments, [s.id for s in headed.source.sentences],
                           [s.id for s in headed.target.sentences], "pt-BR",
                           {s.id: s.text for s in headed.source.sentences},
                           {s.id: s.text for s in headed.target.sentences})
    node = fig.data[0].node
    assert "Muitas escolas fecharam." in " ".join(node.customdata)
    assert "%{customdata}" in node.hovertemplate
    link_hover = " ".join(fig.data[0].link.customdata)
    assert "Omitida" in link_hover and "Omitida · " not in link_hover           # no similarity
    assert fig.layout.separators == ",."


def test_metrics_explain_each_measure_next_to_the_numbers_with_the_decimal_comma():
    from components.charts import readability_rows

    rows = readability_rows({"source": {"flesch_pt": 2.558, "mean_zipf": 5.1234, "rare_word_share": 0.1,
                                        "type_token_ratio": 0.61234, "words": 1200},
                             "target": {"flesch_pt": 48.2, "mean_zipf": 5.5, "rare_word_share": 0.05,
                                        "type_token_ratio": 0.7, "words": 900}}, "pt-BR")
    by = {r["Métrica"]: r for r in rows}
    assert by["Flesch-PT"]["Fonte"] == "2,6 (muito difícil)" and by["Flesch-PT"]["Simplificado"] == "48,2 (difícil)"
    assert "75–100 muito fácil" in by["Flesch-PT"]["O que significa"]
    assert "Zipf" in by["Frequência média (Zipf)"]["O que significa"]
    assert "abaixo de 3" in by["Proporção de palavras raras"]["O que significa"]
    assert "tamanho" in by["Variedade lexical (TTR)"]["O que significa"]
    assert by["Palavras"]["Fonte"] == "1.200"
    en = {r["Metric"]: r for r in readability_rows({"source": {"flesch_pt": 2.558}, "target": {}}, "en")}
    assert en["Flesch-PT"]["Source"] == "2.6 (very difficult)" and "higher is easier" in en["Flesch-PT"]["What it means"]


def test_alignment_and_metrics_tabs_in_the_app(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(HEADED[0])
    text_area(at, "Texto simplificado").input(HEADED[1])
    button(at, "Analisar").click()
    at.run()
    at.session_state["result_tab"] = "Alinhamento"
    at.run()
    no_exceptions(at)
    rows = " ".join(m.value for m in at.markdown if "nx-align" in m.value)
    assert "Título alterado" in rows and "Os agricultores pediram ajuda ao governo." in rows
    at.session_state["result_tab"] = "Métricas"
    at.run()
    no_exceptions(at)
    table = " ".join(m.value for m in at.markdown if "nx-metrics" in m.value)
    assert "O que significa" in table and "75–100 muito fácil" in table
    assert "@media (max-width:640px)" in table                  # the explanation goes below on a phone
    assert re.search(r">\d+,\d+ \((muito )?(fácil|difícil)\)<", table)   # decimal comma


def test_the_html_report_carries_the_title_and_is_light():
    """Issue 11 item 17: 4.9 MB for a 150-word pair came from the inlined plotly.js bundle."""
    from components.analyse_state import OpenAnalysis
    from components.export_view import report_bytes
    from components.items import from_detection

    src = ("O relatório foi entregue pela comissão. Todavia, o prefeito não compareceu à reunião. "
           "A escola, que fica no centro, recebeu novos computadores. ") * 6
    tgt = ("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
           "A escola fica no centro. Ela recebeu novos computadores. ") * 6
    result = analyze(src, tgt)
    oa = OpenAnalysis(result, "Relatório da comissão", [from_detection(i, d) for i, d in enumerate(result.strategies)],
                      True, 1, True)
    out = report_bytes(oa, "pt-BR", "America/Sao_Paulo").decode("utf-8")
    assert "<title>Relatório da comissão — NET-EST</title>" in out and "<h1>Relatório da comissão</h1>" in out
    assert len(out.encode("utf-8")) < 150_000, len(out.encode("utf-8"))
    assert "<svg" in out and "<script" not in out
