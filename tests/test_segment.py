"""Portuguese segmentation: sentence boundaries, paragraphs, headings, offsets, properties."""
from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.segment import segment
from analysis.types import Document


def sents(text: str, **kw) -> list[str]:
    return [s.text for s in segment(text, **kw).sentences]


def check_invariants(doc: Document, text: str) -> None:
    assert doc.text == text
    prev_end = 0
    for i, s in enumerate(doc.sentences, 1):
        assert s.id[1:] == str(i)
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
        assert s.text == s.text.strip() and s.text
        prev_end = s.end
    owners = {}
    for j, p in enumerate(doc.paragraphs, 1):
        assert p.id == f"p{j}"
        assert p.sentence_ids, "no empty paragraphs"
        for sid in p.sentence_ids:
            assert sid not in owners
            owners[sid] = p.id
            s = doc.sentence(sid)
            assert s.paragraph == p.id
            assert p.start <= s.start and s.end <= p.end
    assert set(owners) == {s.id for s in doc.sentences}
    starts = [p.start for p in doc.paragraphs]
    assert starts == sorted(starts)


# --- sentence boundaries ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("O Sr. Almeida chegou cedo. A Sra. Lopes chegou tarde.",
         ["O Sr. Almeida chegou cedo.", "A Sra. Lopes chegou tarde."]),
        ("A Dra. Helena e o Dr. Paulo receberam o Prof. Tavares. Todos jantaram juntos.",
         ["A Dra. Helena e o Dr. Paulo receberam o Prof. Tavares.", "Todos jantaram juntos."]),
        ("O candidato leu o art. 37 da lei. Depois leu o nº 12 e a pág. 40 do anexo. Parou.",
         ["O candidato leu o art. 37 da lei.", "Depois leu o nº 12 e a pág. 40 do anexo.", "Parou."]),
        ("Ela mora na Av. Atlântica, perto da R. Bolívar. A vista é bonita.",
         ["Ela mora na Av. Atlântica, perto da R. Bolívar.", "A vista é bonita."]),
        ("A Construtora Horizonte Ltda. venceu a licitação. A Vale S.A. ficou em segundo.",
         ["A Construtora Horizonte Ltda. venceu a licitação.", "A Vale S.A. ficou em segundo."]),
        ("Havia feijão, arroz, farinha etc. na despensa. Faltava sal.",
         ["Havia feijão, arroz, farinha etc. na despensa.", "Faltava sal."]),
        ("Comprou lápis, cadernos, réguas etc. Depois foi para casa.",
         ["Comprou lápis, cadernos, réguas etc.", "Depois foi para casa."]),
        ("Frutas cítricas, p. ex. a laranja, têm vitamina C. Coma todos os dias.",
         ["Frutas cítricas, p. ex. a laranja, têm vitamina C.", "Coma todos os dias."]),
        ("O autor C. S. Lewis escreveu muito. Seus livros são lidos até hoje.",
         ["O autor C. S. Lewis escreveu muito.", "Seus livros são lidos até hoje."]),
        ("A inflação foi de 4,5% no ano. O pão custa R$ 1.234,56 no atacado. A versão 10.5 saiu.",
         ["A inflação foi de 4,5% no ano.", "O pão custa R$ 1.234,56 no atacado.", "A versão 10.5 saiu."]),
        ("Ele hesitou... Depois entrou na sala. Ela esperou… Então sorriu.",
         ["Ele hesitou...", "Depois entrou na sala.", "Ela esperou…", "Então sorriu."]),
        ("Ele hesitou... e entrou mesmo assim. Ela esperou… e sorriu.",
         ["Ele hesitou... e entrou mesmo assim.", "Ela esperou… e sorriu."]),
        ("Ele disse: 'Vou.' Depois saiu.", ["Ele disse: 'Vou.'", "Depois saiu."]),
        ("Ela gritou: “Socorro!” Ninguém ouviu.", ["Ela gritou: “Socorro!”", "Ninguém ouviu."]),
        ("(A reunião foi cancelada.) Todos voltaram para casa.",
         ["(A reunião foi cancelada.)", "Todos voltaram para casa."]),
        ("Você vem amanhã? Sim! Que alegria.", ["Você vem amanhã?", "Sim!", "Que alegria."]),
        ("— Que susto! — exclamou a menina. A mãe riu.",
         ["— Que susto! — exclamou a menina.", "A mãe riu."]),
        ("Veja em https://www.gov.br/saude/dengue. Ou escreva para contato.saude@exemplo.com.br. Obrigado.",
         ["Veja em https://www.gov.br/saude/dengue.", "Ou escreva para contato.saude@exemplo.com.br.",
          "Obrigado."]),
        ("Os EUA e a U.E. assinaram o acordo. O Brasil não assinou.",
         ["Os EUA e a U.E. assinaram o acordo.", "O Brasil não assinou."]),
        ("Isso ocorreu no século XX. Hoje é diferente.", ["Isso ocorreu no século XX.", "Hoje é diferente."]),
        ("Ele mede 1,80 m. A irmã mede 1,60 m.", ["Ele mede 1,80 m.", "A irmã mede 1,60 m."]),
        ("O prefeito foi claro: Ninguém será demitido.", ["O prefeito foi claro:", "Ninguém será demitido."]),
        ("Ele visitou três países: Brasil, Chile e Peru.", ["Ele visitou três países: Brasil, Chile e Peru."]),
        ("A viagem passou por duas capitais: São Paulo e Lima.",
         ["A viagem passou por duas capitais: São Paulo e Lima."]),
        # the closing quote and period after a "!" inside quotation marks, at the end of the text
        ('De sala em sala, se ouvia o pedido "Mais uma vez!".',
         ['De sala em sala, se ouvia o pedido "Mais uma vez!".']),
        ('Ela perguntou "Quem chegou?". Ninguém respondeu "Eu!".',
         ['Ela perguntou "Quem chegou?".', 'Ninguém respondeu "Eu!".']),
        # direct speech in quotation marks after a colon starts a sentence (the PorSimples
        # convention); a quoted title or a quotation in lowercase does not
        ('O técnico explicou: "Vamos trocar as peças amanhã". Ninguém reclamou.',
         ['O técnico explicou:', '"Vamos trocar as peças amanhã".', 'Ninguém reclamou.']),
        ('O artigo saiu na revista: "Nature". Depois saiu outro.',
         ['O artigo saiu na revista: "Nature".', 'Depois saiu outro.']),
        ('Ele respondeu: "não vou mais". Ela riu.', ['Ele respondeu: "não vou mais".', 'Ela riu.']),
    ],
)
def test_sentence_boundaries(text, expected):
    doc = segment(text)
    assert [s.text for s in doc.sentences] == expected
    check_invariants(doc, text)


def test_dialogue_lines_are_separate_paragraphs():
    text = "O menino chegou correndo.\n— Mãe, cheguei! — gritou ele.\n— Entre logo — respondeu ela."
    doc = segment(text)
    assert [s.text for s in doc.sentences] == [
        "O menino chegou correndo.", "— Mãe, cheguei! — gritou ele.", "— Entre logo — respondeu ela.",
    ]
    assert len(doc.paragraphs) == 3
    check_invariants(doc, text)


# --- paragraphs and headings ------------------------------------------------------------------


def test_blank_lines_make_paragraphs_and_ids():
    text = "Primeira frase. Segunda frase.\n\n\n  Terceira frase.  \n\nQuarta."
    doc = segment(text, side="target")
    assert [p.sentence_ids for p in doc.paragraphs] == [["t1", "t2"], ["t3"], ["t4"]]
    assert doc.sentences[2].text == "Terceira frase."
    check_invariants(doc, text)


def test_markdown_and_short_line_headings():
    text = (
        "# Como a dengue se espalha\n\nA dengue é transmitida por mosquitos. Eles picam de dia.\n\n"
        "Sintomas da doença\n\nFebre alta e dor no corpo.\n\n"
        "Prevenção\nEvite água parada. Use repelente."
    )
    doc = segment(text)
    heads = [(s.text, s.is_heading) for s in doc.sentences if s.is_heading]
    assert heads == [("Como a dengue se espalha", True), ("Sintomas da doença", True), ("Prevenção", True)]
    assert [p.is_heading for p in doc.paragraphs] == [True, False, True, False, True, False]
    assert doc.sentences[-1].text == "Use repelente." and not doc.sentences[-1].is_heading
    check_invariants(doc, text)


def test_not_headings():
    # last line without final punctuation (nothing follows) and a long unpunctuated line
    text = "O texto acaba aqui.\n\nAtenciosamente\n\n"
    assert not any(s.is_heading for s in segment(text).sentences)
    long_line = "Esta linha tem muitas palavras mas nenhuma pontuação final e segue adiante sem parar"
    assert not segment(long_line + "\n\nOutro parágrafo.").sentences[0].is_heading


def test_list_items_are_paragraphs_and_keep_marker():
    text = "Faça assim:\n1. Lave as mãos.\n2. Seque bem.\n- Use sabão.\n* Repita sempre."
    doc = segment(text)
    assert [s.text for s in doc.sentences] == [
        "Faça assim:", "1. Lave as mãos.", "2. Seque bem.", "- Use sabão.", "* Repita sempre.",
    ]
    assert len(doc.paragraphs) == 5
    check_invariants(doc, text)


def test_wrapped_lines_continue_the_sentence():
    text = "Este texto foi copiado de um e-mail em que a frase\ncontinua na linha seguinte. Outra frase\naqui."
    doc = segment(text)
    assert [s.text for s in doc.sentences] == [
        "Este texto foi copiado de um e-mail em que a frase\ncontinua na linha seguinte.",
        "Outra frase\naqui.",
    ]
    assert len(doc.paragraphs) == 1


def test_single_newline_after_sentence_end_starts_paragraph():
    text = "O primeiro parágrafo termina aqui.\nO segundo começa na linha seguinte."
    doc = segment(text)
    assert len(doc.paragraphs) == 2


def test_presegmented_lines_and_blocks():
    text = "Título do texto\n\numa linha sem ponto\nOutra linha. Com duas frases.\n\nFim."
    doc = segment(text, presegmented=True)
    assert [s.text for s in doc.sentences] == [
        "Título do texto", "uma linha sem ponto", "Outra linha. Com duas frases.", "Fim.",
    ]
    assert [p.sentence_ids for p in doc.paragraphs] == [["s1"], ["s2", "s3"], ["s4"]]
    assert doc.paragraphs[0].is_heading and doc.sentences[0].is_heading
    check_invariants(doc, text)


def test_empty_and_whitespace():
    for text in ("", "   \n\n\t  "):
        doc = segment(text)
        assert doc.sentences == [] and doc.paragraphs == []


def test_offsets_round_trip_through_json():
    text = "Ação rápida. Coração\u00a0forte.\n\nFim."
    doc = segment(text)
    again = Document.from_dict(doc.to_dict())
    assert again == doc


# --- properties and speed ---------------------------------------------------------------------

_alphabet = st.one_of(
    st.sampled_from(list("aáãçéêíóõú AEIOU.!?…:;,-—–\"'“”()#*1234567890\n\n\t")),
    st.characters(),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_alphabet, max_size=400), st.booleans())
def test_segment_never_raises_and_offsets_hold(text, preseg):
    doc = segment(text, side="source", presegmented=preseg)
    check_invariants(doc, text)
    # every non-space character is covered by some paragraph
    covered = [False] * len(text)
    for p in doc.paragraphs:
        for i in range(p.start, p.end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace() and not re.match(r"#", ch))


def test_speed_pathological_inputs():
    # not a timing test of normal use: it guards against quadratic behaviour
    cases = ["palavra " * 2500, "palavra\n" * 5000, "Palavra.\n" * 5000, "a. " * 7000]
    t0 = time.perf_counter()
    for text in cases:
        doc = segment(text)
        assert doc.sentences
    assert time.perf_counter() - t0 < 5.0


def test_the_label_of_a_legal_provision_opens_the_provision_that_follows():
    """ "Parágrafo único." / "§ 2º." is the label of the provision after it, not a sentence of its
    own (alone it was aligned to nothing and read as an omitted sentence)."""
    doc = segment("Art. 2º Os materiais de papel são recicláveis. Parágrafo único. Não se incluem os "
                  "resíduos de saúde. § 2º. A multa dobra na segunda vez. O texto segue.", side="source")
    assert [s.text for s in doc.sentences] == [
        "Art. 2º Os materiais de papel são recicláveis.",
        "Parágrafo único. Não se incluem os resíduos de saúde.",
        "§ 2º. A multa dobra na segunda vez.",
        "O texto segue.",
    ]
    # an ordinary short sentence still stands alone
    assert len(segment("Ele chegou. Único. Depois saiu.", side="source").sentences) == 3
