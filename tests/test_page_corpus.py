"""Corpus page under AppTest: upload a real CSV, run it, resume a pending corpus, read the overview."""
from __future__ import annotations

import csv
import io
from types import SimpleNamespace

import pytest
from streamlit.testing.v1 import AppTest

from services.corpus_run import create_run
from tests.ui_helpers import open_page, workspace_env

ROWS = [
    ("juiz", "O réu foi absolvido pelo juiz ontem.", "O acusado foi inocentado pelo juiz ontem."),
    ("feira", "Neste ano, a feira terá mais expositores.", "A feira terá mais expositores neste ano."),
]


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _csv(rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "source", "target"])
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _page(env) -> AppTest:
    return open_page("corpus", env, timeout=120)


def test_empty_page_explains_what_to_do(env):
    at = _page(env)
    assert not at.exception
    assert any("Nenhum corpus ainda" in i.value for i in at.info)
    assert at.file_uploader[0].allowed_type == [".zip", ".csv", ".jsonl"]


def test_uploading_a_csv_and_running_creates_the_analyses(env):
    at = _page(env)
    at.file_uploader(key="corpus_upload").set_value(("meu_corpus.csv", _csv(ROWS), "text/csv")).run()
    assert not at.exception
    assert "**2** par(es)" in " ".join(m.value for m in at.markdown)
    assert at.text_input(key="corpus_name").value == "meu_corpus"
    at.text_input(key="corpus_name").input("Notícias 2024")
    at.button(key="corpus_run").click().run()
    assert not at.exception

    corpora = env.repo.list_corpora()
    assert [c.name for c in corpora] == ["Notícias 2024"]
    assert corpora[0].n_done == 2 and corpora[0].n_pending == 0
    page = env.repo.list_analyses(corpus_id=corpora[0].id)
    assert page.total == 2 and {s.pair_name for s in page.items} == {"juiz", "feira"}
    assert "Corpus analisado: 2" in at.success[0].value

    # aggregated view: per-pair table, export buttons, drill-down
    table = at.dataframe[-1].value
    assert list(table["Par"]) == ["juiz", "feira"]
    assert table["Flesch-PT fonte"].notna().all()
    assert len(at.get("download_button")) == 4      # summary and every annotation, CSV and XLSX
    at.button(key="corpus_open").click().run()
    assert at.session_state["analysis_id"] in {s.id for s in page.items}


def test_problems_are_listed_per_pair(env):
    rows = ROWS + [("sem_alvo", "Um texto fonte sem par.", "")]
    at = _page(env)
    at.file_uploader(key="corpus_upload").set_value(("c.csv", _csv(rows), "text/csv")).run()
    assert not at.exception
    assert any("problema" in e.label for e in at.expander)
    problems = at.dataframe[0].value
    assert "sem_alvo" in " ".join(problems.iloc[:, 0].astype(str))


def test_a_pending_corpus_offers_resume(env):
    pairs = [SimpleNamespace(name=n, source=s, target=t) for n, s, t in ROWS]
    corpus_id = create_run(env.repo, "Interrompido", pairs)   # stored, never run: like a killed run
    at = _page(env)
    assert any("Interrompido" in m.value for m in at.markdown)
    at.button(key=f"corpus_resume_{corpus_id}").click().run()
    assert not at.exception
    assert env.repo.get_corpus(corpus_id).n_done == 2
    assert env.repo.pending_items(corpus_id) == []
    assert not [b for b in at.button if b.key == f"corpus_resume_{corpus_id}"]


def test_delete_corpus_after_confirmation(env):
    pairs = [SimpleNamespace(name=n, source=s, target=t) for n, s, t in ROWS[:1]]
    corpus_id = create_run(env.repo, "Apagar", pairs)
    at = _page(env)
    at.button(key="corpus_delete").click().run()
    assert env.repo.list_corpora()                    # still there until confirmed
    at.button(key="corpus_delete_yes").click().run()
    assert not at.exception
    assert env.repo.list_corpora() == []
    assert corpus_id not in {c.id for c in env.repo.list_corpora()}


def test_after_running_a_new_corpus_the_overview_shows_it(env):
    """Issue 11 item 7: the overview kept showing the previous corpus."""
    at = _page(env)
    at.file_uploader(key="corpus_upload").set_value(("primeiro.csv", _csv(ROWS[:1]), "text/csv")).run()
    at.button(key="corpus_run").click().run()
    first = env.repo.list_corpora()[0]
    assert at.selectbox(key="corpus_choice").value == first.id
    at.file_uploader(key="corpus_upload").set_value(("segundo.csv", _csv(ROWS), "text/csv")).run()
    at.button(key="corpus_run").click().run()
    assert not at.exception
    second = next(c for c in env.repo.list_corpora() if c.name == "segundo")
    assert at.selectbox(key="corpus_choice").value == second.id
    assert sorted(at.dataframe[-1].value["Par"]) == ["feira", "juiz"]


def test_export_every_annotation_of_the_corpus(env):
    """Issue 11 item 9: one row per detection and decision, with pair, code, spans, texts, status."""
    from services.corpus_service import corpus_exports

    corpus_id = create_run(env.repo, "Anotado", [SimpleNamespace(name=n, source=s, target=t) for n, s, t in ROWS])
    from analysis.types import AnalysisSettings
    from services.corpus_run import run_pending

    run_pending(env.repo, corpus_id, AnalysisSettings())
    items = env.repo.corpus_items(corpus_id)
    anns = {i.name: env.repo.list_annotations(i.analysis_id) for i in items}
    total = sum(len(a) for a in anns.values())
    assert total >= 2
    first = anns["juiz"][0]
    env.repo.accept(first.id)
    env.repo.create_annotation(items[0].analysis_id, "PRO+", [(0, 5)], [])
    files = corpus_exports(env.repo, corpus_id).value
    rows = list(csv.DictReader(io.StringIO(files.annotations_csv.decode("utf-8-sig"))))
    assert len(rows) == total + 1
    assert {"pair", "code", "source_spans", "target_spans", "source_text", "target_text", "status"} <= set(rows[0])
    accepted = next(r for r in rows if r["annotation_id"] == str(first.id))
    assert accepted["pair"] == "juiz" and accepted["status"] == "accepted" and accepted["code"] == first.code
    assert accepted["source_text"] == first.source_text
    human = next(r for r in rows if r["origin"] == "human")
    assert human["code"] == "PRO+" and human["source_text"] == ROWS[0][1][:5] and human["status"] == "created"
    only_pro = corpus_exports(env.repo, corpus_id, enabled=["RF+"]).value
    kept = list(csv.DictReader(io.StringIO(only_pro.annotations_csv.decode("utf-8-sig"))))
    assert {r["code"] for r in kept if r["origin"] == "machine"} <= {"RF+"} and any(r["origin"] == "human" for r in kept)


def test_the_page_offers_the_annotation_export(env):
    corpus_id = create_run(env.repo, "Pronto", [SimpleNamespace(name=n, source=s, target=t) for n, s, t in ROWS])
    at = _page(env)
    at.button(key=f"corpus_resume_{corpus_id}").click().run()
    assert not at.exception
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"Todas as anotações (CSV)", "Todas as anotações (XLSX)"} <= labels


def _zip(files: dict[str, str]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def test_files_left_unpaired_are_paired_by_hand_in_a_table_before_running(env):
    """Issue 11 item 8: unmatched files go to a pairing table; its complete rows join the run."""
    from services.corpus_service import read_manual, read_upload, suggested_pairs

    data = _zip({"relatorio_fonte.txt": ROWS[0][1], "resumo_alvo.txt": ROWS[0][2],
                 "capitulo.txt": ROWS[1][1], "versao_facil.txt": ROWS[1][2]})
    read = read_upload("lote.zip", data).value
    assert not read.pairs and len(read.unmatched) == 4
    rows = suggested_pairs(read.unmatched)
    by_source = {r["source"]: r for r in rows if r["source"]}
    assert by_source["relatorio_fonte.txt"]["target"] == "resumo_alvo.txt"     # roles guessed from the names
    rows.append({"name": "capitulo", "source": "capitulo.txt", "target": "versao_facil.txt"})
    manual = read_manual(data, rows).value
    assert sorted(p.name for p in manual.pairs) == ["capitulo", "relatorio"]
    assert {p.source for p in manual.pairs} == {ROWS[0][1], ROWS[1][1]}

    at = _page(env)
    at.file_uploader(key="corpus_upload").set_value(("lote.zip", data, "application/zip")).run()
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    assert "Parear à mão: 4 arquivo(s) sem par" in shown
    assert "**1** par(es)" in shown                    # the suggested row is complete: one pair ready
    at.button(key="corpus_run").click().run()
    assert not at.exception
    corpus = env.repo.list_corpora()[0]
    assert corpus.total_pairs == 1 and corpus.n_done == 1


def test_export_file_builds_each_corpus_export_on_demand(env):
    from services.corpus_service import export_file

    corpus_id = create_run(env.repo, "Sob demanda", [SimpleNamespace(name=n, source=s, target=t) for n, s, t in ROWS])
    summary = export_file(env.repo, corpus_id, "summary_csv").decode("utf-8-sig")
    assert summary.splitlines()[0].startswith("position,pair,step,status")
    assert export_file(env.repo, corpus_id, "annotations_xlsx")[:2] == b"PK"


def test_a_zip_of_three_levels_runs_as_chains_and_the_overview_shows_every_step(env):
    from tests import files_fixtures as ff

    _, src, nat = ROWS[0]
    data = ff.make_zip({"juiz.txt": src.encode(), "juiz-natural.txt": nat.encode(),
                        "juiz-strong.txt": "O réu saiu livre.".encode(),
                        "feira_fonte.txt": ROWS[1][1].encode(), "feira_alvo.txt": ROWS[1][2].encode()})
    at = _page(env)
    at.file_uploader(key="corpus_upload").set_value(("niveis.zip", data, "application/zip")).run()
    assert not at.exception
    found = next(d.value for d in at.dataframe if "Palavras (forte)" in d.value.columns)
    assert found.set_index("Par").loc["juiz", "Palavras (forte)"] == 4
    at.button(key="corpus_run").click().run()
    assert not at.exception
    overview = next(d.value for d in at.dataframe if "Passo (3 níveis)" in d.value.columns)
    steps = sorted(zip(overview["Par"], overview["Passo (3 níveis)"], strict=True))
    assert steps == [("feira", ""), ("juiz", "Natural → Forte"), ("juiz", "Original → Natural")]
    assert [m.value for m in at.metric][:2] == ["2", "2"]           # two pairs, both done
