"""RD+ recall and precision, sixth round (issue 10): failure modes found by judging the
engine's RD+ on unannotated PorSimples productions by hand. A causal or temporal link a split
left implicit ("porque" rebuilt with its sentence, "por" + infinitive or "quando" after a comma
replaced by a sentence boundary); a subject with its apposition taken for a fronted phrase; a
reporting verb with an adverb before its "que" taken for one placed after the speech; an
adversative going out with its one-word clause. Every pair is written for the purpose."""
from __future__ import annotations

from analysis.messages import render_message
from tests.test_strategies import groups_of, run


def _rd(src, tgt, groups):
    _, _, dets, _ = run(src, tgt, groups)
    return [d for d in dets if d.code == "RD+"]


def _split(n):
    return groups_of((["s1"], [f"t{i + 1}" for i in range(n)]))


# ---- recall -------------------------------------------------------------------------------

def test_porque_rebuilt_in_a_split_with_the_cause_first_is_a_dropped_connective():
    rd = _rd(["Isso não deve afetar as obras da ponte, segundo a prefeitura, porque os contratos já foram assinados."],
             ["Os contratos já foram assinados.", "Isso não deve afetar as obras da ponte."], _split(2))
    assert [d.evidence["source"] for d in rd if d.evidence.get("kind") == "connective_removed"] == ["porque"]
    assert "causal" in render_message(rd[0].message, "en")


def test_causal_por_infinitive_cut_by_a_split_is_a_dropped_connective():
    rd = _rd(["O aumento do calor não explica mudanças rápidas no clima, por se tratar de um processo lento."],
             ["O aumento do calor não explica mudanças rápidas no clima.", "O aumento do calor é um processo lento."],
             _split(2))
    assert [d.evidence.get("source") for d in rd] == ["por"]
    assert "causal" in render_message(rd[0].message, "pt")


def test_quando_after_a_comma_cut_by_a_split_is_a_dropped_connective():
    # (after a clause that ends in a time, "… há dois anos, quando …", the "quando" is the
    # relative adverb of that time, no link: see tests/test_detect_r52.py)
    rd = _rd(["Ana começou a estudar música com entusiasmo, quando seu avô lhe deu um violão."],
             ["Ana começou a estudar música com entusiasmo.", "Seu avô lhe deu um violão."], _split(2))
    assert [d.evidence.get("source") for d in rd] == ["quando"]
    assert "temporal" in render_message(rd[0].message, "en")


def test_quando_kept_in_the_split_is_not_dropped():
    rd = _rd(["Ana começou a estudar música há dois anos, quando seu avô lhe deu um violão."],
             ["Ana começou a estudar música há dois anos.", "Isso aconteceu quando seu avô lhe deu um violão."],
             _split(2))
    assert rd == []


def test_por_of_a_phrase_is_not_a_dropped_connective():
    rd = _rd(["O prefeito visitou as obras da ponte, por volta das dez horas, com os vereadores."],
             ["O prefeito visitou as obras da ponte com os vereadores.", "Eram mais ou menos dez horas."],
             _split(2))
    assert rd == []


# ---- precision ----------------------------------------------------------------------------

def test_subject_with_its_apposition_is_not_an_opening_put_after():
    rd = _rd(["O líder da bancada do PV, Carlos Mota, também criticou a proposta do governo."],
             ["Carlos Mota também criticou a proposta do governo.", "Carlos Mota é o líder da bancada do PV."],
             _split(2))
    assert rd == []


def test_fronted_description_put_after_is_still_rd():
    rd = _rd(["Especialista em criar polêmicas, o deputado Carlos Mota explorou ontem a atenção da imprensa."],
             ["O deputado Carlos Mota explorou ontem a atenção da imprensa.",
              "Carlos Mota é especialista em criar polêmicas."], _split(2))
    assert [d.evidence.get("opening") for d in rd] == [True]


def test_reporting_verb_with_an_adverb_before_que_is_not_fronted():
    rd = _rd(["O relator do projeto, deputado Pedro Lima, admitiu ontem que há risco de atraso na obra."],
             ["O relator do projeto admitiu ontem que há risco de atraso na obra.", "O relator é o deputado Pedro Lima."],
             _split(2))
    assert rd == []


def test_adversative_dropped_with_its_one_word_clause_is_an_omission():
    rd = _rd(["Um vizinho chegou a pegar uma escada comprida, mas desistiu."],
             ["Um vizinho chegou a pegar uma escada grande."], groups_of((["s1"], ["t1"])))
    assert rd == []


def test_adversative_dropped_with_its_clause_kept_is_still_rd():
    rd = _rd(["Um vizinho chegou a pegar uma escada comprida, mas desistiu."],
             ["Um vizinho chegou a pegar uma escada grande.", "Ele desistiu."], _split(2))
    assert [d.evidence.get("source") for d in rd] == ["mas"]
