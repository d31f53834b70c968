"""OM+ recall, round omr6: a full proper name set off by commas after the noun phrase it names
(an apposition) is omitted content however short, while a short name that only abbreviates the
description right before it is a second label, like an acronym next to its expansion. Every
pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def test_a_dropped_name_apposition_is_an_omission():
    s, _, dets, _ = run(["O diretor do Museu de Arte Sacra, Joaquim Ventura, afirmou que a obra será aberta em maio."],
                        ["O diretor do Museu de Arte Sacra afirmou que a obra será aberta em maio."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["Joaquim Ventura"]


def test_a_dropped_name_apposition_counts_even_when_the_target_grows_elsewhere():
    s, _, dets, _ = run(["A presidente da cooperativa, Helena Duarte, explicou o plano aos associados."],
                        ["A presidente da cooperativa explicou o plano de trabalho para todos os associados."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["Helena Duarte"]


def test_a_lone_lower_case_word_set_off_is_still_too_short():
    """(Round 65 counts two words set off as an aside, ``test_detect_r65``: "muito cansada"
    is now omitted content; one word stays a comment on the sentence.)"""
    _, _, dets, _ = run(["A presidente da cooperativa, cansada, explicou o plano aos associados."],
                        ["A presidente da cooperativa explicou o plano aos associados."])
    assert "OM+" not in codes(dets)
    s, _, dets, _ = run(["A presidente da cooperativa, muito cansada, explicou o plano aos associados."],
                        ["A presidente da cooperativa explicou o plano aos associados."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["muito cansada"]


def test_a_name_that_is_kept_elsewhere_in_the_sentence_is_not_omitted():
    _, _, dets, _ = run(["O diretor do museu, Joaquim Ventura, afirmou que Joaquim Ventura abrirá a obra."],
                        ["O diretor do museu afirmou que Joaquim Ventura abrirá a obra."])
    assert "OM+" not in codes(dets)


def test_a_short_name_abbreviating_the_description_before_it_is_not_an_omission():
    split = groups_of((["s1"], ["t1", "t2"]))
    src = "Os barcos foram vistos na exposição náutica de Santos em 2004, {}, e venderam muito bem."
    tgt = ["Os barcos foram vistos na exposição náutica de Santos em 2004.", "E venderam muito bem."]
    _, _, dets, _ = run([src.format("a Expo-04")], tgt, groups=split)
    assert "OM+" not in codes(dets)
    s, _, dets, _ = run([src.format("a Grande Mostra")], tgt, groups=split)   # a name of its own
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["a Grande Mostra"]


def test_a_name_apposition_the_target_tells_in_the_next_sentence_moved():
    _, _, dets, _ = run(["O diretor do Museu de Arte Sacra, Joaquim Ventura, abriu a exposição.",
                         "Ventura disse que a mostra fica até maio."],
                        ["O diretor do Museu de Arte Sacra abriu a exposição.",
                         "O diretor, Joaquim Ventura, disse que a mostra fica até maio."])
    assert "OM+" not in codes(dets)


def test_a_dropped_bracketed_year_is_an_omission():
    s, _, dets, _ = run(["O ator ficou famoso com o filme Noite de Verão (1987), dirigido por um amigo."],
                        ["O ator ficou famoso com o filme Noite de Verão, dirigido por um amigo."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["1987"]


def test_a_dropped_bracketed_acronym_is_not_an_omission():
    _, _, dets, _ = run(["A Agência Nacional de Saúde (ANS) registrou 12 casos no mês."],
                        ["A Agência Nacional de Saúde registrou 12 casos no mês."])
    assert "OM+" not in codes(dets)


def test_a_bracketed_figure_the_target_keeps_is_not_an_omission():
    _, _, dets, _ = run(["O ator ficou famoso com o filme Noite de Verão (1987), dirigido por um amigo."],
                        ["O ator ficou famoso em 1987 com o filme Noite de Verão, dirigido por um amigo."])
    assert "OM+" not in codes(dets)


def test_a_bracketed_figure_restating_the_figure_before_it_is_not_an_omission():
    _, _, dets, _ = run(["Dos 4.000 alunos da rede, 1.000 (25%) estudam à noite."],
                        ["Dos 4.000 alunos da rede, 1.000 estudam à noite."])
    assert "OM+" not in codes(dets)


def test_a_bracketed_figure_the_target_writes_out_is_not_an_omission():
    _, _, dets, _ = run(["As bolsas foram para alunos de escolas rurais (30%) e para atletas."],
                        ["Trinta por cento das bolsas foram para alunos de escolas rurais.",
                         "As outras foram para atletas."], groups=groups_of((["s1"], ["t1", "t2"])))
    assert "OM+" not in codes(dets)
