"""RD+ round rdr7: a purpose named by its subject's verb ("tem o objetivo de"), a connective
replaced before the same word in a rebuilt sentence, and an adverbial clause that followed its
main clause put first in a split. Each change has a sibling that must stay as it was.
Sentences written for the purpose."""
from __future__ import annotations

from analysis.lexicon.connectives import find_connectives
from tests.test_strategies import groups_of, run


def _rd(src, tgt, groups=None):
    _, _, dets, _ = run(src, tgt, groups)
    return [d for d in dets if d.code == "RD+"]


def _split(src, tgt):
    return _rd([src], tgt, groups_of((["s1"], [f"t{i + 1}" for i in range(len(tgt))])))


def _replacements(dets):
    return [(d.evidence.get("source"), d.evidence.get("target"), d.evidence.get("source_relation"))
            for d in dets if d.evidence.get("kind") == "connective_replaced"]


def _closing(dets):
    return [d for d in dets if d.evidence.get("kind") == "clause_moved" and d.evidence.get("closing")]


# ---- (A) the purpose named by the subject's verb ----------------------------------------------

def test_purpose_frame_with_ter_is_a_purpose_connective():
    forms = [m.connective for m in find_connectives("a reunião tem o objetivo de discutir o orçamento".split())]
    assert [(c.form, c.relation) for c in forms] == [("tem o objetivo de", "final")]
    forms = [m.connective for m in find_connectives("o curso tem por objetivo formar leitores".split())]
    assert [(c.form, c.relation) for c in forms] == [("tem por objetivo", "final")]


def test_ter_with_another_noun_is_no_connective():
    assert find_connectives("a reunião tem o horário de costume".split()) == []


def test_para_made_a_sentence_with_tem_o_objetivo_de_is_a_replacement():
    dets = _split("A prefeitura abriu um edital na semana passada para contratar novos professores de música.",
                  ["A prefeitura abriu um edital na semana passada.",
                   "O edital tem o objetivo de contratar novos professores de música."])
    assert ("para", "tem o objetivo de", "final") in _replacements(dets)


def test_purpose_dropped_with_its_clause_is_no_replacement():
    dets = _split("A prefeitura abriu um edital na semana passada para contratar novos professores de música.",
                  ["A prefeitura abriu um edital na semana passada.", "O edital saiu no jornal."])
    assert _replacements(dets) == []


# ---- (B) a connective replaced before the same word ----------------------------------------

_REBUILT_SRC = ('"Mesmo assim, em rios mais poluídos, deve ser viável adaptar [o método] '
                'para medir os resíduos de fábricas e lavouras abandonadas".')


def test_purpose_connective_replaced_before_the_same_verb_in_a_rebuilt_sentence():
    dets = _split(_REBUILT_SRC,
                  ["Deve ser viável mudar o método com o objetivo de medir os restos de fábricas e "
                   "plantações deixadas de lado.",
                   "Isso deve ser viável em rios mais poluídos."])
    assert ("para", "com o objetivo de", "final") in _replacements(dets)


def test_same_verb_said_twice_gives_no_head_to_pair_on():
    # "medir" twice in the target: which clause the new connective opens is not sure
    dets = _split(_REBUILT_SRC,
                  ["Deve ser viável mudar o método com o objetivo de medir o que as fábricas e "
                   "plantações deixadas de lado produzem.",
                   "Medir isso deve ser viável em rios mais poluídos."])
    assert ("para", "com o objetivo de", "final") not in _replacements(dets)


# ---- (C) an adverbial clause that followed its main clause put first ------------------------

_CLOSING_SRC = ("No fim do ano, os alunos da rede estadual vão ganhar uma bolsa de estudos caso o "
                "projeto receba a aprovação do conselho, segundo a secretaria.")


def test_conditional_clause_put_before_its_main_clause_in_a_split():
    dets = _split(_CLOSING_SRC,
                  ["Caso o projeto ganhe a aprovação do conselho, os alunos da rede estadual vão "
                   "ganhar uma bolsa de estudos no fim do ano.",
                   "A informação é da secretaria."])
    moved = _closing(dets)
    assert len(moved) == 1
    assert moved[0].evidence["words"] == 8


def test_conditional_clause_kept_after_its_main_clause_is_no_move():
    dets = _split(_CLOSING_SRC,
                  ["No fim do ano, os alunos da rede estadual vão ganhar uma bolsa de estudos.",
                   "Isso vai acontecer caso o projeto ganhe a aprovação do conselho.",
                   "A informação é da secretaria."])
    assert _closing(dets) == []


def test_clause_put_first_before_another_main_clause_is_no_move():
    dets = _split(_CLOSING_SRC,
                  ["No fim do ano, os alunos da rede estadual vão ganhar uma bolsa de estudos.",
                   "Caso o projeto ganhe a aprovação do conselho, a escola fará uma festa.",
                   "A informação é da secretaria."])
    assert _closing(dets) == []
