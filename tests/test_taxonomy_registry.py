"""The strategy registry: one record per code, read by every layer (issue 12)."""
from __future__ import annotations

import re

from analysis.strategies import REGISTRY, detector_params
from analysis.taxonomy import PALETTES, TAXONOMY
from analysis.types import (
    AUTOMATIC_CODES,
    DEFAULT_ENABLED_CODES,
    RESEARCHER_CODES,
    STRATEGY_CODES,
    SUGGESTED_CODES,
)
from components.i18n import code_label, tr
from components.palette import code_style
from services.taxonomy import GLOSSARY, strategy_name

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def test_every_code_has_names_definitions_colours_and_when_detected_a_detector():
    assert [s.code for s in TAXONOMY] == list(STRATEGY_CODES)
    for s in TAXONOMY:
        for lang in ("pt-BR", "en"):
            assert s.name.get(lang, "").strip(), (s.code, lang)
            assert len(s.definition.get(lang, "")) > 20, (s.code, lang)
        for palette in PALETTES:
            background, edge = s.colours[palette]
            assert HEX.match(background) and HEX.match(edge), (s.code, palette)
        if s.detected:
            entry = REGISTRY[s.code]
            assert entry.detect is not None or entry.detect_document is not None, s.code
        else:
            assert s.code not in REGISTRY


def test_the_modes_follow_the_research_groups_rule():
    assert SUGGESTED_CODES == ("OM+",) and RESEARCHER_CODES == ("PRO+",)
    assert "PRO+" not in AUTOMATIC_CODES and "OM+" in AUTOMATIC_CODES
    assert "OM+" not in DEFAULT_ENABLED_CODES and "PRO+" not in DEFAULT_ENABLED_CODES
    assert list(REGISTRY) == list(AUTOMATIC_CODES)


def test_names_are_the_same_everywhere():
    for s in GLOSSARY:
        for lang in ("pt-BR", "en"):
            assert tr(f"code.{s.code}", lang) == s.name[lang] == strategy_name(s.code, lang)
            assert code_label(s.code, lang) == f"{s.code} — {s.name[lang]}"
        assert code_style(s.code, "default").edge == s.colours["default"][1]
        assert code_style(s.code, "colorblind").edge == s.colours["colorblind"][1]


def test_detector_parameters_are_recorded_in_the_result():
    from analysis.pipeline import analyze, load_model
    from analysis.types import AnalysisResult, AnalysisSettings

    encoder, info = load_model("lexical")
    result = analyze("O relatório foi entregue pela comissão ontem à tarde.",
                     "A comissão entregou o relatório ontem.", AnalysisSettings(model="lexical"),
                     encoder=encoder, model_info=info)
    assert set(result.detector_params) == set(AUTOMATIC_CODES)
    assert result.detector_params["RF+"]["MIN_REWORDING"] == detector_params(["RF+"])["RF+"]["MIN_REWORDING"]
    again = AnalysisResult.from_json(result.to_json())
    assert again.detector_params == result.detector_params
