"""MOD+ recall, round 9 (branch modr6): participial and pronominal passives turned active
with the same verb, met among the dev misses of the ten productions added to the dev set.
Sentences written for the purpose, plus near misses that must stay silent."""
from __future__ import annotations

from tests.test_detect_mod_recall7 import _mod, _split
from tests.test_strategies import run, spans


def _pair(dets, s, t, src, tgt):
    return [d for d in _mod(dets) if spans(s, d.source_spans) == [src] and spans(t, d.target_spans) == [tgt]]


# ---- a reduced relative turned active with the same verb ------------------------------------

def test_mod_reduced_relative_to_indefinite_subject_same_verb():
    s, t, dets, _ = run(["Os moradores esperavam a reunião marcada depois que a chuva parou."],
                        ["A chuva parou. Depois, marcaram a reunião com os moradores."])
    assert _pair(dets, s, t, "marcada", "marcaram")


def test_mod_reduced_relative_to_relative_clause_is_not_read():
    # dropped in this round: "que" may be the subject of the relative clause
    s, _, dets, _ = run(["Os números vêm da consulta feita durante o mês de março."],
                        ["Os números vêm da consulta que a prefeitura fez durante o mês de março."])
    assert not any(spans(s, d.source_spans) == ["feita"] for d in _mod(dets))


def test_mod_intransitive_participle_to_subject_relative_stays_silent():
    # "os bebês que nasceram": "que" is the subject of an intransitive verb, no passive turned
    s, _, dets, _ = run(["Os bebês nascidos no inverno pesam menos."],
                        ["Os bebês que nasceram no inverno pesam menos."])
    assert not any(spans(s, d.source_spans) == ["nascidos"] for d in _mod(dets))


def test_mod_reduced_relative_whose_noun_becomes_the_subject_stays_silent():
    # "a equipe que escolheu os jogadores": the noun is the doer now, not the patient
    s, _, dets, _ = run(["O técnico falou da equipe escolhida no sorteio."],
                        ["O técnico falou da equipe que escolheu os jogadores no sorteio."])
    assert not any(spans(s, d.source_spans) == ["escolhida"] for d in _mod(dets))


def test_mod_reduced_relative_kept_as_a_participle_stays_silent():
    s, _, dets, _ = run(["Ele abriu a janela fechada pela manhã e saiu."],
                        ["Ele abriu a janela que estava fechada de manhã. Depois saiu."])
    assert not any(spans(s, d.source_spans) == ["fechada"] for d in _mod(dets))


def test_mod_reduced_relative_with_a_named_subject_before_the_plural_stays_silent():
    s, _, dets, _ = run(["Os moradores esperavam a reunião marcada depois que a chuva parou."],
                        ["A chuva parou. Depois, os vizinhos marcaram a reunião com os moradores."])
    assert not any(spans(s, d.source_spans) == ["marcada"] for d in _mod(dets))


# ---- a bare participle turned pronominal ----------------------------------------------------

def test_mod_participial_apposition_to_enclitic_se():
    s, t, dets, _ = run(["A escola, fundada em 1950, atende mil alunos."],
                        ["Em 1950, fundou-se a escola. A escola atende mil alunos."])
    d = [d for d in _mod(dets) if spans(s, d.source_spans) == ["fundada"]][0]
    assert spans(t, d.target_spans) == ["fundou-se"]


def test_mod_participial_apposition_to_proclitic_se_before_its_noun():
    s, t, dets, _ = run(["Os contratos, assinados ontem, chegam hoje ao escritório."],
                        ["Ontem se assinaram os contratos. Eles chegam hoje ao escritório."])
    d = [d for d in _mod(dets) if spans(s, d.source_spans) == ["assinados"]][0]
    assert spans(t, d.target_spans) == ["se assinaram"]


def test_mod_participle_to_se_with_its_noun_as_subject_before_stays_silent():
    # "a proposta se baseia em": the noun before the verb, a middle or inherent pronominal verb
    s, _, dets, _ = run(["A proposta, baseada em dados antigos, convenceu o conselho."],
                        ["A proposta se baseia em dados antigos. Ela convenceu o conselho."])
    assert not any(spans(s, d.source_spans) == ["baseada"] for d in _mod(dets))


def test_mod_participle_and_a_conditional_se_stays_silent():
    # "se fundar": the conjunction of a condition, not the clitic of a passive
    s, _, dets, _ = run(["A escola, fundada em 1950, atende mil alunos."],
                        ["A escola atende mil alunos. Mas, se fundar outra escola, a cidade terá mais vagas."])
    assert not any(spans(s, d.source_spans) == ["fundada"] for d in _mod(dets))


def test_mod_participle_and_a_pronominal_verb_on_other_words_stays_silent():
    s, _, dets, _ = run(["A escola, fundada em 1950, atende mil alunos."],
                        ["A escola atende mil alunos. Hoje se fundam outras instituições na região."])
    assert not any(spans(s, d.source_spans) == ["fundada"] for d in _mod(dets))


# ---- a pronominal passive turned active -----------------------------------------------------

def test_mod_pronominal_passive_to_infinitive_same_verb():
    s, t, dets, _ = run(["Ele chegou ao momento em que se escolhem os candidatos da eleição."],
                        ["Ele chegou ao momento de escolher os candidatos da eleição."])
    assert _pair(dets, s, t, "se escolhem", "escolher")


def test_mod_conditional_se_is_no_pronominal_passive():
    # sentence-initial "Se": the conjunction (no "que", negation or adverb before it)
    s, _, dets, _ = run(["Se escolhem os candidatos cedo, a eleição fica tranquila."],
                        ["Quando eles escolhem os candidatos cedo, a eleição fica tranquila."])
    assert not any(spans(s, d.source_spans) == ["Se escolhem"] for d in _mod(dets))


def test_mod_pronominal_passive_kept_stays_silent():
    s, _, dets, _ = run(["Ele chegou ao momento em que se escolhem os candidatos da eleição."],
                        ["Ele chegou ao momento em que se escolhem os candidatos."])
    assert not [d for d in _mod(dets) if d.evidence.get("rule") == "pronominal_active"]


# ---- fronted estar + participle, and a participle coordinated after a fronted place --------

def test_mod_fronted_estar_passive_to_other_verb():
    s, t, dets, _ = run(["Está encerrada a temporada de chuvas."],
                        ["Terminou a temporada de chuvas."])
    d = _mod(dets)[0]
    assert spans(s, d.source_spans) == ["Está encerrada"] and spans(t, d.target_spans) == ["Terminou"]


def test_mod_estar_participle_before_a_preposition_stays_silent():
    # "Está localizada na praça": a state with a place, no subject after the participle
    _, _, dets, _ = run(["Está localizada na praça a nova escola."],
                        ["Fica na praça a nova escola."])
    assert not _mod(dets)


def test_mod_coordinated_participle_after_fronted_place():
    s, t, dets, _ = _split(["No museu estão expostas as pinturas do século passado e guardadas as cartas do pintor."],
                           ["O museu mostra as pinturas do século passado.", "O museu guarda as cartas do pintor."])
    assert any(spans(s, d.source_spans) == ["guardadas"] and spans(t, d.target_spans) == ["O museu guarda"]
               for d in _mod(dets))


def test_mod_coordinated_participle_with_another_verb_stays_silent():
    s, _, dets, _ = _split(["No museu estão expostas as pinturas do século passado e guardadas as cartas do pintor."],
                           ["O museu mostra as pinturas do século passado.", "O museu tem as cartas do pintor."])
    assert not any(spans(s, d.source_spans) == ["guardadas"] for d in _mod(dets))


# ---- the receiver's side with a noun of the participle's family: dropped ---------------------

def test_mod_receber_with_a_noun_of_the_participles_family_stays_silent():
    s, _, dets, _ = run(["Neste mês, já são dez mil premiados na cidade."],
                        ["Neste mês, dez mil já receberam o prêmio na cidade."])
    assert not [d for d in _mod(dets) if d.message.get("key") == "mod.given_thing_received"]
