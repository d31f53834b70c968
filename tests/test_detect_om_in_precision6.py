"""OM+ and IN+ precision, sixth round (issue 10): an attribution to an institution whose name
commas cut; a naming frame around a kept name; a phrase reworded short; a detail moved to a
group farther away; an added sentence that is one more piece of the split beside it. Every pair
is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def test_attribution_to_an_institution_whose_name_has_commas_is_not_an_omission():
    _, _, dets, _ = run(["Em Manaus, a chuva pode passar de 80 milímetros em tardes de verão, segundo dados do "
                         "Instituto de Pesquisas, Ciências do Clima e Recursos Hídricos da UFAM."],
                        ["Em Manaus, a chuva pode passar de 80 milímetros em tardes de verão."])
    assert "OM+" not in codes(dets)


def test_attribution_dropped_with_a_short_qualifier_of_a_kept_noun_is_not_an_omission():
    _, _, dets, _ = run(["Na capital, o rio pode subir dois metros em semanas de chuva forte, segundo medições "
                         "do Serviço Geológico, Hidrológico e Ambiental do Amazonas."],
                        ["Na capital, o rio pode subir dois metros em algumas semanas."])
    assert "OM+" not in codes(dets)


def test_clause_dropped_after_an_attribution_with_commas_is_still_an_omission():
    s, _, dets, _ = run(["Segundo o Instituto de Pesca, da Universidade Federal do Pará, os peixes sumiram do "
                         "lago, que abastecia três aldeias ribeirinhas durante a seca."],
                        ["Segundo o Instituto de Pesca, da Universidade Federal do Pará, os peixes sumiram do lago."])
    assert "aldeias" in spans(s, only(dets, "OM+")[0].source_spans)[0]


def test_naming_frame_around_a_kept_name_is_not_an_omission():
    _, _, dets, _ = run(['Os médicos estudam o fungo, cujo nome científico é "Candida auris", desde o ano passado.'],
                        ['Os médicos estudam o fungo "Candida auris" desde o ano passado.'])
    assert "OM+" not in codes(dets)


def test_phrase_reworded_short_is_not_an_omission():
    _, _, dets, _ = run(["Ao completar a marca do seu primeiro quarto de século de atividade, a cooperativa "
                         "mantém os seus compromissos com os produtores da região."],
                        ["Aos 25 anos, a cooperativa mantém os seus compromissos com os produtores da região."])
    assert "OM+" not in codes(dets)


def test_detail_moved_to_a_group_farther_away_is_not_an_omission():
    src = ["A prefeitura reformou a biblioteca central, fechada desde a enchente de março.",
           "O prédio ganhou rampas e elevadores.",
           "As salas de leitura foram ampliadas.",
           "A reabertura será na segunda-feira."]
    tgt = ["A prefeitura reformou a biblioteca central.",
           "O prédio ganhou rampas e elevadores.",
           "As salas de leitura foram ampliadas.",
           "A biblioteca estava fechada desde a enchente de março e reabre na segunda-feira."]
    _, _, dets, _ = run(src, tgt)
    assert "OM+" not in codes(dets)


def test_dropped_clause_whose_words_are_nowhere_in_the_target_is_still_an_omission():
    src = ["O aparelho se chama cromatógrafo de gases.",
           "Um cromatógrafo custa cerca de R$ 300 mil, valor pago com verba de emendas parlamentares."]
    tgt = ["O aparelho se chama cromatógrafo de gases.", "Um cromatógrafo custa cerca de R$ 300 mil."]
    s, _, dets, _ = run(src, tgt)
    assert "emendas" in spans(s, only(dets, "OM+")[0].source_spans)[0]


def test_added_sentence_that_is_one_more_piece_of_the_split_beside_it_is_not_an_insertion():
    src = ["A festa foi enfeitada com flores.",
           "São mais de 200 rosas e 500 margaridas trazidas de Holambra de caminhão."]
    tgt = ["A festa foi enfeitada com flores.",
           "São mais de 200 rosas e 500 margaridas.", "Trouxeram as flores de Holambra.",
           "Trouxeram as flores de caminhão."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2", "t3"]), ([], ["t4"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)


def test_added_sentence_with_new_words_beside_a_split_is_still_an_insertion():
    src = ["A festa foi enfeitada com flores.",
           "São mais de 200 rosas e 500 margaridas compradas em Holambra."]
    tgt = ["A festa foi enfeitada com flores.",
           "São mais de 200 rosas e 500 margaridas.", "Compraram as flores em Holambra.",
           "Compraram as flores para agradar os noivos nervosos."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2", "t3"]), ([], ["t4"]))
    _, t_doc, dets, _ = run(src, tgt, groups)
    assert spans(t_doc, only(dets, "IN+")[0].target_spans) == [tgt[3]]


def test_added_sentence_defining_an_uncommon_source_term_is_not_an_insertion():
    src = ["O laboratório comprou um aparelho para estudos de metabolômica.",
           "O aparelho custou 2 milhões de reais."]
    tgt = ["O laboratório comprou um aparelho para estudos de metabolômica.",
           "A metabolômica é a ciência que estuda as pequenas moléculas produzidas pelas células.",
           "O aparelho custou 2 milhões de reais."]
    groups = groups_of((["s1"], ["t1"]), ([], ["t2"]), (["s2"], ["t3"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)


def test_added_sentence_about_a_common_word_is_still_an_insertion():
    src = ["O laboratório comprou um aparelho novo.", "O aparelho custou 2 milhões de reais."]
    tgt = ["O laboratório comprou um aparelho novo.",
           "O laboratório é o maior centro de pesquisa do estado desde a inauguração em 1990.",
           "O aparelho custou 2 milhões de reais."]
    groups = groups_of((["s1"], ["t1"]), ([], ["t2"]), (["s2"], ["t3"]))
    _, t_doc, dets, _ = run(src, tgt, groups)
    assert spans(t_doc, only(dets, "IN+")[0].target_spans) == [tgt[1]]


def test_clause_of_new_information_after_a_comma_is_an_insertion():
    src = ["Os cientistas acharam ossos de dinossauros no interior do estado."]
    tgt = ["Os cientistas acharam ossos de dinossauros no interior do estado, durante as obras de uma "
           "rodovia nova."]
    _, t_doc, dets, _ = run(src, tgt)
    assert "rodovia" in spans(t_doc, only(dets, "IN+")[0].target_spans)[0]


def test_sentence_told_in_a_group_far_away_is_not_omitted():
    src = ["A feira de ciências reuniu 40 escolas.", "Os jurados premiaram um robô que separa lixo reciclável.",
           "Os alunos vencedores viajarão para Lisboa em outubro.", "O ginásio ficou lotado.",
           "A prefeitura pagou o transporte.", "A próxima edição será em maio."]
    tgt = ["A feira de ciências reuniu 40 escolas.", "Os jurados premiaram um robô que separa lixo reciclável.",
           "O ginásio ficou lotado.", "A prefeitura pagou o transporte.",
           "A próxima edição será em maio, e os alunos vencedores viajarão para Lisboa em outubro."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2"]), (["s3"], []), (["s4"], ["t3"]), (["s5"], ["t4"]),
                     (["s6"], ["t5"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "OM+" not in codes(dets)


def test_sentence_whose_words_are_nowhere_else_is_still_omitted():
    src = ["A feira de ciências reuniu 40 escolas.", "Os jurados premiaram um robô que separa lixo reciclável.",
           "Os alunos vencedores viajarão para Lisboa em outubro.", "O ginásio ficou lotado.",
           "A prefeitura pagou o transporte.", "A próxima edição será em maio."]
    tgt = ["A feira de ciências reuniu 40 escolas.", "Os jurados premiaram um robô que separa lixo reciclável.",
           "O ginásio ficou lotado.", "A prefeitura pagou o transporte.", "A próxima edição será em maio."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2"]), (["s3"], []), (["s4"], ["t3"]), (["s5"], ["t4"]),
                     (["s6"], ["t5"]))
    s, _, dets, _ = run(src, tgt, groups)
    assert spans(s, only(dets, "OM+")[0].source_spans) == [src[2]]
