"""Two tabs on one workspace, and a click after a reconnection (issue 11 item 2, issue 17 item 1):
no decision is applied to a version the researcher did not see, Desfazer undoes this tab's own
last action, and no click ends silently."""
from __future__ import annotations

from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database


def _repo(url: str, workspace_id: int):
    from services.store import open_database, repository

    return repository(open_database(url), workspace_id)


def _two_tabs(monkeypatch, tmp_path):
    """Tab A analyses a pair; tab B opens the same analysis (same ?w= and ?a=); both on the
    Estratégias view. Returns (a, b, repo, analysis id)."""
    url = use_database(monkeypatch, tmp_path)
    a = new_app().run()
    text_area(a, "Texto fonte").input("O relatório foi entregue pela comissão. Todavia, o prefeito não "
                                      "compareceu à reunião. A escola, que fica no centro, recebeu novos computadores.")
    text_area(a, "Texto simplificado").input("A comissão entregou o relatório. Mas o prefeito não foi à reunião. "
                                             "A escola fica no centro. Ela recebeu novos computadores.")
    button(a, "Analisar").click()
    a.run()
    aid = a.session_state["analysis_id"]
    b = new_app({"w": a.query_params["w"], "a": str(aid)}).run()
    for tab in (a, b):
        tab.session_state["result_tab"] = "Estratégias"
        tab.run()
        no_exceptions(tab)
    return a, b, _repo(url, a.session_state["workspace_id"]), aid


def test_a_decision_on_a_stale_card_is_refused_and_the_card_refreshes(monkeypatch, tmp_path):
    a, b, repo, aid = _two_tabs(monkeypatch, tmp_path)
    first = repo.list_annotations(aid)[0]
    button(a, "Aceitar", 0).click()
    a.run()
    assert repo.get_annotation(first.id).status == "accepted"
    # tab B still shows the card as pending, and rejects it
    button(b, "Rejeitar", 0).click()
    b.run()
    no_exceptions(b)
    assert repo.get_annotation(first.id).status == "accepted"          # not overwritten
    assert any("mudou depois que você o viu" in e.value for e in b.error)
    assert not any("salva" in s.value for s in b.success)
    assert any("Aceita" in m.value for m in b.markdown if m.value.startswith(f"**{first.code}"))


def test_undo_undoes_this_tabs_own_last_action(monkeypatch, tmp_path):
    a, b, repo, aid = _two_tabs(monkeypatch, tmp_path)
    first, second = repo.list_annotations(aid)[:2]
    button(a, "Aceitar", 0).click()
    a.run()
    b.run()                                   # B sees A's decision
    button(b, "Rejeitar", 1).click()
    b.run()
    assert repo.get_annotation(second.id).status == "rejected"
    button(a, "Desfazer").click()             # A's last action is the acceptance, not B's rejection
    a.run()
    no_exceptions(a)
    assert repo.get_annotation(first.id).status == "pending"
    assert repo.get_annotation(second.id).status == "rejected"
    button(a, "Desfazer").click()             # A has nothing left to undo: says so
    a.run()
    assert repo.get_annotation(second.id).status == "rejected"
    assert any("não há ação desta aba" in e.value for e in a.error)


def test_the_first_click_in_a_fresh_session_is_answered_not_dropped(monkeypatch, tmp_path):
    """After a server restart the browser's first click reaches a new session that has no
    callbacks registered yet (simulated: the session forgets its widgets' callbacks, as a new
    one has none, then receives the click)."""
    a, _b, repo, aid = _two_tabs(monkeypatch, tmp_path)
    first = repo.list_annotations(aid)[0]
    a._session_state._state._new_widget_state.widget_metadata.clear()
    button(a, "Aceitar", 0).click()
    a.run()
    no_exceptions(a)
    assert repo.get_annotation(first.id).status == "pending"           # nothing applied blindly...
    assert any("reconectada" in e.value for e in a.error)              # ...and the click is answered
