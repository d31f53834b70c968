"""MOD+ recall, round 10 (branch modr8): a participle without auxiliary or agent turned into a
pronominal verb that keeps its prepositional complement ("Somado a X, a distância…" → "A
distância se soma a X"; "uma peça encaixada à quilha" → "uma peça que se junta à quilha").
Sentences written for the purpose, plus near misses that must stay silent."""
from __future__ import annotations

from tests.test_detect_mod_recall7 import _mod
from tests.test_strategies import run, spans


def _pair(dets, s, t, src, tgt):
    return [d for d in _mod(dets) if spans(s, d.source_spans) == [src] and spans(t, d.target_spans) == [tgt]]


def _silent(dets, s, src):
    return not any(src in spans(s, d.source_spans) for d in _mod(dets))


# ---- a fronted participial clause turned into a pronominal clause ----------------------------

def test_mod_fronted_impersonal_participle_to_pronominal_same_verb():
    s, t, dets, _ = run(["Somado ao calor, a umidade baixa prejudica a colheita."],
                        ["A umidade baixa se soma ao calor. Ela prejudica a colheita."])
    assert _pair(dets, s, t, "Somado", "se soma")


def test_mod_fronted_participle_agreeing_with_its_subject_stays_silent():
    # "Baseada em…, a pesquisa": the participle is said of the subject after it; the target
    # keeps that subject, no perspective turned (a split, as "a lista, baseada em" on dev)
    s, _, dets, _ = run(["Baseada em dados novos, a pesquisa mudou a previsão."],
                        ["A pesquisa se baseia em dados novos. Ela mudou a previsão."])
    assert _silent(dets, s, "Baseada")


def test_mod_participle_after_its_noun_and_comma_to_pronominal_stays_silent():
    s, _, dets, _ = run(["A feira, realizada no ginásio, reuniu cem artesãos."],
                        ["A feira se realizou no ginásio. Ela reuniu cem artesãos."])
    assert _silent(dets, s, "realizada")


def test_mod_fronted_participle_complement_not_kept_stays_silent():
    s, _, dets, _ = run(["Somado ao calor, a umidade baixa prejudica a colheita."],
                        ["A umidade baixa se soma a outros problemas. Ela prejudica a colheita."])
    assert _silent(dets, s, "Somado")


# ---- a reduced relative turned into a relative clause with "que se" -----------------------------

def test_mod_reduced_relative_to_pronominal_relative_other_verb():
    s, t, dets, _ = run(["O mecânico trocou a peça fixada firmemente ao motor do carro."],
                        ["O mecânico trocou a peça que se prende ao motor do carro."])
    assert _pair(dets, s, t, "fixada", "se prende")


def test_mod_reduced_relative_to_pronominal_relative_same_verb():
    s, t, dets, _ = run(["Os alunos leram o texto ligado ao tema da aula."],
                        ["Os alunos leram o texto que se liga ao tema da aula."])
    assert _pair(dets, s, t, "ligado", "se liga")


def test_mod_reduced_relative_to_pronominal_relative_without_its_complement_stays_silent():
    s, _, dets, _ = run(["O mecânico trocou a peça fixada firmemente ao motor do carro."],
                        ["O mecânico trocou a peça que se solta do motor com facilidade."])
    assert _silent(dets, s, "fixada")


def test_mod_reduced_relative_to_relative_on_another_noun_stays_silent():
    s, _, dets, _ = run(["O mecânico trocou a peça fixada ao motor do carro."],
                        ["O mecânico trocou a peça. É o cabo que se prende ao motor do carro."])
    assert _silent(dets, s, "fixada")
