"""RD+ recall (rdr8 round): a connective dropped while the clauses it linked both stay.

* a "mas" gone together with a following "daí" (then) whose time relation a new "Em seguida"
  carries: "daí" → "Em seguida", and the contrast of "mas" dropped;
* an "além de" + infinitive taken away by a split, its clause kept as a sentence of its own;
* a fronted subordinate clause ("Quando …, …") split from its main clause, the subordinator
  gone (or replaced by a connective opening the main clause's sentence).
Each rule has a near miss where it must stay silent. Sentences written for the purpose."""
from __future__ import annotations

from tests.test_detect_rd_rdp5 import _rd


def test_mas_dai_split_pairs_dai_with_em_seguida_and_drops_mas():
    src = ["No começo, o time perdeu três jogos, mas daí treinou mais e venceu o campeonato."]
    tgt = ["No começo, o time perdeu três jogos.", "Em seguida, treinou mais.", "Venceu o campeonato."]
    got = _rd(src, tgt)
    assert ("connective_replaced", "daí", "em seguida") in got
    assert ("connective_removed", "mas", None) in got
    assert ("connective_replaced", "mas", "em seguida") not in got


def test_mas_alone_before_em_seguida_is_still_a_replacement():
    src = ["No começo, o time perdeu três jogos, mas treinou mais e venceu o campeonato."]
    tgt = ["No começo, o time perdeu três jogos.", "Em seguida, treinou mais.", "Venceu o campeonato."]
    got = _rd(src, tgt)
    assert ("connective_removed", "mas", None) not in got


def test_alem_de_infinitive_split_off_fires():
    src = ["A cidade escolhida foi Recife, uma capital que, além de ter praias famosas, oferece muitos "
           "museus aos turistas."]
    tgt = ["A cidade escolhida foi Recife.", "Recife é uma capital que oferece muitos museus aos turistas.",
           "Recife tem praias famosas."]
    assert ("connective_removed", "além de", None) in _rd(src, tgt)


def test_alem_de_clause_dropped_is_silent():
    # the clause went out with the connective (OM+): no relation was left implicit
    src = ["A cidade escolhida foi Recife, uma capital que, além de ter praias famosas, oferece muitos "
           "museus aos turistas."]
    tgt = ["A cidade escolhida foi Recife.", "Recife é uma capital que oferece muitos museus aos turistas."]
    assert ("connective_removed", "além de", None) not in _rd(src, tgt)


def test_alem_de_kept_as_tambem_is_no_drop():
    src = ["A cidade escolhida foi Recife, uma capital que, além de ter praias famosas, oferece muitos "
           "museus aos turistas."]
    tgt = ["A cidade escolhida foi Recife.", "Recife é uma capital que oferece muitos museus aos turistas.",
           "Recife também tem praias famosas."]
    assert ("connective_removed", "além de", None) not in _rd(src, tgt)


def test_fronted_quando_split_off_fires():
    src = ["Quando terminar a faculdade, pretendo abrir uma padaria no bairro."]
    tgt = ["Um dia, vou terminar a faculdade.", "Pretendo abrir uma padaria no bairro."]
    assert ("connective_removed", "quando", None) in _rd(src, tgt)


def test_fronted_se_replaced_by_mas_opening_the_main_clause():
    src = ["Se as vendas cresceram no litoral, o mesmo não ocorreu nas cidades do interior."]
    tgt = ["As vendas cresceram no litoral.", "Mas isso não ocorreu nas cidades do interior."]
    got = _rd(src, tgt)
    assert ("connective_replaced", "se", "mas") in got
    assert ("connective_removed", "se", None) not in got


def test_fronted_quando_kept_in_the_target_is_silent():
    # "quando" still there, the clause only put after: no connective dropped
    src = ["Quando terminar a faculdade, pretendo abrir uma padaria no bairro."]
    tgt = ["Pretendo abrir uma padaria no bairro.", "Vou fazer isso quando terminar a faculdade."]
    assert ("connective_removed", "quando", None) not in _rd(src, tgt)
