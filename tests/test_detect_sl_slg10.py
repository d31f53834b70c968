"""SL+ round slg10: the words of a gloss EXP+ finds explain their term, they replaced none of
the words the gloss stands in place of; an abbreviation written out ("Art. 5º" → "Artigo 5º")
is a spelling variant. Near-misses: a plainer word outside the gloss is still SL+; a word that
ends its sentence is no abbreviation. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, run, spans


def _sl(source: str, target: str) -> tuple[set[str], list[tuple[str, str]]]:
    s, t, dets, _ = run([source], [target])
    return codes(dets), [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
                         for d in dets if d.code == "SL+"]


def test_words_of_a_gloss_are_no_substitution_partners():
    found, sl = _sl("A hipertensão arterial sistêmica atinge um terço dos adultos da cidade.",
                    "A hipertensão (pressão alta) atinge um terço dos adultos da cidade.")
    assert "EXP+" in found
    assert not any("pressão" in t or "alta" in t for _, t in sl), sl


def test_a_plainer_word_beside_a_gloss_is_still_a_substitution():
    _, sl = _sl("A hipertensão arterial sistêmica atinge os adultos da cidade e acomete também os idosos.",
                "A hipertensão (pressão alta) atinge os adultos da cidade e afeta também os idosos.")
    assert ("acomete", "afeta") in sl, sl


def test_an_abbreviation_written_out_is_a_spelling_variant():
    _, sl = _sl("Art. 5º O município promoverá campanhas educativas permanentes.",
                "Artigo 5º O município vai fazer campanhas educativas o tempo todo.")
    assert not any(s == "Art" for s, _ in sl), sl


def test_a_word_ending_its_sentence_is_no_abbreviation():
    _, sl = _sl("O motorista parou na sinaleira. Depois seguiu viagem.",
                "O motorista parou no sinal. Depois seguiu viagem.")
    assert ("sinaleira", "sinal") in sl, sl
