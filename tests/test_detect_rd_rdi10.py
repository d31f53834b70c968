"""RD+ round rdi10: "ao" opens a reduced temporal clause only before an infinitive, and a noun
or an adjective with an infinitive's ending is none ("ao locador", "ao lugar", "para o
celular"): the preposition says nothing about how clauses relate. Near-miss: "ao" before a
real infinitive, rare ones too ("ao ajuizar"), still opens a clause. Every pair is written for
the purpose (no corpus text)."""
from __future__ import annotations

from analysis.lexicon.connectives import _infinitive
from tests.test_strategies import run, spans


def test_ao_before_a_noun_in_or_is_no_connective():
    s, t, dets, _ = run(["O inquilino deve comunicar imediatamente ao locador qualquer dano no imóvel."],
                        ["O inquilino deve avisar o dono logo que aparecer qualquer dano no imóvel."])
    found = [" ".join(spans(s, d.source_spans)) for d in dets if d.code == "RD+"]
    assert "ao" not in found, found


def test_nouns_and_adjectives_in_ar_or_or_are_no_infinitives():
    assert not any(_infinitive(w) for w in ("locador", "autor", "lugar", "celular", "popular", "similar"))


def test_verbs_rare_or_common_are_infinitives():
    assert all(_infinitive(w) for w in ("ajuizar", "avaliar", "exercer", "compor", "propor", "sair-se", "chegarem"))
