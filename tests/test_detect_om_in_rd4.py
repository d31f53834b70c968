"""IN+, OM+ and RD+ precision, fourth round (issue 10): failure modes found by judging the
detections on unannotated PorSimples productions by hand. An added sentence that restates what
the source says elsewhere; a head noun reworded around kept words taken for an omission; a
marker of an example or a restatement taken for a logical connective; a removed connective
whose relation the target still marks; a reporting verb followed by its speech taken for a
postposed one. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def _rd(dets, kind=None):
    return [d for d in dets if d.code == "RD+" and (kind is None or d.evidence.get("kind") == kind)]


# ---- IN+ --------------------------------------------------------------------------------

def test_added_sentence_restating_a_parenthesis_is_not_an_insertion():
    # the restatement stands four groups after the sentence whose parenthesis it renders
    src = ["Pelo PSB (então PSD), Carlos Lima disparava críticas contra o secretário.",
           "Lima tinha Ana Souza como vice.",
           "Hoje o partido apresenta outro concorrente.",
           "A chapa ainda está em negociação.",
           "A eleição acontece em outubro."]
    tgt = ["Carlos Lima disparava críticas contra o secretário.",
           "Ana Souza era vice de Lima.",
           "Hoje o partido apresenta outro concorrente.",
           "A chapa ainda está em negociação.",
           "O PSB antigamente se chamava PSD.",
           "A eleição acontece em outubro."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2"]), (["s3"], ["t3"]), (["s4"], ["t4"]), ([], ["t5"]),
                     (["s5"], ["t6"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)


def test_conclusion_built_from_words_spread_over_the_text_is_still_an_insertion():
    src = ["Ler bem abre portas no trabalho.", "Todo cidadão precisa entender contratos e bulas.",
           "Um bom leitor compara notícias antes de acreditar nelas."]
    tgt = ["Ler bem abre portas no trabalho.", "Todo cidadão precisa entender contratos e bulas.",
           "Um bom leitor compara notícias antes de acreditar nelas.",
           "Cada leitor a mais é um cidadão mais livre."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2"]), (["s3"], ["t3"]), ([], ["t4"]))
    _, t_doc, dets, _ = run(src, tgt, groups)
    assert spans(t_doc, only(dets, "IN+")[0].target_spans) == [tgt[3]]


def test_short_added_sentence_with_little_content_is_not_an_insertion():
    src = ["Um taxista chegou a sacar uma faca para cortar a corda.", "O cavalo morreu pouco depois."]
    tgt = ["Um taxista chegou a sacar uma faca para cortar a corda.", "Mas ficou indeciso.",
           "O cavalo morreu pouco depois."]
    groups = groups_of((["s1"], ["t1"]), ([], ["t2"]), (["s2"], ["t3"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)


def test_added_sentence_of_new_information_is_still_an_insertion():
    src = ["A ponte foi inaugurada ontem.", "O trânsito foi liberado à tarde."]
    tgt = ["A ponte foi inaugurada ontem.",
           "Milhares de moradores assistiram à cerimônia com bandeiras coloridas.",
           "O trânsito foi liberado à tarde."]
    groups = groups_of((["s1"], ["t1"]), ([], ["t2"]), (["s2"], ["t3"]))
    _, t_doc, dets, _ = run(src, tgt, groups)
    assert spans(t_doc, only(dets, "IN+")[0].target_spans) == [tgt[1]]


# ---- OM+ --------------------------------------------------------------------------------

def test_head_noun_reworded_around_kept_examples_is_not_an_omission():
    _, _, dets, _ = run(["A seca prolongada vai trazer uma maior incidência de doenças como dengue, "
                         "febre amarela e malária."],
                        ["A seca prolongada vai trazer dengue, febre amarela e malária."])
    assert "OM+" not in codes(dets)


def test_dropped_participle_phrase_before_a_kept_adjunct_is_still_an_omission():
    s, _, dets, _ = run(["Algumas das inovações apresentadas pela organização da feira no ano passado "
                         "voltam nesta edição com mais espaço."],
                        ["Algumas novidades do ano passado voltam nesta edição com mais espaço."])
    assert "organização" in spans(s, only(dets, "OM+")[0].source_spans)[0]


# ---- RD+ --------------------------------------------------------------------------------

def test_example_marker_dropped_inside_its_clause_is_not_a_connective_change():
    _, _, dets, _ = run(["No dia 17, Campo Bom teve 40 graus, por exemplo, e Uruguaiana teve 39 graus."],
                        ["No dia 17, Campo Bom teve 40 graus e Uruguaiana teve 39 graus."])
    assert not _rd(dets)


def test_example_marker_is_not_paired_with_the_new_conclusive_connective():
    src = ["A bacia da fonte, por exemplo, foi refeita dez vezes, pois quebrava ao sair da fôrma."]
    tgt = ["A bacia quebrava ao sair da fôrma.", "Com isso, a bacia da fonte foi refeita dez vezes."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    replaced = _rd(dets, "connective_replaced")
    assert [d.evidence["source"] for d in replaced] == ["pois"]
    assert all(d.evidence.get("source") != "por exemplo" for d in _rd(dets))


def test_same_relation_counterpart_is_paired_first():
    src = ["A órbita do planeta ficará alinhada com a do Sol, mas não causará escuridão, pois o planeta "
           "é pequeno."]
    tgt = ["A órbita do planeta ficará alinhada com a do Sol.", "O planeta é pequeno.",
           "Com isso, não causará escuridão."]
    groups = groups_of((["s1"], ["t1", "t2", "t3"]))
    _, _, dets, _ = run(src, tgt, groups)
    pairs = {(d.evidence["source"], d.evidence["target"]) for d in _rd(dets, "connective_replaced")}
    assert ("pois", "com isso") in pairs
    assert ("mas", "com isso") not in pairs


def test_removed_connective_whose_relation_the_target_still_marks_is_a_replacement():
    src = ["O diretor vai apresentar o relatório hoje e, posteriormente, adotar novas medidas de controle."]
    tgt = ["O diretor vai apresentar o relatório hoje.", "Depois, o diretor vai adotar novas medidas de controle."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert not _rd(dets, "connective_removed")
    assert {(d.evidence["source"], d.evidence["target"]) for d in _rd(dets, "connective_replaced")} \
        == {("posteriormente", "depois")}


def test_reporting_verb_followed_by_its_speech_is_not_postposed():
    src = ["O presidente da Casa, deputado João Lima, afirmou ontem, ao receber o relatório, que a "
           "comissão será mantida."]
    tgt = ["O presidente da Casa recebeu o relatório ontem.",
           "O presidente da Casa afirmou que a comissão será mantida."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert not _rd(dets, "reporting_fronted")


def test_reporting_clause_after_the_speech_put_before_it_is_still_found():
    src = ['"A obra termina em março", afirmou o engenheiro Paulo Reis.']
    tgt = ['O engenheiro Paulo Reis afirmou: "A obra termina em março".']
    _, _, dets, _ = run(src, tgt)
    assert _rd(dets, "reporting_fronted")


def test_connective_gone_with_its_whole_clause_in_a_split_is_not_made_implicit():
    src = ["Conforme membros da comissão, sempre que se debruçou sobre o assunto, a Assembleia produziu "
           "resoluções que afrouxaram o controle, que hoje se baseia na declaração do deputado."]
    tgt = ["Os membros da comissão dizem que a Assembleia produziu resoluções que afrouxaram o controle.",
           "Hoje, o controle se baseia na declaração do deputado."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert all(d.evidence.get("source") != "sempre que" for d in _rd(dets))


def test_fronted_locative_phrase_moved_to_the_end_is_not_a_clause_move():
    _, _, dets, _ = run(["Dentro de até quarenta dias, o herói estará de volta com chapéu novo."],
                        ["O herói estará de volta com chapéu novo dentro de até quarenta dias."])
    assert not _rd(dets, "clause_moved")


def test_split_piece_using_the_substitute_the_other_pieces_use_is_not_an_insertion():
    src = ["A cerração, que ocultou o amanhecer dos porto-alegrenses, voltou a comprometer as operações "
           "do aeroporto por mais de oito horas."]
    tgt = ["A neblina atrapalhou outra vez as operações do aeroporto por mais de oito horas.",
           "A neblina escondeu o amanhecer dos moradores de Porto Alegre."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)


def test_clause_naming_again_a_word_of_its_sentence_is_not_an_insertion():
    _, _, dets, _ = run(["O nevoeiro não ficou só na Capital: cobriu Santa Maria, Santo Ângelo e Pelotas, "
                         "segundo a Central de Meteorologia."],
                        ["A neblina não ficou só na Capital: a Central de Meteorologia afirma que a "
                         "neblina cobriu Santa Maria, Santo Ângelo e Pelotas."])
    assert "IN+" not in codes(dets)


def test_term_spelled_out_inside_a_fronted_clause_is_not_an_insertion():
    _, _, dets, _ = run(["Vários especialistas acreditam que o banco central voltará a agir, dessa vez para "
                         "reduzir a taxa básica, caso o nervosismo dos investidores predomine nos próximos dias."],
                        ["Caso o nervosismo dos investidores apareça mais intenso nos próximos dias, vários "
                         "especialistas acreditam que o banco central voltará a agir, dessa vez com o objetivo "
                         "de reduzir a taxa básica."])
    assert "IN+" not in codes(dets)


def test_reporting_verb_followed_by_its_infinitive_complement_is_not_postposed():
    src = ["A mãe, Ana Beatriz Oliveira, afirmou não ter sido avisada pela polícia."]
    tgt = ["A mãe afirmou que a polícia não a avisou.", "A mãe é Ana Beatriz Oliveira."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert not _rd(dets, "reporting_fronted")


def test_relative_clause_still_after_its_noun_is_not_a_clause_move():
    src = ["Confortável com a movimentação, o menino que inspirou o projeto distribuiu sorrisos."]
    tgt = ["O menino que inspirou o projeto se sentiu confortável com a movimentação.",
           "O menino distribuiu sorrisos."]
    groups = groups_of((["s1"], ["t1", "t2"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert all("inspirou" not in d.explanation for d in _rd(dets, "clause_moved"))


def test_term_dropped_for_its_kept_bracketed_translation_is_not_an_omission():
    _, _, dets, _ = run(["A oração diz assim: Post partum, Virgo inviolata permansisti (Depois do parto, ó "
                         "Virgem, permaneceste intacta)."],
                        ["A oração diz assim: Depois do parto, ó Virgem, permaneceste intacta."])
    assert "OM+" not in codes(dets)


def test_restatement_around_a_short_acronym_is_not_an_insertion():
    # "PT" is too short to count as a content word; as a name it still ties the sentence to
    # the one it restates
    src = ["Pelo PT (então PTB), Carlos Lima disparava críticas contra o secretário.",
           "Lima tinha Ana Souza como vice.",
           "Hoje o partido apresenta outro concorrente.",
           "A chapa ainda está em negociação.",
           "A eleição acontece em outubro."]
    tgt = ["Carlos Lima disparava críticas contra o secretário.",
           "Ana Souza era vice de Lima.",
           "Hoje o partido apresenta outro concorrente.",
           "A chapa ainda está em negociação.",
           "O PT antigamente se chamava PTB.",
           "A eleição acontece em outubro."]
    groups = groups_of((["s1"], ["t1"]), (["s2"], ["t2"]), (["s3"], ["t3"]), (["s4"], ["t4"]), ([], ["t5"]),
                     (["s5"], ["t6"]))
    _, _, dets, _ = run(src, tgt, groups)
    assert "IN+" not in codes(dets)
