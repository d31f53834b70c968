"""SL+ recall round slr7: a term the source glossed in brackets, replaced by its gloss (the
guide); "não só … como também" negates nothing; a word against a description of two or more
words under a looser frame. Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_detect_sl_slr6 import _sl
from tests.test_strategies import run


def test_term_replaced_by_its_gloss_in_parentheses(e5):
    s, t, dets, _ = run(["O médico explicou que a hemólise (destruição das células do sangue) piorou o quadro."],
                        ["O médico explicou que a destruição das células do sangue piorou o quadro."], encoder=e5)
    assert (["hemólise (destruição das células do sangue)"], ["destruição das células do sangue"]) in _sl(s, t, dets)


def test_term_replaced_by_its_gloss_in_square_brackets(e5):
    s, t, dets, _ = run(["Os técnicos acharam sinais de lixiviação [lavagem do solo pela chuva] no terreno."],
                        ["Os técnicos acharam sinais de lavagem do solo pela chuva no terreno."], encoder=e5)
    assert (["lixiviação [lavagem do solo pela chuva]"], ["lavagem do solo pela chuva"]) in _sl(s, t, dets)


def test_gloss_kept_with_its_term_is_no_replacement(e5):
    # the term stays: nothing was replaced (an explanation the source already had)
    s, t, dets, _ = run(["O médico explicou que a hemólise (destruição das células do sangue) piorou o quadro."],
                        ["O médico disse que a hemólise (destruição das células do sangue) piorou o quadro."], encoder=e5)
    assert not any("(" in src[0] for src, _ in _sl(s, t, dets))


def test_object_supplied_in_a_quotation_is_no_gloss(e5):
    # "[o projeto]" completes the verb of a quotation; the verb was replaced by another verb
    s, t, dets, _ = run(['"Vamos ampliar [o projeto] no ano que vem", disse o prefeito.'],
                        ['"Vamos aumentar o projeto no ano que vem", disse o prefeito.'], encoder=e5)
    assert not any("[" in src[0] for src, _ in _sl(s, t, dets))


def test_acronym_in_parentheses_is_no_gloss(e5):
    s, t, dets, _ = run(["A reunião aconteceu em Campinas (SP) na semana passada."],
                        ["A reunião aconteceu no estado de São Paulo na semana passada."], encoder=e5)
    assert not any("(" in src[0] for src, _ in _sl(s, t, dets))


def test_correlative_nao_so_negates_nothing(e5):
    s, t, dets, _ = run(["As cartas não só estavam embaralhadas, como também pertenciam a jogos diferentes."],
                        ["As cartas estavam misturadas e pertenciam a jogos diferentes."], encoder=e5)
    assert (["embaralhadas"], ["misturadas"]) in _sl(s, t, dets)


def test_dropped_negation_still_silences_the_pair(e5):
    # a real negation dropped next to the pair: an antonym swapped with it (MOD+), no SL+
    s, t, dets, _ = run(["As cartas não estavam embaralhadas quando chegaram à mesa."],
                        ["As cartas estavam arrumadas quando chegaram à mesa."], encoder=e5)
    assert (["embaralhadas"], ["arrumadas"]) not in _sl(s, t, dets)


def test_word_against_a_description_under_a_looser_frame(e5):
    # half of the words kept in place (the opening dropped): a description still shows the term
    s, t, dets, _ = run(["Segundo a pesquisa publicada ontem, os alunos estudam hidrologia na escola."],
                        ["Os alunos estudam a água dos rios na escola."], encoder=e5)
    assert (["hidrologia"], ["água dos rios"]) in _sl(s, t, dets)


def test_several_words_against_one_under_a_looser_frame_stay_silent(e5):
    # the shape of the wrong pairs of a looser frame ("a passos lentos" → "pessoas"): an
    # expression against one word needs the firmer frame
    s, t, dets, _ = run(["Depois da longa viagem pela serra, os turistas chegaram em sucessivas levas à praça."],
                        ["Os turistas chegaram em grupos à praça."], encoder=e5)
    assert _sl(s, t, dets) == []
