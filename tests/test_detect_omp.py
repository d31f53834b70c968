"""OM+ precision on unannotated PorSimples productions (issue 10, "omp" round): a deleted run
that crosses a bracket, a short edge unit that is the reworded verb of the kept clause, a
pointer to the page ("como a foto acima", "(veja o mapa ao lado)"), the edge of a sentence
made into the unpaired sentence next door. Every pair is written for the purpose (no corpus
text); each silenced or narrowed case fails without its rule, and the right ones keep firing."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def om_spans(s, dets) -> list[str]:
    return [t for d in dets if d.code == "OM+" for t in spans(s, d.source_spans)]


# ---- a run that crosses a bracket --------------------------------------------------------

def test_run_leaving_a_bracket_is_cut_at_the_bracket():
    # the bracketed aside is dropped; "são sujeitos a" is reworded as "sofrem", not omitted
    s, _, dets, _ = run(["Os fungos (que, em geral, costumam crescer apenas na sombra) são sujeitos a mutações."],
                        ["Os fungos também sofrem mutações."])
    got = om_spans(s, dets)
    assert any("costumam crescer apenas na sombra" in t for t in got)
    assert not any("sujeitos" in t for t in got)


def test_bracket_held_whole_by_the_run_stays_in_it():
    # the acronym in brackets belongs to the dropped name: one run, still an omission
    s, _, dets, _ = run(["Esses gases, chamados nitrosotióis (Snos), agem em todo o sistema respiratório."],
                        ["Esses gases agem em todo o sistema respiratório."])
    assert any("chamados nitrosotióis" in t for t in om_spans(s, dets))


# ---- a short edge unit that is the kept clause's reworded verb ---------------------------

def test_reworded_verb_after_a_dropped_relative_clause_is_left_out_of_the_span():
    s, _, dets, _ = run(["Essa parceria, que é a de cuidar juntos do bairro, vem assegurando aos moradores "
                         "uma praça limpa."],
                        ["Essa parceria garante aos moradores uma praça limpa."])
    got = om_spans(s, dets)
    assert any("que é a de cuidar juntos do bairro" in t for t in got)
    assert not any("assegurando" in t for t in got)


def test_long_first_unit_joined_to_kept_words_is_still_the_omission():
    # "úteis não como …": the first unit is long, it is the content that went, not a verb
    s, _, dets, _ = run(["Segundo os dois, as raízes foram úteis não como comida preferida dos macacos, mas como "
                         "uma fonte segura de energia em tempos de seca."],
                        ["Segundo os dois, as raízes foram uma fonte segura de energia em tempos de seca."])
    assert any("comida preferida dos macacos" in t for t in om_spans(s, dets))


# ---- pointers to the page ----------------------------------------------------------------

def test_pointer_to_a_picture_is_not_an_omission():
    _, _, dets, _ = run(["Muitos jovens conhecem a velha fábrica por fotos ou passeios guiados, como o trecho acima."],
                        ["Muitos jovens conhecem a velha fábrica por fotos ou passeios guiados."])
    assert "OM+" not in codes(dets)


def test_pointer_to_a_box_in_brackets_is_not_an_omission():
    _, _, dets, _ = run(["O índice da bolsa subiu menos que o das outras bolsas, avançando 2,4% (veja tabela ao lado)."],
                        ["O índice da bolsa subiu menos que o das outras bolsas.", "O índice avançou 2,4%."],
                        groups=groups_of((["s1"], ["t1", "t2"])))
    assert "OM+" not in codes(dets)


def test_phrase_beside_a_named_thing_is_still_an_omission():
    # "ao lado de" with its complement is content, not a pointer to the page
    s, _, dets, _ = run(["O novo vírus deve entrar, ao lado do sarampo e da varíola, para a lista das doenças "
                         "mais temidas."],
                        ["O novo vírus deve entrar para a lista das doenças mais temidas."])
    assert any("sarampo" in t for t in om_spans(s, dets))


# ---- the edge of a sentence made into the unpaired sentence next door --------------------

def test_opening_clause_made_into_the_added_sentence_before_is_not_an_omission():
    src = ["Por maiores que sejam as queixas dos vizinhos, a festa vai continuar até de manhã."]
    tgt = ["-- As reclamações são muitas.", "Mas a festa vai continuar até de manhã."]
    _, _, dets, _ = run(src, tgt, groups=groups_of(([], ["t1"]), (["s1"], ["t2"])))
    assert "OM+" not in codes(dets)


def test_closing_clause_made_into_the_added_sentence_after_is_not_an_omission():
    src = ["O movimento de carros que saem da praia é inversamente proporcional ao número dos que chegam."]
    tgt = ["Muitos carros saem da praia.", "Mas poucos chegam lá."]
    _, _, dets, _ = run(src, tgt, groups=groups_of((["s1"], ["t1"]), ([], ["t2"])))
    assert "OM+" not in codes(dets)


def test_clause_in_the_middle_stays_an_omission_beside_an_added_sentence():
    src = ["A festa, que foi organizada pela associação dos pescadores, vai continuar até de manhã."]
    tgt = ["-- Todos estão animados.", "A festa vai continuar até de manhã."]
    s, _, dets, _ = run(src, tgt, groups=groups_of(([], ["t1"]), (["s1"], ["t2"])))
    assert any("associação dos pescadores" in t for t in om_spans(s, dets))
    assert only(dets, "OM+")


# ---- a name qualifying a noun -------------------------------------------------------------

def test_name_qualifying_a_noun_is_a_single_qualifier():
    _, _, dets, _ = run(["A movimentação de fiscais e de policiais da Guarda Municipal e a van do programa "
                         "atraíram dezenas de curiosos."],
                        ["A movimentação de fiscais e de policiais e a van do programa atraíram dezenas de curiosos."])
    assert "OM+" not in codes(dets)


def test_affiliation_set_off_by_commas_is_still_an_omission():
    s, _, dets, _ = run(["Os cientistas liderados por Ana Souza, da Universidade Federal do Pará, encontraram o fóssil."],
                        ["Os cientistas liderados por Ana Souza encontraram o fóssil."])
    assert any("Universidade Federal do Pará" in t for t in om_spans(s, dets))



def test_short_adjunct_simply_deleted_stays_in_the_run():
    # "em três anos" is not a verb group and nothing replaces it: it went, with the attribution
    s, _, dets, _ = run(["Em Lima, a arborização de vinte avenidas reduziu a temperatura média das ruas em até "
                         "3 graus em quatro anos, de acordo com a prefeitura local."],
                        ["Em Lima, a arborização de vinte avenidas baixou a temperatura das ruas em até 3 graus."])
    assert any("em quatro anos" in t for t in om_spans(s, dets))


def test_a_page_mentioned_far_from_the_reader_verb_is_no_pointer():
    # "veja que …" opens a clause of content; a page named many words later does not make it
    # a pointer to the layout
    from analysis.strategies.om import _READER_LOOK

    assert _READER_LOOK.search("(confira o quadro ao lado)")
    assert not _READER_LOOK.search("veja que o governo decidiu mudar as regras e publicou tudo na página")
