"""The Alinhamento view's correction controls under AppTest (real SQLite, real e5 model): a
merge the aligner read as a 1:1 plus an omission is merged by the researcher, re-detected as
RP+, marked "definido pelo pesquisador", the stale OM+ leaves the list; undo brings it back."""
from __future__ import annotations

from tests.test_realign import SOURCE, TARGET  # the merge the aligner misreads as s3 omitted
from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database


def _repo(url: str, workspace_id: int):
    from db.engine import make_engine
    from db.repository import Repository

    return Repository(make_engine(url), workspace_id)


def _analysed(monkeypatch, tmp_path):  # noqa: ANN001
    """The app on a fresh database with SOURCE/TARGET analysed: (database url, AppTest)."""
    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(SOURCE)
    text_area(at, "Texto simplificado").input(TARGET)
    button(at, "Analisar").click()
    at.run()
    return url, at


def _rows_html(at) -> str:
    return " ".join(m.value for m in at.markdown if "nx-align" in m.value)


def test_merge_then_undo_from_the_alignment_view(monkeypatch, tmp_path):
    url, at = _analysed(monkeypatch, tmp_path)
    aid = at.session_state["analysis_id"]
    repo = _repo(url, at.session_state["workspace_id"])
    before = [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments]
    assert (["s3"], []) in before                        # the misread
    at.session_state["result_tab"] = "Alinhamento"
    at.run()
    no_exceptions(at)
    assert "definido pelo pesquisador" not in _rows_html(at)
    at.radio(key="realign_action").set_value("merge")
    at.run()
    merge = at.multiselect(key="realign_merge_0")
    # options are drawn "#k · s2 ↔ t2"; the values are the row numbers k
    picked = [int(o.split(" · ")[0][1:]) for o in merge.options if "· s2 ↔" in o or "· s3 ↔" in o]
    assert len(picked) == 2, merge.options
    merge.set_value(picked)
    at.run()
    button(at, "Aplicar correção").click()
    at.run()
    no_exceptions(at)
    assert any("Alinhamento corrigido" in s.value for s in at.success)
    after = repo.get_analysis(aid).result
    merged = [g for g in after.alignments if g.source == ["s2", "s3"]]
    assert merged and merged[0].target == ["t2"] and merged[0].by_researcher
    assert "definido pelo pesquisador" in _rows_html(at)
    assert at.multiselect(key="realign_merge_1").value == []    # the old row numbers are not kept
    assert "RP+" in {a.code for a in repo.list_annotations(aid)}
    s3 = "Ela foi financiada com recursos do governo estadual."
    # the whole-sentence OM+ card left the list (superseded); a clause the merge dropped may stay
    assert not [a for a in repo.list_annotations(aid) if a.code == "OM+" and a.source_text == s3]
    assert [a.status for a in repo.list_annotations(aid, include_deleted=True)
            if a.code == "OM+" and a.source_text == s3] == ["superseded"]

    button(at, "Desfazer a última correção").click()
    at.run()
    no_exceptions(at)
    assert any("Correção desfeita" in s.value for s in at.success)
    assert [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments] == before
    assert [a.status for a in repo.list_annotations(aid) if a.code == "OM+" and a.source_text == s3] == ["pending"]
    assert "definido pelo pesquisador" not in _rows_html(at)


def test_controls_in_english(monkeypatch, tmp_path):
    import dataclasses

    url, at = _analysed(monkeypatch, tmp_path)
    repo = _repo(url, at.session_state["workspace_id"])
    repo.save_preferences(dataclasses.replace(repo.get_preferences(), language="en"))
    at.session_state["lang"] = "en"
    at.run()                                   # the tabs are relabelled (the open tab resets)
    at.session_state["result_tab"] = "Alignment"
    at.run()
    no_exceptions(at)
    assert "Merge groups" in at.radio(key="realign_action").options
    assert any(b.label == "Apply correction" for b in at.button)


def _two_corrections(monkeypatch, tmp_path):  # noqa: ANN001
    """SOURCE/TARGET analysed, then merged (s2, s3 ↔ t2) and s4 marked omitted, and the
    Alinhamento view drawn: (repo, analysis id, AppTest, [alignment before each correction])."""
    from services.alignment_correction import Correction, correct_alignment

    url, at = _analysed(monkeypatch, tmp_path)
    aid = at.session_state["analysis_id"]
    repo = _repo(url, at.session_state["workspace_id"])
    states = [_groups(repo, aid)]
    assert correct_alignment(repo, aid, Correction("merge", ("s2", "s3"), ("t2",))).ok
    states.append(_groups(repo, aid))
    assert correct_alignment(repo, aid, Correction("omitted", ("s4",), ())).ok
    at.session_state["result_tab"] = "Alinhamento"
    at.run()
    no_exceptions(at)
    return repo, aid, at, states


def _groups(repo, aid):  # noqa: ANN001
    return [(g.source, g.target) for g in repo.get_analysis(aid).result.alignments]


def test_undo_twice_goes_back_through_the_history(monkeypatch, tmp_path):
    repo, aid, at, states = _two_corrections(monkeypatch, tmp_path)
    history = " ".join(m.value for m in at.markdown if "Correções deste alinhamento" in m.value)
    # newest first: the next undo takes "Marcar como omitida"
    assert history.index("Marcar como omitida · s4") < history.index("Juntar grupos · s2, s3 ↔ t2")
    button(at, "Desfazer a última correção").click()
    at.run()
    no_exceptions(at)
    assert any("Correção desfeita" in s.value for s in at.success)
    assert _groups(repo, aid) == states[1]
    button(at, "Desfazer a última correção").click()
    at.run()
    no_exceptions(at)
    assert _groups(repo, aid) == states[0]
    assert button(at, "Desfazer a última correção").disabled
    assert "~~Juntar grupos" in " ".join(m.value for m in at.markdown)


def test_undo_from_a_stale_tab_is_refused(monkeypatch, tmp_path):
    from services.alignment_correction import undo_correction

    repo, aid, at, states = _two_corrections(monkeypatch, tmp_path)
    assert undo_correction(repo, aid).ok          # another tab undid the latest meanwhile
    assert _groups(repo, aid) == states[1]
    button(at, "Desfazer a última correção").click()    # this tab still offers that one
    at.run()
    no_exceptions(at)
    assert any("já foi desfeita" in w.value for w in at.warning)
    assert _groups(repo, aid) == states[1]              # the older correction stays
    button(at, "Desfazer a última correção").click()    # the refreshed page offers the merge
    at.run()
    assert _groups(repo, aid) == states[0]
