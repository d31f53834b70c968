"""MOD+ round modr9: a prohibition said through a negation, or the reverse ("é proibido" ↔
"não pode"), changes the sentence's polarity; the evidence shown is the prohibition word and
the negation, not a pair of nouns that happened to change nearby. Near-miss: a negation in a
sentence about something else. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _polarity(dets):
    return [d for d in dets if d.code == "MOD+" and d.evidence.get("kind") == "polarity"]


def test_a_prohibition_said_through_a_negated_modal_is_a_modulation():
    s, t, dets, _ = run(["É proibido estacionar veículos em frente ao portão da escola."],
                        ["Você não pode deixar o carro parado na frente do portão da escola."])
    found = _polarity(dets)
    assert len(found) == 1, [(d.code, d.explanation) for d in dets]
    assert spans(s, found[0].source_spans) == ["proibido"]
    assert spans(t, found[0].target_spans) == ["não pode"]
    assert "proibição" in found[0].explanation


def test_a_negation_turned_into_a_prohibition_is_a_modulation():
    s, t, dets, _ = run(["Os alunos não podem usar o celular durante as provas."],
                        ["Durante as provas, o uso do celular é proibido."])
    found = _polarity(dets)
    assert len(found) == 1 and found[0].evidence["direction"] == "negativa → afirmativa"
    assert spans(s, found[0].source_spans) == ["não podem"]
    assert spans(t, found[0].target_spans) == ["proibido"]


def test_a_negation_about_something_else_is_not_the_prohibition():
    _, _, dets, _ = run(["É vedada a entrada de animais no parque. O portão abre às seis horas."],
                        ["Animais podem ficar do lado de fora do parque. O portão não abre antes das seis horas."])
    assert not [d for d in _polarity(dets) if d.evidence.get("rule") == "prohibition"]
