"""RD+ precision (rdp5 round): a connective only reduced or expanded with its clause — a finite
"X que" clause and its reduced form "X (de)" + infinitive or noun ("até que fizesse" → "até
fazer", "antes que chegasse" → "antes de chegar", "para sua saída" → "para que saísse") — is
one link kept, not a connective replaced or dropped. Each guard pair has a sibling where RD+
must still fire. Sentences written for the purpose."""
from __future__ import annotations

from tests.test_strategies import groups_of, run


def _rd(src, tgt):
    groups = None
    if len(src) != len(tgt):
        groups = groups_of(([f"s{i + 1}" for i in range(len(src))], [f"t{i + 1}" for i in range(len(tgt))]))
    _, _, dets, _ = run(src, tgt, groups)
    return [(d.evidence.get("kind"), d.evidence.get("source"), d.evidence.get("target"))
            for d in dets if d.code == "RD+"]


def test_ate_que_reduced_to_infinitive_at_a_split_is_silent():
    src = ["A empresa suspendeu os voos até que fizesse novas revisões no motor, mas a preocupação maior "
           "era com o avião parado."]
    tgt = ["A empresa suspendeu os voos.", "A empresa suspendeu os voos até fazer novas revisões no motor.",
           "Mas a preocupação maior era com o avião parado."]
    assert ("connective_removed", "até que", None) not in _rd(src, tgt)


def test_ate_que_dropped_at_a_split_still_fires():
    src = ["A empresa suspendeu os voos até que os técnicos revisassem o motor, mas a preocupação maior "
           "era com o avião parado."]
    tgt = ["Os técnicos vão revisar o motor.", "A empresa suspendeu os voos.",
           "Mas a preocupação maior era com o avião parado."]
    assert ("connective_removed", "até que", None) in _rd(src, tgt)


def test_para_expanded_into_para_que_is_silent():
    src = ["O principal motivo para sua saída da equipe foi a falta de verbas."]
    tgt = ["O principal motivo para que ele saísse da equipe foi a falta de verbas."]
    assert _rd(src, tgt) == []


def test_para_que_made_a_purpose_frame_still_fires():
    src = ["Ele se mudou para a capital para que os filhos pudessem estudar."]
    tgt = ["Ele se mudou para a capital.", "O objetivo é que os filhos pudessem estudar."]
    assert ("connective_replaced", "para que", "o objetivo é") in _rd(src, tgt)


def test_antes_que_reduced_to_antes_de_is_silent():
    src = ["Os alunos saíram da sala antes que o professor chegasse."]
    tgt = ["Os alunos saíram da sala antes de o professor chegar."]
    assert _rd(src, tgt) == []


def test_logo_que_made_logo_changes_the_relation():
    # "logo que" (as soon as, time) and "Logo," (therefore) share a head but not a relation
    from analysis.lexicon.connectives import CONNECTIVES, ConnectiveMatch
    from analysis.strategies.rd import _same_connective
    r = ConnectiveMatch(CONNECTIVES[("logo", "que")], 0, 1)
    a = ConnectiveMatch(CONNECTIVES[("logo",)], 0, 0)
    assert not _same_connective(r, a)
    p = ConnectiveMatch(CONNECTIVES[("para",)], 0, 0)
    q = ConnectiveMatch(CONNECTIVES[("para", "que")], 0, 1)
    assert _same_connective(p, q)


def test_antes_que_replaced_by_another_temporal_form_still_fires():
    src = ["Os alunos saíram da sala antes que o professor chegasse."]
    tgt = ["Os alunos saíram da sala no momento em que o professor chegou."]
    assert ("connective_replaced", "antes que", "no momento em que") in _rd(src, tgt)


def test_connective_of_a_dropped_aside_is_not_replaced():
    # "contudo" closes a bracketed aside that went out whole (OM+): the new "Mas" stands for the
    # contrastive "Já" that opens the sentence, not for it
    src = ["Já o centro da cidade tem cerca de trinta fontes públicas (poucas em outros bairros, contudo)."]
    tgt = ["Mas o centro da cidade tem cerca de trinta fontes públicas."]
    assert all(s != "contudo" for _, s, _ in _rd(src, tgt))


def test_connective_of_a_kept_aside_still_fires():
    src = ["O centro da cidade tem cerca de trinta fontes públicas (poucas delas, contudo, funcionam)."]
    tgt = ["O centro da cidade tem cerca de trinta fontes públicas, mas poucas delas funcionam."]
    assert ("connective_replaced", "contudo", "mas") in _rd(src, tgt)
