"""RF+ recall round 13 (branch rfr7, the dev misses of whole-clause rewordings): a passive's
participle told as its noun after a support verb ("receber estímulo do …"), the main verb made a
gerund of a new verb, a noun's "de que" clause in an opening adverbial made the subject of
"ser", and (precision) a cleft whose focus went to a sentence of its own is no cleft told
directly (since round 54 a cleft told directly is no RF+ at all). Each rule has a short pair written for the test and a near miss where RF+ must stay
silent."""
from __future__ import annotations

from analysis.strategies import rf
from tests.test_detect_rf_recall7 import _ctx_of
from tests.test_detect_rf_split8 import _split
from tests.test_strategies import run


def _kinds(dets) -> list:
    return [d.evidence.get("kind") for d in dets if d.code == "RF+"]


# ---- a passive's participle told as its noun after a support verb --------------------------------

def test_rf_for_a_participle_told_as_the_bare_noun_of_a_support_verb(e5):
    _, _, dets, _ = run(["O projeto do bairro, apoiado pela prefeitura, começou em março."],
                        ["O projeto do bairro recebeu apoio da prefeitura e começou em março."], encoder=e5)
    assert "passive_nominalised" in _kinds(dets)


def test_no_rf_when_the_support_verb_noun_lost_the_agent(e5):
    # the agent is gone: no passive clause reduced to the noun that names its agent
    _, _, dets, _ = run(["O projeto do bairro, apoiado pela prefeitura, começou em março."],
                        ["O projeto do bairro recebeu apoio e começou em março."], encoder=e5)
    assert "passive_nominalised" not in _kinds(dets)


# ---- the main verb made a gerund of a new verb ---------------------------------------------------

def test_rf_for_the_main_verb_made_a_gerund_of_a_new_verb(e5):
    _, _, dets, _ = run(["Em troca, a empresa procura oferecer cursos gratuitos aos moradores do bairro."],
                        ["A empresa procura retribuir oferecendo cursos gratuitos aos moradores do bairro."],
                        encoder=e5)
    assert "verb_made_gerund" in _kinds(dets)
    d = next(d for d in dets if d.code == "RF+" and d.evidence["kind"] == "verb_made_gerund")
    assert d.evidence["verb"] == "retribuir" and d.evidence["target"] == "oferecendo"


def test_no_rf_for_a_gerund_after_an_aspect_auxiliary(e5):
    # "continua oferecendo": the same verb in a periphrasis of aspect, the clause kept
    _, _, dets, _ = run(["A empresa oferece cursos gratuitos aos moradores do bairro."],
                        ["A empresa continua oferecendo cursos gratuitos aos moradores do bairro."], encoder=e5)
    assert "verb_made_gerund" not in _kinds(dets)


# ---- a noun's "de que" clause made the subject of "ser" ------------------------------------------

def test_rf_for_an_adverbial_noun_clause_made_the_subject_of_ser(e5):
    _, _, dets, _ = run(["Com a vantagem de que agora os ônibus passam a cada dez minutos."],
                        ["A vantagem é que agora os ônibus passam a cada dez minutos."], encoder=e5)
    assert "noun_clause_made_subject" in _kinds(dets)


def test_no_rf_when_the_noun_was_already_the_subject(e5):
    # "A notícia de que …" was the subject already: no adverbial turned into the sentence's subject
    _, _, dets, _ = run(["A notícia de que os ônibus passariam a cada dez minutos alegrou os moradores."],
                        ["A notícia é que os ônibus passarão a cada dez minutos."], encoder=e5)
    assert "noun_clause_made_subject" not in _kinds(dets)


# ---- a cleft whose focus went to a sentence of its own -------------------------------------------

def test_a_purpose_cleft_told_directly_is_no_rf(e5):
    # round 54: a cleft told directly is read (and left uncoded, as the development gold does)
    src = ["É para proteger as crianças da cidade que a prefeitura criou um programa novo."]
    tgt = ["A prefeitura criou um programa novo para proteger as crianças da cidade."]
    assert rf._cleft_told_directly(_ctx_of(src, tgt, e5))
    assert _kinds(run(src, tgt, encoder=e5)[2]) == []


def test_a_cleft_focus_that_became_a_sentence_of_its_own_is_no_cleft_told_directly(e5):
    # split: "O objetivo é …" tells the purpose (RD+) in a sentence of its own (RP+)
    assert not rf._cleft_told_directly(_ctx_of(
        ["É para proteger as crianças da cidade que a prefeitura criou um programa novo."],
        ["A prefeitura criou um programa novo.", "O objetivo é proteger as crianças da cidade."], e5))


# ---- a companion after "com" joined into the subject ---------------------------------------------

def test_rf_for_a_companion_joined_into_a_coordinated_subject(e5):
    _, _, dets, _ = run(["O prefeito da cidade se reuniu com os vereadores do partido na sexta-feira."],
                        ["O prefeito da cidade e os vereadores do partido se reuniram na sexta-feira."], encoder=e5)
    assert "comitative_joined" in _kinds(dets)


def test_rf_for_a_companion_joined_into_the_subject_of_a_split(e5):
    _, _, dets, _ = run(["A órbita de Vênus ficará alinhada com a da Terra, mas o brilho do Sol não vai mudar."],
                        ["As órbitas de Vênus e da Terra ficarão alinhadas.", "O brilho do Sol não vai mudar."],
                        groups=_split(2), encoder=e5)
    assert "comitative_joined" in _kinds(dets)


def test_no_rf_when_the_companion_moved_with_its_com(e5):
    # "com os vereadores" only moved into the subject's noun phrase: a phrase displaced (DL+)
    _, _, dets, _ = run(["O acordo do prefeito foi assinado com os vereadores e os secretários na sexta-feira."],
                        ["O acordo do prefeito com os vereadores e os secretários foi assinado na sexta-feira."],
                        encoder=e5)
    assert "comitative_joined" not in _kinds(dets)
