"""Analisar under a researcher's day (issue 11 items 3, 4, 5, 6), each failing before its fix."""
from __future__ import annotations

from analysis.types import AUTOMATIC_CODES
from tests.ui_helpers import SRC, TGT, button, new_app, no_exceptions, text_area, use_database

#: a pair whose source has a sentence the simplified text leaves out (an OM+ suggestion)
OM_SRC = SRC + " Os vereadores discutiram o orçamento municipal durante três horas seguidas."


def _repo(url: str, workspace_id: int):
    from services.store import open_database, repository

    return repository(open_database(url), workspace_id)


def _analyse(at, src: str = SRC, tgt: str = TGT, title: str = ""):
    text_area(at, "Texto fonte").input(src)
    text_area(at, "Texto simplificado").input(tgt)
    at.text_input(key="analysis_title").input(title)
    button(at, "Analisar").click()
    return at.run()


def _card_codes(at) -> list[str]:
    return [m.value.split("**")[1].split(" ")[0] for m in at.markdown
            if m.value.startswith("**") and "Confiança" in m.value]


# ------------------------------------------------------------------ item 6: OM+ off by default
def test_om_is_off_by_default_everywhere_and_switching_it_on_needs_no_reanalysis(monkeypatch, tmp_path):
    from services.export import annotations_file
    from services.preferences import ReviewFilter

    url = use_database(monkeypatch, tmp_path)
    at = _analyse(new_app().run(), OM_SRC, TGT)
    no_exceptions(at)
    aid, wid = at.session_state["analysis_id"], at.session_state["workspace_id"]
    repo = _repo(url, wid)
    stored = repo.list_annotations(aid)
    assert any(a.code == "OM+" for a in stored), "the store keeps every detection"
    others = [a for a in stored if a.code != "OM+" and a.origin == "machine"]

    at.session_state["result_tab"] = "Estratégias"
    at.run()
    no_exceptions(at)
    assert "OM+" not in _card_codes(at)
    progress = next(c.value for c in at.caption if "revisad" in c.value)
    assert f"0 de {len(others)} " in progress
    csv = annotations_file(repo, aid, "csv", ReviewFilter()).decode("utf-8-sig")
    assert "OM+" not in csv and others[0].code in csv

    # the researcher switches OM+ on: the stored suggestions are listed, nothing re-analysed
    at.session_state["enabled_strategies"] = list(AUTOMATIC_CODES)
    at.run()
    no_exceptions(at)
    assert "OM+" in _card_codes(at)
    assert [r.id for r in repo.list_analyses().items] == [aid]


# ------------------------------------------------------------------ item 4: input survives
def test_texts_and_title_survive_a_visit_to_another_page(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(SRC)
    text_area(at, "Texto simplificado").input(TGT)
    at.text_input(key="analysis_title").input("Par da reunião")
    at.run()
    at.switch_page("pages/historico.py").run()
    at.switch_page("pages/analisar.py").run()
    no_exceptions(at)
    assert text_area(at, "Texto fonte").value == SRC
    assert text_area(at, "Texto simplificado").value == TGT
    assert at.text_input(key="analysis_title").value == "Par da reunião"


def test_reopening_a_saved_analysis_puts_its_texts_back_for_an_edited_rerun(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    first = _analyse(new_app().run(), title="Primeiro par")
    aid = first.session_state["analysis_id"]
    again = new_app({"w": first.query_params["w"], "a": str(aid)}).run()
    no_exceptions(again)
    assert text_area(again, "Texto fonte").value == SRC
    assert text_area(again, "Texto simplificado").value == TGT
    assert again.text_input(key="analysis_title").value == "Primeiro par"
    # edited and analysed again: a new analysis, the first one unchanged
    text_area(again, "Texto simplificado").input(TGT + " Fim.")
    button(again, "Analisar").click()
    again.run()
    no_exceptions(again)
    assert again.session_state["analysis_id"] not in (None, aid)


# ------------------------------------------------------------------ item 5: bad files, one message
def test_an_empty_file_is_refused_not_extracted(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    at.file_uploader(key="src_file").set_value(("vazio.txt", b"", "text/plain"))
    at.run()
    no_exceptions(at)
    assert text_area(at, "Texto fonte").value == ""
    assert not any("extraído" in s.value for s in at.success)
    assert [e.value for e in at.error] == ["O arquivo “vazio.txt” está vazio: não há texto a extrair."]


def test_a_file_over_the_text_limit_is_refused_before_filling_with_one_message(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    monkeypatch.setenv("NETEST_MAX_TEXT_CHARS", "500")
    from ops.settings import get_settings

    get_settings.cache_clear()
    at = new_app().run()
    text_area(at, "Texto simplificado").input(TGT)
    at.file_uploader(key="src_file").set_value(("grande.txt", ("Uma frase comum. " * 200).encode(), "text/plain"))
    at.run()
    no_exceptions(at)
    assert text_area(at, "Texto fonte").value == ""
    assert len(at.error) == 1 and "limite" in at.error[0].value
    get_settings.cache_clear()


# ------------------------------------------------------------------ item 3: Nova anotação
def test_new_annotation_clears_refuses_a_duplicate_and_answers_next_to_the_form(monkeypatch, tmp_path):
    url = use_database(monkeypatch, tmp_path)
    at = _analyse(new_app().run())
    aid, wid = at.session_state["analysis_id"], at.session_state["workspace_id"]
    at.session_state["result_tab"] = "Estratégias"
    at.run()

    def submit():
        at.selectbox(key="new_code").set_value("PRO+")
        at.text_input(key="new_tgt_ex").input("Mas o prefeito")
        at.button(key="FormSubmitter:new_annotation-Adicionar anotação").click()
        at.run()
        no_exceptions(at)

    submit()
    assert at.text_input(key="new_tgt_ex").value == ""             # the form cleared
    assert any("Anotação criada" in s.value for s in at.success)
    submit()                                                          # the same annotation again
    assert any("já existe" in e.value for e in at.error)
    human = [a for a in _repo(url, wid).list_annotations(aid) if a.origin == "human"]
    assert len(human) == 1
