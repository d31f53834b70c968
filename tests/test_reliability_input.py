"""Bad input, end to end: the engine (``analyze``), the CLI and the app (AppTest).

Every case in the matrix of docs/reliability.md that is not already covered at the reader
level (tests/test_ingest.py, tests/test_corpus_files.py) is driven here through the path a
researcher uses: a clear Portuguese message (CLI: exit 2 and one line on stderr), never a
traceback, and nothing half-saved in the database.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from analysis.cli import main as cli_main
from analysis.pipeline import analyze, load_model
from analysis.types import AnalysisSettings, InputError
from bench.fuzz import check_result
from tests import files_fixtures as ff

SRC = ("O relatório foi entregue pela comissão ao prefeito na segunda-feira. "
       "Todavia, a reunião que estava marcada para terça foi adiada por falta de quórum.")
TGT = ("A comissão entregou o relatório ao prefeito na segunda-feira. "
       "Mas a reunião de terça foi adiada. Faltaram vereadores.")
LEXICAL = AnalysisSettings(model="lexical")
# ordinary Portuguese words for long inputs (none taken from a test text)
WORDS = "casa escola cidade governo criança médico água saúde relatório comissão prefeito".split()


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Tests that change a limit through the environment must not leak it to the next test."""
    from ops.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def lexical():
    return load_model("lexical")


def run(source: str, target: str, lexical):
    encoder, info = lexical
    return analyze(source, target, LEXICAL, encoder=encoder, model_info=info)


def input_error(source: str, target: str, lexical) -> InputError:
    with pytest.raises(InputError) as err:
        run(source, target, lexical)
    assert err.value.message and err.value.code
    return err.value


# ============================================================================ engine: analyze()


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t \n", "\u00a0\u3000", "\x00\x01\x02", "\u200b\u2060\ufeff"])
def test_empty_or_invisible_text_is_refused(blank, lexical):
    err = input_error(blank, TGT, lexical)
    assert err.code == "empty_text" and "fonte" in err.message and "vazio" in err.message
    err = input_error(SRC, blank, lexical)
    assert err.code == "empty_text" and "simplificado" in err.message


def test_identical_texts_warn_and_find_nothing(lexical):
    r = run(SRC, SRC, lexical)
    assert any("idênticos" in n for n in r.notices)
    assert r.strategies == []
    assert all(g.kind == "1:1" and g.score > 0.99 for g in r.alignments)


def test_text_over_the_size_limit_is_refused_before_any_work(lexical):
    from ops.settings import get_settings

    limit = get_settings().max_text_chars
    big = ("Uma frase comum de teste. " * (limit // 26 + 2))
    assert len(big) > limit
    err = input_error(big, TGT, lexical)
    assert err.code == "too_long" and "limite" in err.message and "fonte" in err.message


def test_one_20000_character_sentence_without_punctuation_is_analysed(lexical):
    words = [WORDS[(i * 7) % len(WORDS)] for i in range(4000)]
    long = " ".join(words)[:20_000]
    target = " ".join(words[:1500])
    r = run(long, target, lexical)
    check_result(r, long, target)
    assert any("sem pontuação final" in n for n in r.notices)


def test_5000_one_word_lines_are_analysed(lexical):
    lines = "\n".join(WORDS[(i * 5) % len(WORDS)] for i in range(5000))
    target = "\n".join(lines.split("\n")[:2000])
    r = run(lines, target, lexical)
    check_result(r, lines, target)
    # the lines are joined like wrapped text, so the researcher is warned that splitting is unsure
    assert any("5.000 palavras sem pontuação final" in n for n in r.notices)   # pt-BR grouping
    from analysis.ingest import check_text

    listing = "\n".join(f"- item número {i} da lista" for i in range(60))   # list items stay apart
    assert not any("sem pontuação" in w for w in check_text(listing, "fonte"))
    paragraphs = "\n\n".join(" ".join(WORDS) for _ in range(40))           # blank lines end a stretch
    assert not any("sem pontuação" in w for w in check_text(paragraphs, "fonte"))


def test_nul_and_control_characters_are_removed_and_offsets_still_match(lexical):
    src = "O réu\x00 foi absolvido\x07 pelo juiz.\x1b\r\nNo dia\x0bseguinte, saiu."
    r = run(src, TGT, lexical)
    check_result(r, src, TGT)
    assert not re.search("[\x00-\x08\x0e-\x1f]", r.source.text)
    assert r.source.sentences[0].text == "O réu foi absolvido pelo juiz."


def test_nfc_and_nfd_forms_of_the_same_text_align_as_equal(lexical):
    nfc = unicodedata.normalize("NFC", SRC + " A ação da população é o coração da questão.")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    r = run(nfc, nfd, lexical)
    assert r.source.text == r.target.text
    assert all(g.kind == "1:1" and g.score > 0.99 for g in r.alignments)
    assert any("idênticos" in n for n in r.notices)
    assert r.strategies == []


def test_emoji_and_right_to_left_text_keep_exact_offsets(lexical):
    src = "A festa 🎉👩🏽‍🔬 foi ótima! O rabino disse שלום עליכם aos visitantes. Depois saiu مرحبا."
    tgt = "A festa 🎉 foi boa. O rabino disse שלום aos visitantes."
    r = run(src, tgt, lexical)
    check_result(r, src, tgt)
    assert "👩🏽‍🔬" in r.source.sentences[0].text
    assert any("שלום" in s.text for s in r.target.sentences)


HOSTILE = ('O site mostrava <script>alert("x")</script> e <img src=x onerror=alert(1)> no topo. '
           'Veja [aqui](javascript:alert(1)) e <a href="javascript:alert(2)">aqui</a> os dados da cidade.')
HOSTILE_TGT = 'O site mostrava <script>alert("x")</script>. Veja os dados da cidade.'


def assert_no_live_markup(html: str) -> None:
    """The hostile snippets of HOSTILE appear only escaped: no script, img, handler or
    javascript: link made of the researcher's text (the report's own plotly script is allowed)."""
    assert html.count("<script") == html.count("</script>"), "a </script> in the text broke out"
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S)
    assert not any('alert("x")' in s or "alert(1)" in s or "alert(2)" in s for s in scripts)
    outside = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)
    assert "<script>alert" not in outside
    assert not re.search(r"<img\b[^>]*\bsrc=x", outside, re.I)
    for tag in re.findall(r"<[a-zA-Z][^>]*>", outside):
        bare = re.sub(r"\"[^\"]*\"|'[^']*'", '""', tag)      # attribute values are inert text
        assert "onerror" not in bare.lower(), tag
        for url in re.findall(r"(?:href|src)\s*=\s*[\"']?([^\"' >]*)", tag, re.I):
            assert not url.strip().lower().startswith("javascript:"), tag


def test_html_and_javascript_are_plain_text_in_the_result_and_the_report(lexical):
    from components.report import build_report_html

    r = run(HOSTILE, HOSTILE_TGT, lexical)
    check_result(r, HOSTILE, HOSTILE_TGT)
    assert "<script>" in r.source.text  # kept as the researcher typed it...
    html = build_report_html(r, None, "pt-BR", title='<img src=x onerror=alert("t")>')
    assert_no_live_markup(html)
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_text_that_is_not_portuguese_warns_and_is_still_analysed(lexical):
    en = ("The government announced yesterday a new plan for the public schools of the city, "
          "and the mayor said that the work will start next month.")
    en_tgt = "The government announced a new plan for schools. Work starts next month."
    r = run(en, en_tgt, lexical)
    check_result(r, en, en_tgt)
    assert any("não parece estar em português" in n and "fonte" in n for n in r.notices)
    assert r.alignments


# ============================================================================ CLI (in process)


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    rc = cli_main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _one_portuguese_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("erro: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ruins")
    files = {
        "vazio.txt": b"  \n\t\n",
        "binario.txt": bytes(range(256)) * 40,
        "quebrado.docx": ff.make_docx([SRC])[:900],
        "bomba.docx": ff.make_zip_bomb(size_mb=120),
        "senha.pdf": ff.make_encrypted_pdf([SRC]),
        "digitalizado.pdf": ff.make_blank_pdf(1),
        "planilha.xls": b"\xd0\xcf\x11\xe0 planilha antiga",
        "enorme.txt": ("Uma frase comum de teste. " * 4200).encode(),
    }
    paths = {}
    for name, data in files.items():
        (d / name).write_bytes(data)
        paths[name] = d / name
    (d / "alvo.txt").write_text(TGT, encoding="utf-8")
    paths["alvo.txt"] = d / "alvo.txt"
    return paths


@pytest.mark.parametrize("name,words", [
    ("vazio.txt", "vazio"),
    ("binario.txt", "binário"),
    ("quebrado.docx", "corrompido"),
    ("bomba.docx", "descompactado"),
    ("senha.pdf", "senha"),
    ("digitalizado.pdf", "digitalizado"),
    ("planilha.xls", "não é aceito"),
    ("enorme.txt", "limite"),
])
def test_cli_bad_file_exits_2_with_one_portuguese_line(name, words, bad_files, capsys):
    rc, out, err = _cli(capsys, "analyze", str(bad_files[name]), str(bad_files["alvo.txt"]), "--model", "lexical")
    assert rc == 2 and out == ""
    line = _one_portuguese_line(err)
    assert words in line, line


def test_cli_only_one_side_given_exits_2_in_portuguese(bad_files, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main(["analyze", str(bad_files["alvo.txt"])])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("erro: faltam argumentos obrigatórios"), err


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-8-sig"])
def test_cli_reads_legacy_encodings(encoding, tmp_path, capsys):
    import json

    src = tmp_path / "fonte.txt"
    src.write_bytes(SRC.encode(encoding))
    tgt = tmp_path / "alvo.txt"
    tgt.write_text(TGT, encoding="utf-8")
    rc, out, err = _cli(capsys, "analyze", str(src), str(tgt), "--json", "--model", "lexical")
    assert rc == 0, err
    doc = json.loads(out)
    assert " ".join(x["text"] for x in doc["source"]["sentences"]) == SRC
    assert doc["source"]["sentences"][1]["start"] == SRC.index("Todavia")


def test_cli_warnings_for_identical_and_foreign_texts_are_printed_not_fatal(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text(SRC, encoding="utf-8")
    rc, out, err = _cli(capsys, "analyze", str(a), str(a), "--model", "lexical")
    assert rc == 0 and "Aviso: Os dois textos são idênticos" in out
    en = tmp_path / "en.txt"
    en.write_text("The mayor said that the new public schools of the city will open next year "
                  "with more teachers and better buildings.", encoding="utf-8")
    rc, out, err = _cli(capsys, "analyze", str(en), str(a), "--model", "lexical")
    assert rc == 0 and "não parece estar em português" in out


def test_cli_hostile_and_control_characters_in_a_file(tmp_path, capsys):
    import json

    src = tmp_path / "a.txt"
    src.write_bytes((HOSTILE + "\x00\x07 Fim.").encode("utf-8"))
    tgt = tmp_path / "b.txt"
    tgt.write_text(HOSTILE_TGT, encoding="utf-8")
    rc, out, err = _cli(capsys, "analyze", str(src), str(tgt), "--json", "--model", "lexical")
    assert rc == 0, err
    doc = json.loads(out)
    sentences = doc["source"]["sentences"]
    text = " ".join(x["text"] for x in sentences)
    assert "\x00" not in text and "\x07" not in text and "<script>" in text
    assert sentences[-1]["text"] == "Fim." and sentences[-1]["end"] == len(HOSTILE) + 5


# ============================================================================ app (AppTest)


def _analyses(url: str) -> int:
    from sqlalchemy import text

    from db.engine import make_engine

    with make_engine(url).connect() as c:
        return c.execute(text("select count(*) from analysis")).scalar_one() + \
            c.execute(text("select count(*) from annotation")).scalar_one()


def test_app_bad_uploads_and_bad_pastes_are_explained_and_nothing_is_saved(monkeypatch, tmp_path, bad_files):
    from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    no_exceptions(at)
    uploads = [
        ("binario.txt", "binário"), ("quebrado.docx", "corrompido"), ("bomba.docx", "descompactado"),
        ("senha.pdf", "senha"), ("digitalizado.pdf", "digitalizado"),
    ]
    # an unsupported extension never reaches the reader: the uploader only accepts these
    assert at.file_uploader(key="src_file").allowed_type == [".txt", ".md", ".docx", ".odt", ".pdf"]
    for name, words in uploads:
        at.file_uploader(key="src_file").set_value((name, bad_files[name].read_bytes(), "application/octet-stream"))
        at.run()
        no_exceptions(at)
        errors = [e.value for e in at.error]
        assert any(name in e and words in e for e in errors), (name, errors)
        assert text_area(at, "Texto fonte").value == ""
    # cp1252 and UTF-16 uploads fill the text area with the right characters
    for enc in ("cp1252", "utf-16"):
        at.file_uploader(key="tgt_file").set_value((f"alvo-{enc}.txt", TGT.encode(enc), "text/plain"))
        at.run()
        no_exceptions(at)
        assert text_area(at, "Texto simplificado").value == TGT
    # pasted: only one side, whitespace only, over the limit
    text_area(at, "Texto fonte").input("   \n\t ")
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    assert any("Preencha os dois textos" in e.value for e in at.error)
    monkeypatch.setenv("NETEST_MAX_TEXT_CHARS", "2000")
    from ops.settings import get_settings

    get_settings.cache_clear()
    text_area(at, "Texto fonte").input("Uma frase comum de teste. " * 100)
    at.run()
    assert any("limite" in e.value and "fonte" in e.value for e in at.error)
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    assert any("limite é 2.000" in e.value for e in at.error)
    assert "a" not in at.query_params
    assert _analyses(url) == 0            # nothing half-saved


def test_app_shows_hostile_text_as_text_and_stores_nfc(monkeypatch, tmp_path):
    from tests.ui_helpers import button, new_app, no_exceptions, text_area, use_database

    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    text_area(at, "Texto fonte").input(HOSTILE)
    text_area(at, "Texto simplificado").input(unicodedata.normalize("NFD", HOSTILE_TGT + " Ação é coração."))
    at.text_input(key="analysis_title").input('<img src=x onerror=alert("t")>')
    button(at, "Analisar").click()
    at.run()
    no_exceptions(at)
    aid = at.session_state["analysis_id"]
    assert aid is not None and _analyses(url) >= 1
    raw = [h.proto.body for h in at.get("html")] + [m.value for m in at.markdown if m.allow_html]
    joined = "\n".join(raw)
    assert "&lt;script&gt;alert(" in joined              # shown, escaped, in the highlighted texts
    assert_no_live_markup(joined)
    # the stored target text is NFC (what offsets index into), so highlights land on it
    from db.engine import make_engine
    from db.repository import Repository

    rec = Repository(make_engine(url), at.session_state["workspace_id"]).get_analysis(aid)
    assert rec.result.target.text == unicodedata.normalize("NFC", rec.result.target.text)
    assert "Ação é coração." in rec.result.target.text
    assert rec.title == '<img src=x onerror=alert("t")>'
    assert not any("<img" in h for h in raw)


def test_corpus_page_bad_corpus_files_are_explained_and_only_good_pairs_run(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from db.engine import dispose_engine, make_engine
    from db.migrate import upgrade
    from db.repository import Repository
    from db.workspaces import create_workspace

    url = f"sqlite:///{(tmp_path / 'corpus.db').as_posix()}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NETEST_MODEL", "lexical")
    from ops.settings import get_settings

    get_settings.cache_clear()
    engine = make_engine(url)
    upgrade(engine)
    ws, _key = create_workspace(engine)
    repo = Repository(engine, ws.id)
    page = str(Path(__file__).resolve().parents[1] / "pages" / "corpus.py")
    at = AppTest.from_file(page, default_timeout=120)
    at.session_state["workspace_id"] = ws.id
    at.run()

    # a CSV without the text columns: one Portuguese error, nothing stored
    at.file_uploader(key="corpus_upload").set_value(
        ("c.csv", b"titulo,texto,resumo\nx,Um texto.,Outro.\n", "text/csv")).run()
    assert not at.exception
    assert any("source" in e.value and "fonte" in e.value and "Colunas encontradas" in e.value for e in at.error)
    assert repo.list_corpora() == []

    # a zip with one good pair, a missing partner, a duplicated name and an unreadable member
    members = {
        "bom_fonte.txt": SRC.encode(), "bom_alvo.txt": TGT.encode(),
        "sozinho_fonte.txt": SRC.encode(),
        "dup_fonte.txt": SRC.encode(), "DUP_fonte.md": SRC.encode(), "dup_alvo.txt": TGT.encode(),
        "lixo_fonte.txt": bytes(range(256)) * 20, "lixo_alvo.txt": TGT.encode(),
    }
    at.file_uploader(key="corpus_upload").set_value(("corpus.zip", ff.make_zip(members), "application/zip")).run()
    assert not at.exception
    problems = next(d.value for d in at.dataframe if "Problema" in d.value.columns)  # not the pairing table
    listed = dict(zip(problems.iloc[:, 0].astype(str), problems.iloc[:, 1].astype(str), strict=True))
    assert "Falta o arquivo alvo" in listed["sozinho"]
    assert "duplicado" in listed["dup"].lower()
    assert "binário" in listed["lixo"]
    assert "**1** par(es)" in " ".join(m.value for m in at.markdown)
    at.button(key="corpus_run").click().run()
    assert not at.exception
    corpora = repo.list_corpora()
    assert len(corpora) == 1 and corpora[0].total_pairs == 1 and corpora[0].n_done == 1
    assert repo.list_analyses().total == 1
    dispose_engine(url)
