"""Configurações page under AppTest: preferences saved per workspace and read back; diagnostics."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui_helpers import open_page, static_tables, workspace_env

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "configuracoes.py")


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _page(env) -> AppTest:
    return open_page("configuracoes", env, timeout=60, with_key=True)


def test_saving_preferences_stores_them_and_applies_them_to_the_session(env):
    at = _page(env)
    assert not at.exception
    at.radio(key="cfg_lang_pt-BR").set_value("en")
    at.radio(key="cfg_theme_pt-BR").set_value("dark")
    at.radio(key="cfg_palette_pt-BR").set_value("colorblind")
    slider = at.slider(key="cfg_min_conf_pt-BR")
    assert slider.proto.format == "percent"     # "40%", never "0.40" on a Portuguese page
    slider.set_value(0.4)
    at.multiselect(key="cfg_strategies_pt-BR").set_value(["SL+", "RF+"])
    at.button(key="FormSubmitter:cfg_form-Salvar preferências").click().run()
    assert not at.exception

    prefs = env.repo.get_preferences()
    assert (prefs.language, prefs.theme, prefs.palette) == ("en", "dark", "colorblind")
    assert prefs.min_confidence == pytest.approx(0.4)
    assert sorted(prefs.enabled_strategies) == ["RF+", "SL+"]
    ss = at.session_state
    assert (ss["lang"], ss["theme"], ss["palette"]) == ("en", "dark", "colorblind")
    assert sorted(ss["enabled_strategies"]) == ["RF+", "SL+"]
    # the page now speaks English
    assert at.title[0].value == "Settings"
    assert at.success[0].value == "Preferences saved in this workspace."


def test_saved_theme_is_applied_by_the_app_shell_on_every_page(env):
    """The shell injects the theme override before any page runs (Analisar included)."""
    prefs = env.repo.get_preferences()
    prefs.theme = "dark"
    env.repo.save_preferences(prefs)
    at = AppTest.from_file(str(Path(PAGE).parents[1] / "app.py"), default_timeout=120)
    at.query_params["w"] = env.key
    at.run()
    assert not at.exception
    assert any("color-scheme: dark" in h.proto.body for h in at.get("html"))
    prefs.theme = "light"
    env.repo.save_preferences(prefs)
    at2 = AppTest.from_file(str(Path(PAGE).parents[1] / "app.py"), default_timeout=120)
    at2.query_params["w"] = env.key
    at2.run()
    assert not any("color-scheme: dark" in h.proto.body for h in at2.get("html"))


def test_saved_preferences_are_read_back_in_a_new_session(env):
    from db.views import Preferences

    env.repo.save_preferences(Preferences(language="pt-BR", theme="light", min_confidence=0.25,
                                          enabled_strategies=["OM+", "EXP+"], palette="colorblind"))
    at = _page(env)
    assert at.radio(key="cfg_theme_pt-BR").value == "light"
    assert at.radio(key="cfg_palette_pt-BR").value == "colorblind"
    assert at.slider(key="cfg_min_conf_pt-BR").value == pytest.approx(0.25)
    assert sorted(at.multiselect(key="cfg_strategies_pt-BR").value) == ["EXP+", "OM+"]


def test_no_strategy_selected_is_refused_and_nothing_saved(env):
    at = _page(env)
    at.multiselect(key="cfg_strategies_pt-BR").set_value([])
    at.button(key="FormSubmitter:cfg_form-Salvar preferências").click().run()
    assert "pelo menos uma estratégia" in at.error[0].value
    from analysis.types import DEFAULT_ENABLED_CODES

    assert env.repo.get_preferences().enabled_strategies == list(DEFAULT_ENABLED_CODES)  # defaults untouched


def test_diagnostics_and_workspace_link(env):
    at = _page(env)
    text = " ".join(m.value for m in at.markdown)
    assert "Carregado: **sim**" in text
    assert "Processos de análise: nenhum (no processo do servidor)" in text   # tests run in-process
    assert "Acessível: **sim**" in text and "Migrações em dia: **sim**" in text
    versions = static_tables(at)[0]
    assert "netest_engine" in set(versions.iloc[:, 0])
    limits = static_tables(at)[1]
    assert any("pares" in str(v) for v in limits.iloc[:, 1])
    codes = [c.value for c in at.code]
    assert any(f"w={env.key}" in c for c in codes)
    assert any("chave dos seus dados" in w.value for w in at.warning)


def test_workspace_link_keeps_only_the_key():
    from pages.configuracoes import workspace_link

    assert workspace_link("abc", "https://netest.example/historico?w=abc&a=3") == "https://netest.example/?w=abc"
    assert workspace_link("abc", None) == "?w=abc"
    assert workspace_link(None, "https://x/") is None


def test_theme_css():
    from services.theme import theme_css

    dark, light, auto = theme_css("dark"), theme_css("light"), theme_css("auto")
    assert dark.startswith("<style>") and "#0e1117" in dark and "#0e1117" not in light
    assert "prefers-color-scheme: dark" in auto and theme_css(None) == auto == theme_css("neon")
    # st.dataframe's canvas is inverted on the dark page only ("auto": inside the media query)
    assert "invert(" in dark and "invert(" not in light
    assert auto.index("invert(") > auto.index("prefers-color-scheme: dark")


def test_every_theme_colour_pair_meets_wcag_aa():
    """Issue 11 item 11: white-on-white buttons in dark, ~2.2:1 primary button in light."""
    from services.theme import PALETTES, TEXT_PAIRS, contrast_ratio, theme_css

    assert round(contrast_ratio("#ffffff", "#000000"), 1) == 21.0
    for name, colours in PALETTES.items():
        for fg, bg in TEXT_PAIRS:
            ratio = contrast_ratio(colours[fg], colours[bg])
            assert ratio >= 4.5, (name, fg, bg, round(ratio, 2))
        css = theme_css(name)
        for kind in ("stBaseButton-primary", "stBaseButton-secondary", "::placeholder", "stCaptionContainer"):
            assert kind in css, (name, kind)


def test_the_limits_table_follows_the_chosen_language(env):
    """Issue 11 item 13: the limits table stayed Portuguese in English."""
    at = _page(env)
    limits = static_tables(at)[-1]
    assert "Palavras por texto" in set(limits.iloc[:, 0])
    at.session_state["lang"] = "en"
    at.run()
    limits = static_tables(at)[-1]
    labels, values = set(limits.iloc[:, 0]), " ".join(limits.iloc[:, 1])
    assert {"Words per text", "Maximum uploaded file size", "Text pairs per corpus"} <= labels
    assert "palavras" not in values and "words" in values
    assert any(label.startswith("New analyses per workspace every ") for label in labels)
