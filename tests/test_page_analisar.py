"""The Analisar page under AppTest: analyse, review (decisions reach the database), reopen, DB down."""
from __future__ import annotations

import re

from tests.ui_helpers import (
    SRC,
    TGT,
    button,
    dead_postgres_url,
    new_app,
    no_exceptions,
    text_area,
    use_database,
)


def _repo(url: str, workspace_id: int):
    from db.engine import make_engine
    from db.repository import Repository

    return Repository(make_engine(url), workspace_id)


def _analyse(at, src: str = SRC, tgt: str = TGT, title: str | None = None):
    text_area(at, "Texto fonte").input(src)
    text_area(at, "Texto simplificado").input(tgt)
    if title is not None:
        at.text_input(key="analysis_title").input(title)
    button(at, "Analisar").click()
    return at.run()


def test_empty_state_tells_what_to_do(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    no_exceptions(at)
    assert any("Carregar exemplo" in i.value for i in at.info)


def test_example_button_fills_both_texts_with_live_counts(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    button(at, "Carregar exemplo").click()
    at.run()
    no_exceptions(at)
    src, tgt = text_area(at, "Texto fonte").value, text_area(at, "Texto simplificado").value
    assert "dengue" in src and "dengue" in tgt and src != tgt
    assert any("palavras" in c.value and "frases" in c.value and not c.value.startswith("0 ")
               for c in at.caption)


def test_identical_texts_warn(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(SRC)
    text_area(at, "Texto simplificado").input(SRC)
    at.run()
    assert any("idênticos" in w.value for w in at.warning)


def test_missing_text_is_refused_in_portuguese(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(SRC)
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    assert any("Preencha os dois textos" in e.value for e in at.error)


def test_analyse_saves_shows_highlights_and_decisions_persist(monkeypatch, tmp_path):
    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    _analyse(at, title="Relatório <b>1</b>")
    no_exceptions(at)
    aid = at.session_state["analysis_id"]
    assert aid is not None and at.query_params["a"] == str(aid)
    wid = at.session_state["workspace_id"]
    repo = _repo(url, wid)
    rec = repo.get_analysis(aid)
    assert rec.title == "Relatório <b>1</b>" and rec.result.strategies
    # Lado a lado: both texts highlighted, user text escaped
    htmls = [h.proto.body for h in at.get("html")]
    plain = [re.sub(r"<sup[^>]*>[^<]*</sup>|<[^>]+>", "", h) for h in htmls]
    assert any("<mark" in h and "O relatório foi entregue pela comissão." in p for h, p in zip(htmls, plain, strict=True))
    assert any("<mark" in h and "A comissão entregou o relatório." in p for h, p in zip(htmls, plain, strict=True))
    assert not any("<b>1</b>" in h for h in htmls)

    # Estratégias: accept the first, reject the second -> database rows change
    at.session_state["result_tab"] = "Estratégias"
    at.run()
    no_exceptions(at)
    anns = repo.list_annotations(aid)
    assert len(anns) >= 2
    button(at, "Aceitar", 0).click()
    at.run()
    button(at, "Rejeitar", 1).click()
    at.run()
    no_exceptions(at)
    statuses = [a.status for a in repo.list_annotations(aid, include_deleted=True)]
    assert statuses.count("accepted") == 1 and statuses.count("rejected") == 1
    assert any("salva" in s.value for s in at.success)

    # Desfazer reverts the rejection
    button(at, "Desfazer").click()
    at.run()
    statuses = [a.status for a in repo.list_annotations(aid, include_deleted=True)]
    assert statuses.count("accepted") == 1 and statuses.count("rejected") == 0

    # a new session with the same workspace key and ?a= sees the same analysis and decisions
    again = new_app({"w": at.query_params["w"], "a": str(aid)}).run()
    no_exceptions(again)
    assert again.session_state["analysis_id"] == aid
    assert any(s.value == "Relatório <b>1</b>" for s in again.subheader)
    # ...and another workspace cannot open it
    stranger = new_app({"a": str(aid)}).run()
    no_exceptions(stranger)
    assert stranger.session_state["workspace_id"] != wid
    assert any("não existe neste espaço" in w.value for w in stranger.warning)


def _on_view(monkeypatch, tmp_path, view: str = "Estratégias"):
    """An analysed pair with one result view open: (app, database url, analysis id,
    workspace id)."""
    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    _analyse(at)
    aid, wid = at.session_state["analysis_id"], at.session_state["workspace_id"]
    at.session_state["result_tab"] = view
    at.run()
    return at, url, aid, wid


def test_new_annotation_from_excerpt(monkeypatch, tmp_path):
    at, url, aid, wid = _on_view(monkeypatch, tmp_path)
    at.selectbox(key="new_code").set_value("PRO+")
    at.text_input(key="new_tgt_ex").input("Mas o prefeito")
    at.text_area(key="new_comment").input("conector mudou o sentido")
    at.button(key="FormSubmitter:new_annotation-Adicionar anotação").click()
    at.run()
    no_exceptions(at)
    human = [a for a in _repo(url, wid).list_annotations(aid) if a.origin == "human"]
    assert len(human) == 1
    h = human[0]
    assert h.code == "PRO+" and h.comment == "conector mudou o sentido" and h.source_spans == []
    start, end = h.target_spans[0]
    assert TGT[start:end] == "Mas o prefeito"


def test_other_views_render(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    _analyse(at)
    for tab in ("Alinhamento", "Métricas", "Exportar"):
        at.session_state["result_tab"] = tab
        at.run()
        no_exceptions(at)
    at.session_state["result_tab"] = "Alinhamento"
    at.run()
    rows = " ".join(m.value for m in at.markdown if "nx-align" in m.value)
    assert "Divisão (1:n)" in rows  # the school sentence was split
    paragraphs = at.dataframe[0].value          # the paragraph level, derived from the sentences
    kinds = set(paragraphs["Tipo de alinhamento"])
    assert len(paragraphs) >= 1 and kinds <= {"1:1", "Divisão (1:n)", "Fusão (n:1)", "n:m", "Omitida",
                                              "Acrescentada"}


def test_database_unreachable_result_shown_nothing_claims_saved(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path, dead_postgres_url())
    at = new_app().run()
    _analyse(at)
    no_exceptions(at)
    assert at.session_state["analysis_id"] is None
    assert any("NÃO foi salva" in e.value for e in at.error)
    assert button(at, "Tentar novamente")
    assert not any("salva." in s.value.lower() for s in at.success)
    htmls = [h.proto.body for h in at.get("html")]
    assert any("<mark" in h for h in htmls)
    at.session_state["result_tab"] = "Estratégias"
    at.run()
    no_exceptions(at)
    assert all(b.disabled for b in at.button if b.label in ("Aceitar", "Rejeitar"))
    button(at, "Tentar novamente").click()
    at.run()
    assert at.session_state["analysis_id"] is None
    assert any("NÃO foi salva" in e.value for e in at.error)


def test_uploaded_file_fills_the_text_area_and_bad_file_is_explained(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    at.file_uploader(key="src_file").set_value(("fonte.txt", SRC.encode("utf-8"), "text/plain"))
    at.run()
    no_exceptions(at)
    assert text_area(at, "Texto fonte").value == SRC
    assert any("fonte.txt" in s.value for s in at.success)
    at.file_uploader(key="tgt_file").set_value(("quebrado.docx", b"isto nao e um docx", "application/octet-stream"))
    at.run()
    no_exceptions(at)
    assert text_area(at, "Texto simplificado").value == ""
    assert at.error and "quebrado.docx" in at.error[0].value


def test_export_tab_offers_every_format(monkeypatch, tmp_path):
    from components.items import from_annotation
    from components.report import build_report_html
    from db import exports

    at, url, aid, wid = _on_view(monkeypatch, tmp_path, "Exportar")
    no_exceptions(at)
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"CSV", "JSONL", "XLSX", "Pacote completo", "Relatório HTML (abre sem internet)",
            "INCEpTION (ZIP com XMI)", "Label Studio (ZIP: tarefas + configuração)"} <= labels
    repo = _repo(url, wid)
    assert exports.annotations_csv(repo, aid)
    rec = repo.get_analysis(aid)
    report = build_report_html(rec.result, [from_annotation(a) for a in repo.list_annotations(aid)])
    assert "O relatório foi entregue pela comissão." in report


def test_card_tools_open_lazily_and_save_relabel_comment_and_span(monkeypatch, tmp_path):
    at, url, aid, wid = _on_view(monkeypatch, tmp_path)
    first = _repo(url, wid).list_annotations(aid)[0]
    key = first.id
    # closed cards draw no editor widgets (the expander runs lazily)
    assert not [w for w in at.selectbox if w.key == f"rl_code_{key}"]
    at.session_state[f"more_{key}"] = True
    at.run()
    no_exceptions(at)
    new_code = next(c for c in ("SL+", "RF+", "RD+") if c != first.code)
    # a value changed and its button clicked in the same round trip (as a browser sends them)
    at.selectbox(key=f"rl_code_{key}").set_value(new_code)
    at.button(key=f"rl_{key}").click()
    at.run()
    at.text_input(key=f"cm_{key}").input("rever com o grupo")
    at.button(key=f"FormSubmitter:cm_form_{key}-Salvar comentário").click()
    at.run()
    relabelled = next(a for a in _repo(url, wid).list_annotations(aid) if a.id == key)
    from analysis.types import localized

    # issue 11 item 18: a relabelled detection says a researcher relabelled it, in both languages
    assert localized(relabelled.explanation, "pt-BR") == (
        f"Reclassificado por um pesquisador: {first.code} → {new_code}.")
    assert localized(relabelled.explanation, "en").startswith("Relabelled by a researcher")
    at.toggle(key=f"offsets_a{key}").set_value(True)      # the offsets: the selector's fallback
    at.run()
    at.number_input(key=f"ed_tgt_a{key}_s0").set_value(0)
    at.number_input(key=f"ed_tgt_a{key}_e0").set_value(10)
    at.run()
    at.button(key=f"save_span_a{key}").click()
    at.run()
    no_exceptions(at)
    after = next(a for a in _repo(url, wid).list_annotations(aid) if a.id == key)
    assert after.code == new_code and after.status == "relabelled"
    assert after.comment == "rever com o grupo"
    assert after.target_spans == [(0, 10)] or after.target_spans == [[0, 10]]
    # after an edit the explanation quotes the new span
    tgt_text = _repo(url, wid).get_analysis(aid).target_text
    assert f"na versão simplificada «{tgt_text[0:10]}»" in localized(after.explanation, "pt-BR")
