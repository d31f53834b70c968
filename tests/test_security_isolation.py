"""Isolation and safety: workspace keys, cross-workspace access through the app and the exports,
and uploads that never touch the filesystem.

Complements tests/test_db_workspaces.py (every repository method with crafted ids) with what a
researcher or an attacker reaches from outside: the app with someone else's analysis id in the
URL, the export formats not covered there, the logs of a whole session, and hostile file names.
"""
from __future__ import annotations

import base64
import inspect
import io
import os
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from db import exports
from db.errors import NotFound
from db.repository import Repository
from db.workspaces import create_workspace, hash_key, resolve_workspace
from tests import files_fixtures as ff
from tests.helpers import SOURCE, TARGET, make_result

SECRET_TEXT = ("O protocolo confidencial do laboratório Quixaba foi revisado pela equipe. "
               "Os resultados preliminares não podem ser divulgados.")
SECRET_TGT = "A equipe revisou o protocolo do laboratório Quixaba. Os resultados ainda são secretos."


# ============================================================================ keys


def test_workspace_keys_have_at_least_128_random_bits_and_are_never_stored(engine):
    import db.workspaces as wsmod

    keys = [create_workspace(engine)[1] for _ in range(20)]
    assert len(set(keys)) == len(keys)
    for key in keys:
        raw = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))
        assert len(raw) * 8 >= 128
    src = inspect.getsource(wsmod)
    assert "secrets.token_urlsafe(KEY_BYTES)" in src and wsmod.KEY_BYTES * 8 >= 128
    assert "hmac.compare_digest" in src                     # constant-time confirmation
    key = keys[0]
    flipped = key[:-1] + ("A" if key[-1] != "A" else "B")
    assert resolve_workspace(engine, flipped) is None
    from sqlalchemy import text

    with engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table'" if engine.dialect.name == "sqlite"
            else "SELECT tablename FROM pg_tables WHERE schemaname='public'"))]
        dump = " ".join(str(v) for t in tables for row in conn.execute(text(f'SELECT * FROM "{t}"'))
                        for v in row)
    assert all(k not in dump for k in keys) and hash_key(key) in dump


# ============================================================================ crafted ids, exports


def test_exports_search_and_statistics_never_include_another_workspace(engine):
    victim_ws, _ = create_workspace(engine)
    attacker_ws, _ = create_workspace(engine)
    victim, attacker = Repository(engine, victim_ws.id), Repository(engine, attacker_ws.id)
    rec = victim.save_analysis(SOURCE, TARGET, make_result(), title="particular")
    victim.accept(victim.list_annotations(rec.id)[0].id)
    corpus = victim.create_corpus("privado", [("a", SOURCE, TARGET)])
    for attempt in (lambda: exports.annotations_jsonl(attacker, rec.id),
                    lambda: exports.annotations_xlsx(attacker, rec.id),
                    lambda: exports.corpus_xlsx(attacker, corpus.id),
                    lambda: exports.annotations_csv(attacker, rec.id, include_deleted=True)):
        with pytest.raises(NotFound):
            attempt()
    word = max(SOURCE.split(), key=len).strip(".,")
    assert victim.list_analyses(search=word).total == 1
    assert attacker.list_analyses(search=word).total == 0                 # search over texts, too
    assert attacker.list_analyses().total == 0
    mine = attacker.feedback_stats()
    assert mine.n_analyses == 0 and sum(f.total for f in mine.per_strategy) == 0
    everyone = attacker.feedback_stats(all_workspaces=True)               # counts only, no ids
    assert everyone.n_analyses == 1 and not hasattr(everyone, "analysis_ids")


def _all_text(at) -> str:
    """Everything a page shows (values of text elements, html bodies, tables, inputs)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "text", "code", "error", "warning",
                 "info", "success", "text_area", "text_input", "metric", "json"):
        for el in getattr(at, kind, []):
            parts.append(str(getattr(el, "value", "")))
    for el in at.get("html"):
        parts.append(el.proto.body)
    for df in at.dataframe:
        parts.append(df.value.to_string())
    for block in (at.sidebar,):
        for el in block.markdown:
            parts.append(el.value)
    return "\n".join(parts)


def test_workspace_b_with_a_s_analysis_id_in_the_url_sees_nothing_of_a(monkeypatch, tmp_path):
    from db.engine import make_engine
    from db.migrate import upgrade
    from tests.ui_helpers import new_app, no_exceptions, use_database

    url = use_database(monkeypatch, tmp_path)
    engine = make_engine(url)
    upgrade(engine)
    ws_a, key_a = create_workspace(engine)
    ws_b, key_b = create_workspace(engine)
    repo_a = Repository(engine, ws_a.id)
    from analysis.pipeline import analyze, load_model
    from analysis.types import AnalysisSettings

    enc, info = load_model("lexical")
    result = analyze(SECRET_TEXT, SECRET_TGT, AnalysisSettings(model="lexical"), encoder=enc, model_info=info)
    rec = repo_a.save_analysis(SECRET_TEXT, SECRET_TGT, result, title="Projeto Quixaba")
    corpus = repo_a.create_corpus("Corpus Quixaba", [("q1", SECRET_TEXT, SECRET_TGT)])

    # A sees its own analysis (the check below can fail)
    owner = new_app({"w": key_a, "a": str(rec.id)}).run()
    no_exceptions(owner)
    assert "Quixaba" in _all_text(owner)

    at = new_app({"w": key_b, "a": str(rec.id)}).run()
    no_exceptions(at)
    assert at.session_state["workspace_id"] == ws_b.id
    shown = _all_text(at)
    assert "Quixaba" not in shown and "confidencial" not in shown
    assert any("não existe neste espaço" in w.value for w in at.warning)
    for page in ("pages/historico.py", "pages/corpus.py", "pages/painel.py"):
        at.switch_page(page).run()
        no_exceptions(at)
        assert "Quixaba" not in _all_text(at), page
    # corpus and analysis ids forged into session state are refused the same way
    at.session_state["analysis_id"] = rec.id
    at.switch_page("pages/analisar.py").run()
    no_exceptions(at)
    assert "Quixaba" not in _all_text(at)
    assert Repository(engine, ws_b.id).list_analyses().total == 0
    assert repo_a.get_corpus(corpus.id).total_pairs == 1


def test_a_whole_app_session_never_logs_the_workspace_key_or_the_texts(monkeypatch, tmp_path, caplog, capfd):
    from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

    use_database(monkeypatch, tmp_path)
    with caplog.at_level("DEBUG"):
        at = new_app().run()
        key = at.query_params["w"]
        # upload a file whose name carries path separators: read in memory, nothing written
        evil = tmp_path / "evil.txt"
        at.file_uploader(key="src_file").set_value((str(evil),
                                                    SECRET_TEXT.encode("utf-8"), "text/plain"))
        at.run()
        assert text_area(at, "Texto fonte").value == SECRET_TEXT
        assert not evil.exists()
        text_area(at, "Texto simplificado").input(SECRET_TGT)
        button(at, "Analisar").click()
        at.run()
        no_exceptions(at)
        aid = at.session_state["analysis_id"]
        at.session_state["result_tab"] = "Estratégias"
        at.run()
        button(at, "Aceitar", 0).click()
        at.run()
        no_exceptions(at)
        again = new_app({"w": key, "a": str(aid)}).run()           # reopen with the key
        no_exceptions(again)
        stranger = new_app({"w": key[:-2] + "xx"}).run()           # a mistyped key
        no_exceptions(stranger)
    out, err = capfd.readouterr()
    logged = caplog.text + "\n".join(str(r.__dict__) for r in caplog.records) + out + err
    assert "analysis_done" in logged or "review_decision" in logged    # logs were captured at all
    for secret in (key, key[:-2] + "xx", "Quixaba", "confidencial"):
        assert secret not in logged, secret


# ============================================================================ uploads and the filesystem


class _FileWatch:
    """Records every file the interpreter opens (audit hook ``open``) while active."""

    def __init__(self) -> None:
        self.active = False
        self.opened: list[tuple[str, str]] = []
        self._thread = threading.get_ident()
        sys.addaudithook(self._hook)          # hooks cannot be removed: it only records while active

    def _hook(self, event: str, args: tuple) -> None:
        if self.active and event == "open" and threading.get_ident() == self._thread:
            path, mode = args[0], args[1] if len(args) > 1 else "r"
            self.opened.append((str(path), str(mode)))


_WATCH: _FileWatch | None = None


@pytest.fixture
def file_watch():
    global _WATCH
    if _WATCH is None:
        _WATCH = _FileWatch()
    _WATCH._thread = threading.get_ident()
    _WATCH.opened = []
    yield _WATCH
    _WATCH.active = False


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_read_file_never_opens_a_path_it_is_given(file_watch):
    from analysis.ingest import read_file

    docx = ff.make_docx([SOURCE])
    odt = ff.make_odt([SOURCE])
    pdf = ff.make_pdf([SOURCE])
    cases = [("/etc/passwd", b""), ("/etc/hostname.txt", b"Texto enviado."),
             ("../../etc/shadow.txt", b"Um texto qualquer."),
             ("C:\\Windows\\system32\\evil.docx", docx), ("a/b/../../c.odt", odt), ("/proc/self/environ.pdf", pdf)]
    for name, data in cases:          # warm up: lazy imports of the readers open their modules
        try:
            read_file(name, data)
        except Exception:  # noqa: BLE001
            pass
    file_watch.active = True
    results = {}
    for name, data in cases:
        try:
            results[name] = read_file(name, data)
        except Exception as exc:  # noqa: BLE001
            results[name] = exc
    file_watch.active = False
    assert file_watch.opened == [], file_watch.opened        # no file at all: not even a temp file
    assert getattr(results["/etc/passwd"], "code", None) == "unsupported_format"
    assert results["/etc/hostname.txt"] == "Texto enviado."   # the bytes given, not the file
    assert results["../../etc/shadow.txt"] == "Um texto qualquer."
    assert results["C:\\Windows\\system32\\evil.docx"] == SOURCE
    assert results["a/b/../../c.odt"] == SOURCE
    assert SOURCE.split()[0] in results["/proc/self/environ.pdf"]


def test_zip_corpus_with_traversal_names_writes_nothing_and_keeps_only_base_names(tmp_path, monkeypatch,
                                                                                   file_watch):
    from analysis.corpus_files import read_corpus

    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../etc/evil_fonte.txt", SOURCE)
        zf.writestr("../../etc/evil_alvo.txt", TARGET)
        zf.writestr("/tmp/absoluto_fonte.txt", SOURCE)
        zf.writestr("/tmp/absoluto_alvo.txt", TARGET)
        zf.writestr("..\\..\\janelas_fonte.txt", SOURCE)
        zf.writestr("..\\..\\janelas_alvo.txt", TARGET)
        zf.writestr("ok/../../../x_fonte.docx", ff.make_docx([SOURCE]))
        zf.writestr("ok/../../../x_alvo.docx", ff.make_docx([TARGET]))
    data = buf.getvalue()
    read_corpus("corpus.zip", data)                    # warm-up (lazy imports)
    before = _tree(tmp_path)
    file_watch.active = True
    result = read_corpus("../../corpus.zip", data)
    file_watch.active = False
    assert file_watch.opened == [], file_watch.opened
    assert _tree(tmp_path) == before
    assert not Path("/etc/evil_fonte.txt").exists() and not Path("/tmp/absoluto_fonte.txt").exists()
    assert sorted(p.name for p in result.pairs) == ["absoluto", "evil", "janelas", "x"]
    assert all("/" not in p.name and "\\" not in p.name and ".." not in p.name for p in result.pairs)
    assert all(p.source == SOURCE and p.target == TARGET for p in result.pairs)


def test_no_temporary_file_is_left_after_uploads(tmp_path, monkeypatch):
    """Readers may not spill to disk; if a library ever does, the file must not survive."""
    import tempfile

    from analysis.ingest import read_file

    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    for name, data in (("a.docx", ff.make_docx([SOURCE])), ("a.odt", ff.make_odt([SOURCE])),
                       ("a.pdf", ff.make_pdf([SOURCE])), ("b.pdf", ff.make_encrypted_pdf([SOURCE])),
                       ("c.docx", b"quebrado")):
        try:
            read_file(name, data)
        except Exception:  # noqa: BLE001
            pass
    assert os.listdir(private) == []
