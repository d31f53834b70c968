"""Corpus upload: zip of paired files, CSV and JSONL, with per-pair problems and zip safety."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from analysis.corpus_files import read_corpus
from analysis.types import InputError
from tests import files_fixtures as ff

SRC = "O réu foi absolvido pelo tribunal. A decisão foi unânime."
TGT = "O acusado foi inocentado. Todos os juízes concordaram."


def limits(**kw):
    base = dict(
        max_text_chars=100_000, max_text_words=15_000, max_upload_mb=10,
        max_uncompressed_mb=50, max_corpus_pairs=500,
    )
    base.update(kw)
    return SimpleNamespace(**base)


def problems_by_name(result) -> dict[str, str]:
    return {p.name: p.message_pt for p in result.problems}


def test_zip_pairs_all_naming_conventions_and_formats():
    data = ff.make_zip({
        "corpus/noticia1_fonte.txt": SRC.encode("utf-8"),
        "corpus/noticia1_alvo.txt": TGT.encode("cp1252"),
        "saude_source.docx": ff.make_docx([SRC]),
        "saude_target.odt": ff.make_odt([TGT]),
        "Ciencia_original.md": b"# Ci\xc3\xaancia\n\n" + SRC.encode(),
        "Ciencia_simplificado.pdf": ff.make_pdf([TGT]),
        "__MACOSX/._noticia1_fonte.txt": b"\x00\x05\x16\x07",
        "corpus/": b"",
        ".DS_Store": b"\x00\x00",
    })
    result = read_corpus("meu_corpus.zip", data, limits())
    assert [p.name for p in result.pairs] == ["noticia1", "saude", "Ciencia"]
    assert result.pairs[0].source == SRC and result.pairs[0].target == TGT
    assert result.pairs[1].source == SRC and result.pairs[1].target == TGT
    assert result.pairs[2].source.startswith("# Ciência") and result.pairs[2].target == TGT
    assert result.problems == []


def test_zip_missing_partner_duplicate_unreadable_empty_and_bad_names():
    data = ff.make_zip({
        "ok_fonte.txt": SRC.encode(),
        "ok_alvo.txt": TGT.encode(),
        "sozinho_fonte.txt": SRC.encode(),
        "dup_fonte.txt": SRC.encode(),
        "dup_fonte.docx": ff.make_docx([SRC]),
        "dup_alvo.txt": TGT.encode(),
        "quebrado_fonte.docx": ff.make_docx([SRC])[:200],
        "quebrado_alvo.txt": TGT.encode(),
        "vazio_fonte.txt": b"   \n",
        "vazio_alvo.txt": TGT.encode(),
        "leiame.txt": b"sem par",
        "planilha_fonte.xlsx": b"PK",
    })
    result = read_corpus("c.zip", data, limits())
    assert [p.name for p in result.pairs] == ["ok"]
    probs = problems_by_name(result)
    assert "Falta o arquivo alvo" in probs["sozinho"]
    assert "duplicado" in probs["dup"]        # two sources, one target: no guess, paired by hand
    assert "corrompido" in probs["quebrado"]
    assert probs["vazio"] == "O texto fonte está vazio."
    assert "fonte ou alvo" in probs["leiame.txt"]
    assert {(f.name, f.role) for f in result.unmatched} == {
        ("sozinho_fonte.txt", "source"), ("dup_fonte.txt", "source"), ("dup_fonte.docx", "source"),
        ("dup_alvo.txt", "target"), ("leiame.txt", None)}
    assert "Formato não aceito" in probs["planilha_fonte.xlsx"]


def test_zip_safety_limits():
    with pytest.raises(InputError) as exc:
        read_corpus("bomba.zip", ff.make_zip_bomb("a_fonte.txt", size_mb=60), limits())
    assert exc.value.code == "decompression_bomb"
    many = ff.make_zip({f"t{i}_fonte.txt": b"Oi." for i in range(10)})
    with pytest.raises(InputError) as exc:
        read_corpus("muitos.zip", many, limits(max_corpus_pairs=3))
    assert exc.value.code == "too_many_pairs"
    with pytest.raises(InputError) as exc:
        read_corpus("x.zip", b"not a zip", limits())
    assert exc.value.code == "corrupt_file"
    with pytest.raises(InputError) as exc:
        read_corpus("x.rar", b"whatever", limits())
    assert exc.value.code == "unsupported_format"


def test_csv_source_target_with_id_and_problems():
    rows = [
        "id,source,target",
        f'a1,"{SRC}","{TGT}"',
        'a2,"Texto com, vírgula e ""aspas"".","Texto simples."',
        "a3,,Só o alvo.",
        f'a1,"{SRC}","{TGT}"',
        "",
    ]
    result = read_corpus("corpus.csv", "\n".join(rows).encode("utf-8"), limits())
    assert [(p.name, p.source) for p in result.pairs] == [("a1", SRC), ("a2", 'Texto com, vírgula e "aspas".')]
    probs = problems_by_name(result)
    assert probs["a3"] == "O texto fonte está vazio."
    assert "duplicado" in probs["a1"]


def test_csv_fonte_alvo_semicolon_cp1252_without_id():
    data = ("fonte;alvo\n" + f"{SRC};{TGT}\n" + "Ação difícil.;Ação fácil.\n").encode("cp1252")
    result = read_corpus("excel.csv", data, limits())
    assert [p.name for p in result.pairs] == ["linha 2", "linha 3"]
    assert result.pairs[1].target == "Ação fácil."


def test_csv_missing_columns_is_an_error_for_the_whole_file():
    with pytest.raises(InputError) as exc:
        read_corpus("c.csv", b"texto,outro\na,b\n", limits())
    assert exc.value.code == "missing_columns"
    assert "source" in exc.value.message and "texto" in exc.value.message


def test_jsonl_good_bad_and_incomplete_lines():
    lines = [
        json.dumps({"id": "n1", "source": SRC, "target": TGT}, ensure_ascii=False),
        "{isto não é json",
        json.dumps({"fonte": "Original.", "alvo": "Simples."}),
        json.dumps({"id": "n3", "source": SRC}),
        json.dumps(["lista"]),
        "",
    ]
    result = read_corpus("c.jsonl", "\n".join(lines).encode("utf-8"), limits())
    assert [(p.name, p.target) for p in result.pairs] == [("n1", TGT), ("linha 3", "Simples.")]
    probs = problems_by_name(result)
    assert "JSON inválido" in probs["linha 2"]
    assert "source" in probs["n3"]
    assert "objeto JSON" in probs["linha 5"]


def test_pair_over_text_limit_is_a_problem_not_a_failure():
    data = json.dumps({"id": "grande", "source": "palavra " * 50, "target": "Curto."}).encode()
    result = read_corpus("c.jsonl", data, limits(max_text_words=20))
    assert result.pairs == []
    assert "limite" in problems_by_name(result)["grande"]


# --- naming schemes (issue 11 item 8) ---------------------------------------------------------


@pytest.mark.parametrize(("source_name", "target_name", "pair"), [
    ("texto-fonte.txt", "texto-alvo.txt", "texto"),
    ("teste_origem_complexo.txt", "teste_destino_simples.txt", "teste"),
    ("test_source_complex.txt", "test_target_simple.txt", "test"),
    ("texto_fonte.pdf", "texto_alvo.pdf", "texto"),
    ("Lei 8080 ORIGINAL.docx", "Lei 8080 simplificado.odt", "Lei_8080"),
    ("fonte.noticia3.md", "alvo.noticia3.md", "noticia3"),
    ("artigo_complexo.txt", "artigo_simples.txt", "artigo"),
    ("frases_simples_fonte.txt", "frases_simples_alvo.txt", "frases"),
    ("original/capitulo1.txt", "simplificado/capitulo1.txt", "capitulo1"),
])
def test_zip_pairs_common_source_target_word_pairs(source_name, target_name, pair):
    def doc(name: str, text: str) -> bytes:
        if name.endswith(".pdf"):
            return ff.make_pdf([text])
        if name.endswith(".docx"):
            return ff.make_docx([text])
        if name.endswith(".odt"):
            return ff.make_odt([text])
        return text.encode()

    data = ff.make_zip({target_name: doc(target_name, TGT), source_name: doc(source_name, SRC)})
    result = read_corpus("c.zip", data, limits())
    assert result.problems == [] and result.unmatched == []
    assert [(p.name, p.source, p.target) for p in result.pairs] == [(pair, SRC, TGT)]


def test_zip_same_stem_in_two_formats_gives_two_pairs():
    data = ff.make_zip({
        "texto_fonte.txt": SRC.encode(), "texto_alvo.txt": TGT.encode(),
        "texto_fonte.pdf": ff.make_pdf([SRC]), "texto_alvo.pdf": ff.make_pdf([TGT]),
    })
    result = read_corpus("c.zip", data, limits())
    assert result.problems == []
    assert sorted((p.name, p.source, p.target) for p in result.pairs) == [
        ("texto (pdf)", SRC, TGT), ("texto (txt)", SRC, TGT)]


def test_unmatched_files_can_be_paired_by_hand():
    from analysis.corpus_files import ManualPair, read_manual_pairs

    data = ff.make_zip({
        "a_fonte.txt": SRC.encode(), "a_alvo.txt": TGT.encode(),
        "versao1.txt": SRC.encode(), "resumo.docx": ff.make_docx([TGT]),
        "texto-fonte.txt": SRC.encode(), "texto_fonte.txt": SRC.encode(), "texto_alvo.txt": TGT.encode(),
    })
    auto = read_corpus("c.zip", data, limits())
    assert [p.name for p in auto.pairs] == ["a"]
    assert [(f.member, f.role) for f in auto.unmatched] == [
        ("versao1.txt", None), ("resumo.docx", None),
        ("texto-fonte.txt", "source"), ("texto_fonte.txt", "source"), ("texto_alvo.txt", "target")]
    assert any("duplicado" in p.message_pt for p in auto.problems)
    manual = read_manual_pairs(data, [
        ManualPair("versão 1", "versao1.txt", "resumo.docx"),
        ManualPair("texto", "texto_fonte.txt", "texto_alvo.txt"),
        ManualPair("de novo", "texto-fonte.txt", "texto_alvo.txt"),     # target already used
        ManualPair("fantasma", "nao_existe.txt", "a_alvo.txt"),
        ManualPair("texto", "a_fonte.txt", "a_alvo.txt"),               # name already used
    ], limits())
    assert [(p.name, p.source, p.target) for p in manual.pairs] == [
        ("versão 1", SRC, TGT), ("texto", SRC, TGT)]
    probs = problems_by_name(manual)
    assert "mais de um lugar" in probs["de novo"]
    assert "não está no .zip" in probs["fantasma"]
    assert "duplicado" in probs["texto"]


def test_pairing_suggestions_only_when_unambiguous_and_incomplete_rows_are_no_choice():
    from analysis.corpus_files import ManualPair, read_manual_pairs
    from services.corpus_service import suggested_pairs

    data = ff.make_zip({"sozinho_fonte.txt": SRC.encode(), "dup_fonte.txt": SRC.encode(),
                        "DUP_fonte.md": SRC.encode(), "dup_alvo.txt": TGT.encode()})
    read = read_corpus("c.zip", data, limits())
    assert read.pairs == [] and len(read.unmatched) == 4
    rows = suggested_pairs(read.unmatched)
    assert all(r["source"] is None or r["target"] is None for r in rows)   # 3 sources, 1 target: no guess
    nan = float("nan")
    manual = read_manual_pairs(data, [ManualPair("dup", "dup_fonte.txt", nan),
                                      ManualPair("outro", None, "dup_alvo.txt")], limits())
    assert manual.pairs == [] and manual.problems == []
    one_each = ff.make_zip({"texto_fonte.txt": SRC.encode(), "resumo_alvo.txt": TGT.encode()})
    rows = suggested_pairs(read_corpus("d.zip", one_each, limits()).unmatched)
    assert rows == [{"name": "texto", "source": "texto_fonte.txt", "target": "resumo_alvo.txt"}]
