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
