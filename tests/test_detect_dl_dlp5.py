"""DL+ precision round dlp5: false alarms found by judging every DL+ detection on the 60
unannotated PorSimples productions against the annotation guide. Every sentence is written for
the purpose (no corpus text); each "no DL+" test fails without the rule it names, each "still
DL+" test guards the recall next to it."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _dl(src: list[str], tgt: list[str], groups=None) -> list[tuple[list[str], list[str]]]:
    s, t, dets, _ = run(src, tgt, groups, None, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


# ---- a phrase that gained a short infinitive became a clause ------------------------------------

def test_no_dl_for_a_phrase_that_became_an_infinitive_clause_with_ter():
    # "Sem dinheiro" → "sem ter dinheiro": the phrase gained a verb (an infinitive clause); the
    # guide lets a moved phrase gain a determiner, an intensifier or one synonym, not a verb
    assert _dl(["Sem dinheiro é difícil pagar o aluguel."],
               ["É difícil pagar o aluguel sem ter dinheiro."]) == []


def test_no_dl_for_a_fronted_purpose_clause_with_ser():
    # "Para ser ouvido": "ser" is an infinitive of three letters, a clause all the same (RD+)
    assert _dl(["Para ser ouvido, o vereador subiu na mesa da câmara."],
               ["O vereador subiu na mesa da câmara para ser ouvido."]) == []


def test_still_dl_for_the_same_phrase_without_a_verb():
    assert _dl(["Sem dinheiro, a família deixou a casa no fim do mês."],
               ["A família deixou a casa no fim do mês sem dinheiro."]) == [
        (["Sem dinheiro"], ["sem dinheiro"])]


# ---- an inversion undone is two displacements (round 57; dlp5 reported the phrase alone) ------

def test_dl_for_the_phrase_and_the_subject_put_back_before_a_pronominal_verb():
    # "Nos fins de semana, vendem-se muitas peças ..." → "Muitas peças ... se vendem nos fins
    # de semana": the fronted phrase moved after the verb and the subject back before it, the
    # clitic kept on both sides (pronominal in both: no MOD+), as dev_d 165 g3 codes
    # "abrem-se várias possibilidades" → "Várias possibilidades se abrem"
    assert _dl(["Nos fins de semana, vendem-se muitas peças de roupas usadas."],
               ["Muitas peças de roupa usada se vendem nos fins de semana."]) == [
        (["Nos fins de semana"], ["nos fins de semana"]),
        (["muitas peças de roupas"], ["Muitas peças de roupa"])]


def test_dl_for_the_phrase_and_the_subject_put_back_before_its_verb():
    assert _dl(["Em poucas semanas, surgiram várias vagas temporárias."],
               ["Várias vagas temporárias surgiram em poucas semanas."]) == [
        (["Em poucas semanas"], ["em poucas semanas"]),
        (["várias vagas temporárias"], ["Várias vagas temporárias"])]


def test_still_dl_for_an_object_put_after_its_verb():
    # "Sorte parecida tiveram os vizinhos" → "Os vizinhos tiveram sorte parecida": the object
    # fronted went back after its verb; no other phrase crossed the verb, it is the move
    assert _dl(["Sorte parecida tiveram os vizinhos da rua de baixo."],
               ["Os vizinhos da rua de baixo tiveram sorte parecida."]) == [
        (["Sorte parecida"], ["sorte parecida"])]


def test_still_dl_for_a_fronted_phrase_put_after_an_inverted_verb():
    assert _dl(["Entre os convidados estavam também dois ministros do governo."],
               ["Dois ministros do governo também estavam entre os convidados."])[:1] == [
        (["Entre os convidados"], ["entre os convidados"])]
