"""SL+ precision round on unseen productions (branch slp3, dump blocks 151-300): a full verb and
the "por" phrase of its agent or cause, lumped against one verb, stay silent (the verb alone was
replaced, the "por" phrase dropped); a verb idiom replaced by one word keeps firing.
Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_verb_and_its_por_phrase_are_not_lumped_against_one_verb(e5):
    # "pela seca" was dropped; "deteriorou" → "piorou" is the substitution, not "deteriorou pela seca"
    s, t, dets, _ = run(["Os analistas dizem que a colheita se deteriorou pela seca, e os preços vão subir."],
                        ["Os analistas dizem que a colheita piorou, e os preços vão subir."], encoder=e5)
    pairs = _sl(s, t, dets)
    assert not [p for p in pairs if any("pela" in x for x in p[0])], pairs


def test_verb_idiom_replaced_by_one_word_keeps_firing(e5):
    # near miss: no "por" phrase, the idiom as a whole took the place of one word
    s, t, dets, _ = run(["A frente fria perde força hoje e retoma a carga no domingo, com menos chuva."],
                        ["A frente fria perde força hoje e volta no domingo, com menos chuva."], encoder=e5)
    assert (["retoma a carga"], ["volta"]) in _sl(s, t, dets)
