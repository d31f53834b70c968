"""Calibrated confidence in the app (issue 15 §3): opt-in in Configurações; with ≥ 30 decisions on
a code the cards show the calibrated value next to the raw one and the confidence filter uses
it; switched off nothing changes; stored detections never change."""
from __future__ import annotations

from functools import partial

import pytest

from tests.ui_helpers import SRC, TGT, no_exceptions, open_page, workspace_env


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _decided_workspace(env, e5, copies: int = 30, accepted: int = 12) -> tuple[int, str, float]:
    """``copies`` saved analyses of one pair; on each, the first detection of the most frequent
    code is accepted (the first ``accepted`` copies) or rejected: ``copies`` decisions on it."""
    from analysis.pipeline import analyze

    result = partial(analyze, encoder=e5)(SRC, TGT)
    code = result.strategies[0].code
    ids = []
    for k in range(copies):
        rec = env.repo.save_analysis(SRC, TGT, result, title=f"cópia {k}")
        ann = next(a for a in env.repo.list_annotations(rec.id) if a.code == code)
        (env.repo.accept if k < accepted else env.repo.reject)(ann.id)
        ids.append(rec.id)
    fresh = env.repo.save_analysis(SRC, TGT, result, title="nova")   # nothing decided on it yet
    raw = next(a.confidence for a in env.repo.list_annotations(fresh.id) if a.code == code)
    return fresh.id, code, raw


def _cards(at) -> str:
    return " ".join(m.value for m in at.markdown)


def _open(env, aid: int, calibrated: bool, min_conf: float = 0.0):
    """Analisar alone, on the Estratégias tab, with these preferences in force (as the shell
    puts them in the session)."""
    from streamlit.testing.v1 import AppTest

    from tests.ui_helpers import APP

    at = AppTest.from_file(str(APP.parent / "pages" / "analisar.py"), default_timeout=180)
    at.session_state["workspace_id"] = env.ws
    at.session_state["analysis_id"] = aid
    at.session_state["result_tab"] = "Estratégias"
    at.session_state["calibrated_confidence"] = calibrated
    at.session_state["min_confidence"] = min_conf
    return at.run()


def test_calibrated_confidence_shows_with_its_decisions_and_drives_the_filter(env, e5):
    aid, code, raw = _decided_workspace(env, e5)
    before = [(a.id, a.confidence, a.status) for a in env.repo.list_annotations(aid)]

    at = _open(env, aid, calibrated=True)
    no_exceptions(at)
    assert "calibrada: 40% (30 decisões)" in _cards(at)        # 12 of 30 accepted at this score
    # the filter reads the calibrated value: a floor between it and the raw one hides the card
    floor = 0.5
    assert raw >= floor
    hidden = _open(env, aid, calibrated=True, min_conf=floor)
    no_exceptions(hidden)
    assert "calibrada" not in _cards(hidden)
    # the tab's own confidence slider reads it too (the preference floor left at 0)
    assert at.slider(key="f_conf").proto.format == "percent"    # as the cards say it: "55%"
    at.slider(key="f_conf").set_value(floor).run()
    no_exceptions(at)
    assert "calibrada" not in _cards(at)
    shown = _open(env, aid, calibrated=False, min_conf=floor)
    assert "calibrada" not in _cards(shown)
    assert f"{raw:.0%}" in _cards(shown)                       # the raw card is listed again
    # nothing stored changed
    assert [(a.id, a.confidence, a.status) for a in env.repo.list_annotations(aid)] == before


def test_switched_off_or_under_30_decisions_nothing_changes(env, e5):
    aid, _, _ = _decided_workspace(env, e5, copies=29, accepted=10)
    assert "calibrada" not in _cards(_open(env, aid, calibrated=True))     # 29 decisions: too few
    aid2, _, _ = _decided_workspace(env, e5, copies=1, accepted=1)          # now 30 in the workspace
    assert "(30 decisões)" in _cards(_open(env, aid2, calibrated=True))
    assert "calibrada" not in _cards(_open(env, aid2, calibrated=False))


def test_configuracoes_offers_the_setting_off_by_default_and_saves_it(env):
    at = open_page("configuracoes", env)
    no_exceptions(at)
    toggle = next(x for x in at.toggle if x.label == "Confiança calibrada pelas decisões")
    assert toggle.value is False
    assert any("Ainda não há 30 decisões" in c.value for c in at.caption)
    toggle.set_value(True)
    next(b for b in at.button if b.label == "Salvar preferências").click()
    at.run()
    no_exceptions(at)
    assert env.repo.get_preferences().calibrated_confidence is True
