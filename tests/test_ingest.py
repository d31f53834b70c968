"""Ingest: normalisation, real files (docx/odt/pdf/txt), limits and checks."""
from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import check_pair, check_text, normalize_text, read_file
from analysis.language import looks_portuguese, portuguese_score
from analysis.types import InputError
from tests import files_fixtures as ff

PARAS = [
    "A dengue é uma doença causada por um vírus. Ela é transmitida pelo mosquito Aedes aegypti.",
    "Os sintomas são febre alta, dor no corpo e manchas na pele. Procure um médico.",
]
HEADING = "Como a dengue se espalha"
TABLE = [["Sintoma", "Frequência"], ["Febre", "Alta"]]
MB = 1024 * 1024


def limits(**kw):
    base = dict(max_text_chars=100_000, max_text_words=15_000, max_upload_mb=10, max_uncompressed_mb=50)
    base.update(kw)
    return SimpleNamespace(**base)


def code_of(fn, *args, **kw) -> str:
    with pytest.raises(InputError) as exc:
        fn(*args, **kw)
    assert exc.value.message and exc.value.message == str(exc.value)
    return exc.value.code


# --- normalize_text ---------------------------------------------------------------------------


def test_normalize_nfc_equals_nfd():
    nfd = unicodedata.normalize("NFD", "Ação não é ficção")
    assert nfd != "Ação não é ficção"
    assert normalize_text(nfd) == "Ação não é ficção"


def test_normalize_line_endings_controls_bom_and_paragraphs_kept():
    raw = "\ufeffPrimeira\r\nlinha\x00 com\x07 controle\x9b.\r\rSegundo parágrafo.\t fim   \n\n"
    out = normalize_text(raw)
    assert out == "Primeira\nlinha com controle.\n\nSegundo parágrafo.\t fim"


def test_normalize_page_and_line_separators_become_newlines():
    assert normalize_text("um\x0bdois\x0ctrês\u2029quatro") == "um\ndois\n\ntrês\n\nquatro"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "\x00" not in once


# --- plain text files -------------------------------------------------------------------------

PT = "Ação, coração e não: acentuação do português.\n\nSegundo parágrafo."


@pytest.mark.parametrize(
    "data",
    [
        PT.encode("utf-8"),
        b"\xef\xbb\xbf" + PT.encode("utf-8"),
        PT.encode("utf-16"),  # with BOM
        PT.encode("utf-16-le"),  # without BOM
        PT.encode("cp1252"),
        PT.encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "cp1252", "latin1"],
)
def test_txt_encodings(data):
    assert read_file("texto.txt", data) == PT


def test_txt_crlf_and_md():
    assert read_file("notas.MD", b"# T\xc3\xadtulo\r\n\r\nTexto.") == "# Título\n\nTexto."


def test_binary_garbage_named_txt():
    import random

    rnd = random.Random(7)
    garbage = bytes(rnd.randrange(256) for _ in range(4000))
    assert code_of(read_file, "dados.txt", garbage) == "binary_file"
    assert code_of(read_file, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50) == "binary_file"


def test_broken_utf16_with_bom_is_encoding_error():
    assert code_of(read_file, "a.txt", b"\xff\xfe" + b"\x00\xd8" + b"a") == "encoding"


def test_unsupported_and_too_large():
    assert code_of(read_file, "planilha.xlsx", b"x") == "unsupported_format"
    assert code_of(read_file, "sem_extensao", b"x") == "unsupported_format"
    assert code_of(read_file, "a.txt", b"a" * 2000, max_bytes=1000) == "file_too_large"


def test_limits_are_an_argument_built_from_the_settings():
    from analysis.ingest import IngestLimits
    from ops.settings import Settings

    s = Settings(_env_file=None, NETEST_MAX_UPLOAD_MB=1, NETEST_MAX_TEXT_WORDS=7)
    lim = IngestLimits.from_settings(s)
    assert (lim.max_upload_mb, lim.max_text_words, lim.max_text_chars) == (1, 7, s.max_text_chars)
    assert code_of(read_file, "a.txt", b"a" * (MB + 1), lim) == "file_too_large"
    assert read_file("a.txt", b"a" * (MB + 1)) == "a" * (MB + 1)  # the defaults allow 10 MB
    assert code_of(check_text, "um dois tr\u00eas quatro cinco seis sete oito", "fonte", lim) == "too_long"


def test_ingest_and_corpus_files_never_import_ops():
    """The engine's layer rule: analysis/ imports models only; limits come in as an argument."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from analysis.ingest import read_file, check_pair\n"
        "from analysis.corpus_files import read_corpus\n"
        "read_file('a.txt', 'Um texto.'.encode())\n"
        "check_pair('Um texto de teste.', 'Um texto.')\n"
        "read_corpus('c.jsonl', b'{\"source\": \"Um texto.\", \"target\": \"Texto.\"}')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ops', 'db', 'services', 'streamlit'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- docx -------------------------------------------------------------------------------------


def test_docx_heading_paragraphs_and_table_in_order():
    text = read_file("texto.docx", ff.make_docx(PARAS, heading=HEADING, table=TABLE, table_after=1))
    assert text.split("\n\n") == [HEADING, PARAS[0], "Sintoma", "Frequência", "Febre", "Alta", PARAS[1]]


def test_docx_corrupt_truncated():
    data = ff.make_docx(PARAS)
    assert code_of(read_file, "a.docx", data[: len(data) // 2]) == "corrupt_file"
    assert code_of(read_file, "a.docx", b"isto nao e um zip") == "corrupt_file"
    # a valid zip that is not a Word document
    assert code_of(read_file, "a.docx", ff.make_zip({"x.txt": b"oi"})) == "corrupt_file"


def test_docx_zip_bomb_refused_without_inflating():
    bomb = ff.make_zip_bomb(size_mb=200)
    assert len(bomb) < 2 * MB  # small on the wire, 200 MB declared
    assert code_of(read_file, "bomba.docx", bomb) == "decompression_bomb"
    assert code_of(read_file, "bomba.odt", bomb) == "decompression_bomb"


# --- odt --------------------------------------------------------------------------------------


def test_odt_heading_list_table_in_order():
    data = ff.make_odt(PARAS, heading=HEADING, items=["Beber água.", "Descansar bastante."], table=TABLE)
    text = read_file("texto.odt", data)
    assert text.split("\n\n") == [
        HEADING, PARAS[0], "Beber água.", "Descansar bastante.",
        "Sintoma", "Frequência", "Febre", "Alta", PARAS[1],
    ]


def test_odt_corrupt():
    data = ff.make_odt(PARAS)
    assert code_of(read_file, "a.odt", data[:300]) == "corrupt_file"


# --- pdf --------------------------------------------------------------------------------------


def test_pdf_text_layer_paragraphs_rebuilt():
    long_para = "Os sintomas são febre alta, dor no corpo e manchas na pele. " * 4
    text = read_file("texto.pdf", ff.make_pdf([PARAS[0], long_para.strip(), PARAS[1]], heading=HEADING))
    blocks = text.split("\n\n")
    assert blocks[0] == HEADING
    assert blocks[1] == PARAS[0]
    assert blocks[2] == long_para.strip()  # wrapped lines joined back into one paragraph
    assert blocks[3] == PARAS[1]


def test_pdf_scanned_encrypted_corrupt():
    assert code_of(read_file, "scan.pdf", ff.make_blank_pdf(2)) == "scanned_pdf"
    assert code_of(read_file, "senha.pdf", ff.make_encrypted_pdf(PARAS)) == "encrypted_pdf"
    assert code_of(read_file, "ruim.pdf", b"%PDF-1.4\n garbage") == "corrupt_file"


ARTICLE = [
    [[("h", "Simplificação e leitura"),
      "A simplificação textual é uma prática antiga da tradução intralingual, e os pesqui-",
      "sadores do grupo estudaram como os jornais do período descreviam o ideário marxista-",
      "leninista para leitores com pouca escolaridade. Os resultados mostram que a simpli-",
      "ficação reduziu o número de palavras raras.",
      "",
      "Na segunda fase, os textos foram lidos por estudantes de escolas públicas, que res-",
      "ponderam a perguntas sobre o conteúdo. A leitura do texto simplificado foi mais"]],
    [["rápida, e muitos estudantes pediram aos professores uma cópia para encontrá-",
      "la depois na biblioteca da escola."]],
]
ARTICLE_TEXT = (
    "Simplificação e leitura\n\n"
    "A simplificação textual é uma prática antiga da tradução intralingual, e os pesquisadores do grupo "
    "estudaram como os jornais do período descreviam o ideário marxista-leninista para leitores com pouca "
    "escolaridade. Os resultados mostram que a simplificação reduziu o número de palavras raras.\n\n"
    "Na segunda fase, os textos foram lidos por estudantes de escolas públicas, que responderam a perguntas "
    "sobre o conteúdo. A leitura do texto simplificado foi mais rápida, e muitos estudantes pediram aos "
    "professores uma cópia para encontrá-la depois na biblioteca da escola."
)


def test_pdf_running_headers_footers_removed_hyphenation_and_page_break_joined():
    from analysis.ingest import read_document

    data = ff.make_layout_pdf(ARTICLE, header="Revista de Estudos da Tradução · v. 12, n. 3",
                              footer="Página {n} de 2")
    doc = read_document("artigo.pdf", data)
    assert doc.text == ARTICLE_TEXT
    assert [n.code for n in doc.notices] == ["pdf_running_removed"]
    assert "Revista de Estudos da Tradução" in doc.notices[0].params["examples"]
    assert doc.notices[0].params["name"] == "artigo.pdf"


TWO_COLUMNS = [[
    ["O relatório de 2023 mostrou que a maioria",
     "dos leitores prefere textos curtos e diretos,",
     "sobretudo quando o assunto é saúde e a",
     ("box", ["“Ler bem é um direito de todos”,", "disse a coordenadora."]),
     "linguagem do original é muito técnica.",
     "",
     "As recomendações do grupo foram estas:",
     "• usar frases curtas e na ordem direta;",
     "• explicar os termos técnicos na primeira",
     "  vez em que aparecem;",
     "• evitar a voz passiva."],
    ["Na segunda parte do estudo, os textos foram",
     "reescritos por tradutores e revisados por",
     "especialistas da área da saúde pública.",
     "",
     "Os participantes leram as duas versões e",
     "responderam a um questionário."],
]]
TWO_COLUMNS_TEXT = (
    "O relatório de 2023 mostrou que a maioria dos leitores prefere textos curtos e diretos, sobretudo "
    "quando o assunto é saúde e a linguagem do original é muito técnica.\n\n"
    "“Ler bem é um direito de todos”, disse a coordenadora.\n\n"
    "As recomendações do grupo foram estas:\n\n"
    "• usar frases curtas e na ordem direta;\n"
    "• explicar os termos técnicos na primeira vez em que aparecem;\n"
    "• evitar a voz passiva.\n\n"
    "Na segunda parte do estudo, os textos foram reescritos por tradutores e revisados por especialistas "
    "da área da saúde pública.\n\n"
    "Os participantes leram as duas versões e responderam a um questionário."
)


@pytest.mark.parametrize(("interleave", "words_apart"), [(False, False), (True, True)],
                         ids=["stream-order", "row-by-row-words-placed-apart"])
def test_pdf_two_columns_box_taken_out_of_the_sentence_and_bullets_kept(interleave, words_apart):
    from analysis.ingest import read_document

    doc = read_document("relatorio.pdf", ff.make_layout_pdf(TWO_COLUMNS, interleave=interleave,
                                                             words_apart=words_apart))
    assert doc.text == TWO_COLUMNS_TEXT
    assert [(n.code, n.params["n"]) for n in doc.notices] == [("pdf_box_moved", 1)]


JOURNAL = [
    {"wide": [("h", "Leitura fácil na saúde pública"),
              "Resumo: este artigo descreve como textos de saúde foram simplificados para leitores",
              "com pouca escolaridade e mede o efeito dessa simplificação na compreensão."],
     "columns": [["Os textos de saúde costumam usar termos",
                  "técnicos que muitos leitores desconhecem.",
                  "Por isso, o grupo reescreveu folhetos sobre",
                  "dengue, vacinação e hipertensão arterial.",
                  "",
                  "Cada folheto foi reescrito por duas pessoas",
                  "e revisado por uma terceira, que conferiu",
                  "se nenhuma informação tinha se perdido."],
                 ["Os leitores responderam a perguntas sobre",
                  "os folhetos originais e os reescritos. Na",
                  "versão simplificada, as respostas certas",
                  "foram mais frequentes em todos os grupos"]],
     "notes": ["1 Os dados completos, com as perguntas e as respostas de cada participante, estão no "
               "repositório público do projeto."]},
    [["de idade, e o tempo de leitura caiu quase",
      "pela metade nos folhetos mais longos."]],
]
JOURNAL_TEXT = (
    "Leitura fácil na saúde pública\n\n"
    "Resumo: este artigo descreve como textos de saúde foram simplificados para leitores com pouca "
    "escolaridade e mede o efeito dessa simplificação na compreensão.\n\n"
    "Os textos de saúde costumam usar termos técnicos que muitos leitores desconhecem. Por isso, o grupo "
    "reescreveu folhetos sobre dengue, vacinação e hipertensão arterial.\n\n"
    "Cada folheto foi reescrito por duas pessoas e revisado por uma terceira, que conferiu se nenhuma "
    "informação tinha se perdido.\n\n"
    "Os leitores responderam a perguntas sobre os folhetos originais e os reescritos. Na versão "
    "simplificada, as respostas certas foram mais frequentes em todos os grupos de idade, e o tempo de "
    "leitura caiu quase pela metade nos folhetos mais longos.\n\n"
    "1 Os dados completos, com as perguntas e as respostas de cada participante, estão no repositório "
    "público do projeto."
)


def test_pdf_title_and_abstract_across_the_page_above_two_columns_and_a_footnote_moved_out():
    from analysis.ingest import read_document

    doc = read_document("saude.pdf", ff.make_layout_pdf(JOURNAL, interleave=True, footer="{n}"))
    assert doc.text == JOURNAL_TEXT
    assert [n.code for n in doc.notices] == ["pdf_box_moved"]


def test_only_boxes_and_text_of_another_size_interrupt_a_sentence():
    from analysis.ingest.pdf_lines import Line
    from analysis.ingest.pdf_paragraphs import Block, merge_interruptions

    def block(text, kind="text", size=10.0):
        return Block(kind, [Line(text, 0, 100, 0, size)], text)

    heading_like = [block("Introdução"), block("A simplificação ajuda muitos leitores."),
                    block("e outros textos ainda.")]
    out, moved = merge_interruptions(heading_like)
    assert [b.text for b in out] == [b.text for b in heading_like] and moved == 0
    note = [block("O texto mostra que a"), block("1 Uma nota de rodapé.", size=8.0), block("leitura melhorou.")]
    out, moved = merge_interruptions(note)
    assert [b.text for b in out] == ["O texto mostra que a leitura melhorou.", "1 Uma nota de rodapé."]
    assert moved == 1


def test_pdf_sideways_stamp_dropped_and_a_page_written_sideways_still_read():
    from fpdf import FPDF

    from analysis.ingest import read_file

    def pdf_with(draw) -> bytes:
        pdf = FPDF()
        pdf.add_font("DejaVu", "", ff.DEJAVU)
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        draw(pdf)
        return bytes(pdf.output())

    def stamp(pdf):
        pdf.text(20, 30, "O texto principal da página segue normalmente aqui.")
        with pdf.rotation(90, 200, 200):
            pdf.text(200, 200, "Carimbo lateral de download")

    def sideways(pdf):
        for k, line in enumerate(["A tabela mostra os resultados do estudo com os",
                                  "leitores de todas as escolas participantes."]):
            with pdf.rotation(90, 30 + 7 * k, 250):
                pdf.text(30 + 7 * k, 250, line)

    assert read_file("a.pdf", pdf_with(stamp)) == "O texto principal da página segue normalmente aqui."
    assert read_file("b.pdf", pdf_with(sideways)) == (
        "A tabela mostra os resultados do estudo com os leitores de todas as escolas participantes.")


def test_pdf_damaged_text_is_warned_about():
    from analysis.ingest import read_document

    garbled = ["xkqw zvbt plmw rrtq vvkz, qwpx lkjh mnbv zxcv trew qazx.",
               "wsxc edcv rfvb tgbn yhnm ujmk ikol pqow ieur ytla skdj fhgz."] * 3
    doc = read_document("estranho.pdf", ff.make_pdf(garbled))
    damaged = [n for n in doc.notices if n.code == "pdf_damaged"]
    assert damaged and damaged[0].params["pct"] > 50 and "xkqw" in damaged[0].params["examples"]
    clean = read_document("artigo.pdf", ff.make_layout_pdf(ARTICLE))
    assert not any(n.code == "pdf_damaged" for n in clean.notices)


def test_pdf_notices_have_pt_and_en_text():
    from analysis.ingest import notices
    from components.i18n import tr

    for code in (notices.RUNNING_REMOVED, notices.BOX_MOVED, notices.PDF_DAMAGED):
        params = {"name": "a.pdf", "examples": "“Revista”", "n": 1, "pct": 40}
        pt, en = tr(f"ingest.notice.{code}", "pt-BR", **params), tr(f"ingest.notice.{code}", "en", **params)
        assert "a.pdf" in pt and "a.pdf" in en and pt != en and "{" not in pt + en


# --- check_text / check_pair ------------------------------------------------------------------


def test_check_text_empty_and_limits():
    s = limits(max_text_chars=50, max_text_words=5)
    with pytest.raises(InputError) as exc:
        check_text("   \n\t ", "fonte", s)
    assert exc.value.code == "empty_text" and exc.value.message == "O texto fonte está vazio."
    with pytest.raises(InputError) as exc:
        check_text("", "simplificado", s)
    assert exc.value.message == "O texto simplificado está vazio."
    assert code_of(check_text, "x" * 51, "fonte", s) == "too_long"
    assert code_of(check_text, "um dois três quatro cinco seis", "fonte", s) == "too_long"
    assert check_text("Um texto curto.", "fonte", limits()) == []


def test_check_text_warns_on_long_unpunctuated_stretch():
    warnings = check_text("palavra " * 300, "fonte", limits())
    assert any("sem pontuação" in w for w in warnings)


def test_check_pair_identical_is_warning_not_error():
    text = "O relatório foi entregue pela comissão ontem à tarde, depois de muita discussão."
    warnings = check_pair(text, text + "  ", limits())
    assert "Os dois textos são idênticos: não há simplificação a analisar." in warnings


def test_check_pair_lengths_and_language():
    src = "A prefeitura anunciou ontem a ampliação do efetivo da guarda municipal. " * 10
    en = "The city announced yesterday that it will hire more guards for the municipal force."
    warnings = check_pair(src, en, limits())
    assert any("tamanhos muito diferentes" in w for w in warnings)
    assert any("simplificado não parece estar em português" in w for w in warnings)
    assert not any("fonte não parece" in w for w in warnings)
    ok = check_pair(src, "A prefeitura vai aumentar o número de guardas. " * 5, limits())
    assert ok == []


def test_language_scores():
    pt = "As salas de cinema de todo o mundo exibiam uma produção em que piranhas escapavam."
    es = "Las salas de cine de todo el mundo exhibían una producción en la que pirañas escapaban."
    en = "Movie theaters all over the world were showing a film in which piranhas escaped."
    assert looks_portuguese(pt) and portuguese_score(pt) > 0.8
    assert not looks_portuguese(es)
    assert not looks_portuguese(en)
    assert looks_portuguese("Hello world")  # too short to judge: no warning


def test_uploading_a_pdf_on_analisar_shows_its_notices_in_the_chosen_language(monkeypatch, tmp_path):
    from tests.ui_helpers import new_app, no_exceptions, text_area, use_database

    use_database(monkeypatch, tmp_path)
    data = ff.make_layout_pdf(ARTICLE, header="Revista de Estudos da Tradução · v. 12, n. 3",
                              footer="Página {n} de 2")
    at = new_app().run()
    at.file_uploader(key="src_file").set_value(("artigo.pdf", data, "application/pdf"))
    at.run()
    no_exceptions(at)
    assert text_area(at, "Texto fonte").value == ARTICLE_TEXT
    warnings = " ".join(w.value for w in at.warning)
    assert "cabeçalhos e rodapés" in warnings and "Revista de Estudos da Tradução" in warnings
    at.session_state["lang"] = "en"
    at.file_uploader(key="tgt_file").set_value(("artigo.pdf", data, "application/pdf"))
    at.run()
    no_exceptions(at)
    assert any("running headers and footers" in w.value for w in at.warning)
