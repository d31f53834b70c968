"""Three levels on Analisar under AppTest: the toggle and third text, one chain in Histórico,
each step reviewable, the chain view, and the texts surviving a visit to another page."""
from __future__ import annotations

from pathlib import Path

from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

DATA = Path(__file__).resolve().parent / "data" / "porsimples_levels"
ORIGINAL, NATURAL, FORTE = ((DATA / f"{n}.txt").read_text(encoding="utf-8").strip()
                            for n in ("original", "natural", "forte"))


def _repo(url: str, workspace_id: int):
    from db.engine import make_engine
    from db.repository import Repository

    return Repository(make_engine(url), workspace_id)


def _three_levels(at):
    at.toggle(key="three_levels").set_value(True)
    at.run()
    text_area(at, "Original (nível 1)").input(ORIGINAL)
    text_area(at, "Simplificação natural (nível 2)").input(NATURAL)
    text_area(at, "Simplificação forte (nível 3)").input(FORTE)
    return at


def test_three_levels_make_one_chain_with_two_reviewable_steps_and_a_chain_view(monkeypatch, tmp_path):
    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    assert not [x for x in at.text_area if x.label == "Simplificação forte (nível 3)"]   # off by default
    _three_levels(at)
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    head = at.session_state["analysis_id"]
    assert head is not None
    repo = _repo(url, at.session_state["workspace_id"])
    rec = repo.get_analysis(head)
    assert rec.levels["levels"] == ["original", "natural", "forte"]
    first, second = rec.levels["steps"]
    assert first == head and repo.get_analysis(second).chain_head_id == head
    assert repo.get_analysis(second).target_text.startswith("A hipótese")
    # one entry in Histórico for the chain
    listed = repo.list_analyses().items
    assert [a.id for a in listed] == [head] and listed[0].is_chain
    # the chain tab: the third original sentence is split at the strong level
    at.session_state["result_tab"] = "Cadeia"
    at.run()
    no_exceptions(at)
    html = " ".join(m.value for m in at.markdown)
    assert "O que aconteceu com cada frase do original" in html
    assert "dividida" in html and "O trabalho tem como autores" in html
    assert "3 frases no original" in html and "divididas: 1" in html
    assert "OM+" not in html                     # OM+ is off by default: not listed in the chain either
    # the second step's cards are reviewable: switch step, decide on a card
    at.segmented_control[0].set_value(1)
    at.run()
    no_exceptions(at)
    assert at.session_state["analysis_id"] == second
    at.session_state["result_tab"] = "Estratégias"
    at.run()
    accept = [b for b in at.button if b.label == "Aceitar" and not b.disabled]
    assert accept, "no reviewable card on the natural → strong step"
    accept[0].click()
    at.run()
    no_exceptions(at)
    assert any(a.status == "accepted" for a in repo.list_annotations(second))
    assert all(a.status == "pending" for a in repo.list_annotations(head))
    # the input still holds the three texts of the chain
    assert text_area(at, "Simplificação forte (nível 3)").value.strip() == FORTE


def test_third_text_survives_navigation_and_a_missing_level_is_refused(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    _three_levels(at)
    text_area(at, "Simplificação forte (nível 3)").input("")
    at.run()
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    assert any("Preencha os três textos" in e.value for e in at.error)
    text_area(at, "Simplificação forte (nível 3)").input(FORTE)
    at.run()
    at.switch_page("pages/sobre.py").run()
    at.switch_page("pages/analisar.py").run()
    no_exceptions(at)
    assert at.toggle(key="three_levels").value is True
    assert text_area(at, "Simplificação forte (nível 3)").value == FORTE


def test_a_three_level_draft_comes_back_as_three_levels_in_a_new_session(monkeypatch, tmp_path):
    from db.engine import make_engine
    from services import drafts

    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    key = at.query_params["w"]
    key = key[0] if isinstance(key, list) else key
    # what the shell stores while the researcher types (after a server restart it is all there is)
    assert drafts.save(make_engine(url), at.session_state["workspace_id"],
                       drafts.DraftTexts(ORIGINAL, NATURAL, "PorSimples 142", FORTE))
    fresh = new_app({"w": key}).run()
    no_exceptions(fresh)
    assert fresh.toggle(key="three_levels").value is True
    assert text_area(fresh, "Simplificação forte (nível 3)").value == FORTE
    assert text_area(fresh, "Original (nível 1)").value == ORIGINAL
