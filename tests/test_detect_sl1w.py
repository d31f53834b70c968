"""SL+ one word for one word in a crowded place (branch sl1w): a place whose other side holds
several words that punctuation splits into pieces pairs its one word with the piece touching
the same kept word of the frame; an auxiliary or modal infinitive after a masculine article is
a noun ("o poder") that can take a place. Each sentence is written for the purpose (not a
corpus text)."""
from __future__ import annotations

import pytest

from tests.test_strategies import groups_of, run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_reporting_clause_moved_in_front_leaves_the_piece_next_to_the_verb(e5):
    s, t, dets, _ = run(
        ['"A escassez cresce de forma alarmante no país", afirmou o especialista em finanças públicas Pedro Lima.'],
        ['O especialista em contas do governo Pedro Lima afirmou: "A falta cresce de forma alarmante no país".'],
        encoder=e5)
    assert (["escassez"], ["falta"]) in _sl(s, t, dets)


def test_split_subject_said_again_leaves_the_verb_in_its_piece(e5):
    s, t, dets, _ = run(
        ["A prefeitura enviou um ofício ao governo estadual, descrevendo a situação das estradas "
         "e requisitando verbas urgentes."],
        ["A prefeitura enviou um ofício ao governo estadual.",
         "A prefeitura descreveu a situação das estradas da cidade.",
         "A prefeitura pediu verbas urgentes."],
        groups=groups_of((["s1"], ["t1", "t2", "t3"])), encoder=e5)
    assert (["requisitando"], ["pediu"]) in _sl(s, t, dets)


def test_clause_turned_round_keeps_the_noun_next_to_the_frame(e5):
    s, t, dets, _ = run(["Para enfeitar o recinto, a professora contou com a ajuda de seis alunos."],
                        ["Seis alunos ajudaram a professora a enfeitar a sala."], encoder=e5)
    assert (["recinto"], ["sala"]) in _sl(s, t, dets)


def test_two_words_of_the_class_in_the_piece_stay_unpaired(e5):
    # the piece next to the verb holds two nouns: which one took the place is not known
    s, t, dets, _ = run(
        ['"A escassez cresce de forma alarmante no país", afirmou o especialista em finanças públicas Pedro Lima.'],
        ['O especialista em contas do governo Pedro Lima afirmou: "A seca e a fome crescem de forma alarmante '
         'no país".'],
        encoder=e5)
    got = _sl(s, t, dets)
    assert not any(src == ["escassez"] for src, _ in got)


@pytest.mark.parametrize("src,tgt,pair", [
    ("A lei dá ao prefeito a prerrogativa de nomear os secretários.",
     "A lei dá ao prefeito o poder de nomear os secretários.", (["prerrogativa"], ["poder"])),
    ("O juiz lembrou aos jurados a incumbência de guardar sigilo.",
     "O juiz lembrou aos jurados o dever de guardar sigilo.", (["incumbência"], ["dever"])),
])
def test_modal_infinitive_after_an_article_is_a_noun(src, tgt, pair, e5):
    s, t, dets, _ = run([src], [tgt], encoder=e5)
    assert pair in _sl(s, t, dets)


def test_nominal_infinitive_of_a_compound_noun_is_no_partner(e5):
    # "os seres humanos" is one compound noun: "migrações" was not replaced by "seres"
    s, t, dets, _ = run(["Os cães chegaram à América com as migrações humanas pelo estreito."],
                        ["Os cães chegaram à América com os seres humanos pelo estreito."], encoder=e5)
    assert not any(tgt == ["seres"] for _, tgt in _sl(s, t, dets))


def test_modal_verb_stays_a_function_word(e5):
    # "pode" conjugated, and "poder" after the preposition "a": verbs, never a noun's place
    s, t, dets, _ = run(["A comissão tem a prerrogativa de vetar o projeto."],
                        ["A comissão pode vetar o projeto."], encoder=e5)
    assert not any(tgt == ["pode"] for _, tgt in _sl(s, t, dets))


def test_last_word_of_a_moved_phrase_replaced_on_its_way(e5):
    s, t, dets, _ = run(
        ["Acusado de ofender com palavrões um dos fregueses, o garçom foi demitido ontem."],
        ["O garçom foi demitido ontem.", "Ele foi acusado de ofender um dos clientes com palavrões."],
        groups=groups_of((["s1"], ["t1", "t2"])), encoder=e5)
    assert (["fregueses"], ["clientes"]) in _sl(s, t, dets)

