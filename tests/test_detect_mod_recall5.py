"""MOD+ recall on kinds of modulation met in real simplifications (issue 10, round 5), each checked
with sentences written for the purpose, plus the near misses that must stay silent. Every
positive test fails without the rule it names, except the first, which guards the span and
antonym convention the new copula rule keeps."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import only, run, spans


def _mod(dets):
    return [d for d in dets if d.code == "MOD+"]


def _one_group(src, tgt):
    """All source sentences aligned with all target sentences (a split)."""
    return run(src, tgt, groups=[AlignmentGroup([f"s{i + 1}" for i in range(len(src))],
                                                [f"t{i + 1}" for i in range(len(tgt))], 0.9)])


# ---- polarity: a predicate with a negative prefix said through a negated copula ----------------

def test_mod_negated_copula_facing_its_morphological_antonym():
    s, t, dets, _ = run(["Os médicos afirmam que a segunda dose é desnecessária para os adultos."],
                        ["Os médicos afirmam que a segunda dose não é necessária para os adultos."])
    d = next(d for d in _mod(dets) if d.evidence.get("kind") == "polarity")
    assert spans(s, d.source_spans) == ["desnecessária"] and spans(t, d.target_spans) == ["não"]
    assert d.evidence["antonym"] == ["desnecessária", "necessária"] and d.evidence["morphological_prefix"] == "des"


def test_mod_negated_copula_antonym_whatever_the_gender_and_other_words():
    # the subject changes too ("a peça" → "o boné"): the antonym pair, not the subject, is shown
    _, _, dets, _ = run(["Eles afirmam que a peça é desnecessária no uniforme."],
                        ["Eles afirmam que o boné não é necessário no uniforme."])
    d = next(d for d in _mod(dets) if d.evidence.get("kind") == "polarity")
    assert "«desnecessária» → «necessário»" in d.explanation


def test_mod_attributive_negative_prefix_written_with_nao_is_no_polarity_change():
    # "vizinhos indesejados" → "vizinhos não desejados": still negative, a word substitution (SL+)
    _, _, dets, _ = run(["Hoje eles vivem brigando com vizinhos indesejados."],
                        ["Hoje eles vivem brigando com vizinhos não desejados."])
    assert not any(d.evidence.get("kind") == "polarity" for d in _mod(dets))


# ---- analytic passive → pronominal passive with another verb, the patient moved ---------------

def test_mod_passive_to_pronominal_with_another_verb_and_the_patient_moved():
    s, t, dets, _ = run(["Para o almoço dos alunos, é elaborado um cardápio semanal."],
                        ["Prepara-se um cardápio semanal para o almoço dos alunos."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["é elaborado"] and spans(t, d.target_spans) == ["Prepara-se"]
    assert "pronominal" in d.explanation


# ---- indefinite subject in an active compound tense ---------------------------------------------

def test_mod_passive_to_indefinite_subject_in_a_compound_tense():
    s, t, dets, _ = run(["O preço cairia mais, caso o imposto não tivesse sido reajustado em março."],
                        ["O preço cairia mais se não tivessem aumentado o imposto em março."])
    d = next(d for d in _mod(dets) if d.evidence.get("indefinite_subject"))
    assert spans(s, d.source_spans) == ["sido reajustado"] and spans(t, d.target_spans) == ["tivessem aumentado"]


def test_mod_compound_tense_with_its_own_subject_is_no_indefinite_subject():
    _, _, dets, _ = run(["O preço cairia mais, caso o imposto não tivesse sido reajustado em março."],
                        ["O preço cairia mais se os deputados não tivessem aumentado o imposto em março."])
    assert not any(d.evidence.get("indefinite_subject") for d in _mod(dets))


# ---- the recipient of a transfer made subject ("foi dado a Y" → "Y recebeu") --------------------

def test_mod_recipient_of_a_passive_made_subject_of_receber():
    s, t, dets, _ = run(["Um atendimento especial foi dado para os idosos."],
                        ["Os idosos receberam atendimento especial."])
    d = only(dets, "MOD+")[0]
    assert d.evidence["kind"] == "viewpoint" and d.evidence["recipient"] == "idosos"
    assert spans(s, d.source_spans) == ["dado para os idosos"] and spans(t, d.target_spans) == ["Os idosos receberam"]


def test_mod_recipient_of_a_participial_clause_made_subject():
    _, t, dets, _ = _one_group(["Para a festa, foram feitas camisetas azuis, distribuídas aos convidados."],
                               ["Os convidados receberam camisetas azuis.", "As camisetas serviram para a festa."])
    d = next(d for d in _mod(dets) if d.evidence.get("recipient"))
    assert spans(t, d.target_spans) == ["Os convidados receberam"]


def test_mod_receber_with_another_subject_is_no_recipient_made_subject():
    # the recipient stays an object; someone else "receives": no converse
    _, _, dets, _ = run(["Um atendimento especial foi dado para os idosos."],
                        ["O hospital recebeu os idosos com atendimento especial."])
    assert not any(d.evidence.get("recipient") for d in _mod(dets))


def test_mod_receber_of_something_else_is_no_recipient_made_subject():
    # the recipient is the subject, but what it receives is not what was given
    _, _, dets, _ = run(["Um atendimento especial foi dado para os idosos."],
                        ["Os idosos receberam visitas e tiveram atendimento especial."])
    assert not any(d.evidence.get("recipient") for d in _mod(dets))


# ---- an action noun subject of a light passive with agent → its verb, the agent as subject ------

def test_mod_light_passive_agent_made_subject_of_the_nouns_verb():
    s, t, dets, _ = run(["O bombardeamento das amostras é feito por nêutrons em vez de laser."],
                        ["Este aparelho usa outra técnica: nêutrons bombardeiam as amostras."])
    d = only(dets, "MOD+")[0]
    assert spans(t, d.target_spans) == ["nêutrons bombardeiam"]
    assert spans(s, d.source_spans) == ["bombardeamento das amostras é feito por nêutrons"]
    assert "«nêutrons»" in d.explanation


def test_mod_light_passive_agent_after_the_verb_is_no_subject():
    _, _, dets, _ = run(["O bombardeamento das amostras é feito por nêutrons em vez de laser."],
                        ["Este aparelho usa outra técnica: bombardeiam as amostras com nêutrons."])
    assert not any(d.evidence.get("noun") == "bombardeamento" for d in _mod(dets))


# ---- the point of view turned round past a passive light verb ----------------------------------

def test_mod_viewpoint_turned_past_a_passive_light_verb():
    s, t, dets, _ = run(["A restauração do prédio está sendo feita com a ajuda de voluntários da cidade."],
                        ["Voluntários da cidade ajudam na restauração do prédio."])
    d = only(dets, "MOD+")[0]
    assert d.evidence["kind"] == "viewpoint"
    assert spans(s, d.source_spans) == ["está sendo feita com a ajuda de"] and spans(t, d.target_spans) == ["ajudam"]


# ---- a passive without agent → active with another verb and a new subject (agent explicit) ------

def test_mod_fronted_ficar_passive_given_a_subject_with_another_verb():
    s, t, dets, _ = run(["Art. 3º Fica criado o Conselho Municipal de Esportes, com sede na prefeitura."],
                        ["A câmara instituiu o Conselho Municipal de Esportes, com sede na prefeitura."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["Fica criado"] and spans(t, d.target_spans) == ["A câmara instituiu"]
    assert d.evidence["new_subject"] == "A câmara" and "«A câmara»" in d.explanation


def test_mod_passive_given_a_subject_put_in_front_of_its_patient():
    s, t, dets, _ = run(["O novo regulamento foi publicado ontem no site."],
                        ["A diretoria divulgou o novo regulamento ontem no site."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["foi publicado"] and spans(t, d.target_spans) == ["A diretoria divulgou"]


def test_mod_new_subject_and_verb_with_the_patient_moved_away_is_silent():
    # the whole clause was rewritten, the patient moved after an adverb: no evidence of a voice change
    _, _, dets, _ = run(["O novo regulamento foi aprovado ontem."],
                        ["Os vereadores elogiaram ontem o novo regulamento."])
    assert not any(d.evidence.get("new_subject") for d in _mod(dets))


def test_mod_subject_already_named_in_the_source_is_no_new_agent():
    # "a diretoria" is in the source: the verb's subject is no agent made explicit
    _, _, dets, _ = run(["A diretoria disse que o novo regulamento foi publicado ontem no site."],
                        ["A diretoria disse que a diretoria divulgou o novo regulamento ontem no site."])
    assert not any(d.evidence.get("new_subject") for d in _mod(dets))


def test_mod_ficar_with_a_state_is_no_fronted_passive():
    # "Fica aberto" before a time phrase: a state, no subject after it
    _, _, dets, _ = run(["Fica aberto até as dez horas o museu da cidade."],
                        ["O museu da cidade abre até as dez horas."])
    assert not any(d.evidence.get("new_subject") for d in _mod(dets))


def test_mod_time_phrase_before_another_verb_is_no_new_subject():
    # "Semana passada saiu o edital": a time phrase, not a subject, stands before the verb
    _, _, dets, _ = run(["Foi publicado o edital do concurso."],
                        ["Semana passada saiu o edital do concurso."])
    assert not any(d.evidence.get("new_subject") for d in _mod(dets))


# ---- estar/ficar + participle (a state) turned into an active clause of the same verb ----------

def test_mod_state_with_estar_turned_active_the_place_made_subject():
    s, t, dets, _ = run(["O estudo dos biólogos está publicado na edição de março da revista."],
                        ["A edição de março da revista publicou o estudo dos biólogos."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["está publicado"]
    assert spans(t, d.target_spans) == ["A edição de março da revista publicou"] and d.evidence["state"]


def test_mod_state_with_ficar_turned_active_with_an_indefinite_subject():
    s, t, dets, _ = run(["A estrada ficou bloqueada durante toda a manhã."],
                        ["Bloquearam a estrada durante toda a manhã."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["ficou bloqueada"] and spans(t, d.target_spans) == ["Bloquearam"]


def test_mod_state_and_a_subject_from_another_clause_is_silent():
    # "os clientes" belong to the "quando" clause, not to the participle's complement
    _, _, dets, _ = run(["A loja estava fechada quando os clientes chegaram."],
                        ["Os clientes chegaram e fecharam a loja."])
    assert not any(d.evidence.get("state") for d in _mod(dets))


def test_mod_antonym_after_the_negation_not_the_subject_swapped_before_it():
    _, _, dets, _ = run(["Eles dizem que a peça não é cara no comércio da cidade."],
                        ["Eles dizem que o boné é barato no comércio da cidade."])
    d = next(d for d in _mod(dets) if d.evidence.get("kind") == "polarity")
    assert d.evidence["antonym"] == ["cara", "barato"]
