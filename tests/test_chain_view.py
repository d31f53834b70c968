"""The chain view's pure parts (no model, no server): lines per original sentence, kinds in both
languages, codes following the preference filter, readability per level, HTML escaped."""
from __future__ import annotations

from components.chain_view import chain_html, chain_summary, kind_label, levels_readability_figure
from services.levels_service import chain_from_steps
from tests.helpers import make_result


def _data():
    # two identical hand-made steps: s3 is split into t3+t4 at each step (an RP+-like group, DL+ code)
    steps = [make_result(), make_result()]
    return chain_from_steps(1, ["original", "natural", "forte"], [1, 2], steps)


def test_each_original_sentence_is_followed_with_its_text_kind_and_codes_per_level():
    data = _data()
    assert [line.sentence_id for line in data.lines] == ["s1", "s2", "s3"]
    s3 = data.lines[2]
    assert s3.cells[0].kind == "split" and "DL+" in s3.cells[0].codes
    assert "parou as obras" in s3.cells[0].text
    assert len(data.readability) == 3 and data.readability[0]["flesch_pt"] == 31.5
    assert data.readability[2]["flesch_pt"] == 62.0
    assert chain_summary(data)["split"] == 1


def test_kinds_and_level_names_in_both_languages_and_codes_filtered():
    assert kind_label("split", "pt-BR") == "dividida" and kind_label("split", "en") == "split"
    assert kind_label("1:1+merge", "pt-BR") == "mantida + fundida"
    data = _data()
    pt = chain_html(data, "pt-BR", enabled={"SL+"})
    assert "Forte" in pt and "dividida" in pt and "DL+" not in pt and "SL+" in pt
    en = chain_html(data, "en")
    assert "Strong" in en and "DL+" in en and "kept" in en


def test_text_is_escaped_and_the_chart_has_one_bar_per_level():
    data = _data()
    data.lines[0] = data.lines[0].__class__("s1", "<script>x</script>", data.lines[0].cells)
    assert "<script>" not in chain_html(data, "pt-BR")
    fig = levels_readability_figure(data, "en")
    assert {tr.name for tr in fig.data} == {"Original", "Natural", "Strong"}
