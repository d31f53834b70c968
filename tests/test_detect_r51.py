"""Round 51, recall on real simplifications: what the engine missed on ten more PorSimples
productions annotated blind to it (``bench/data/porsimples_dev_g.jsonl``), read as general
patterns. The texts here are written for the purpose, no corpus text. Each rule is read twice:
the right reading with it, and with the rule patched out the reading turns, so every test can
fail.

* SL+: a formal preposition replaced by the common locution while its complement is replaced
  too, the two complements partners of one place of the frame ("após a derrubada" → "depois
  da queda": two substitutions, no "depois" crowding the place of "derrubada"); a verb that
  changed sides of the phrase it governs and was replaced on the way ("ruiu a ponte que …" →
  "A ponte que … caiu"), in the same tense on both sides (a reporting verb in the present is
  not the past-tense verb the split built for an apposition: "…", alerta a bióloga Ana Souza,
  coautora do trabalho → "A bióloga Ana Souza ajudou a escrever o estudo").
* Alignment: a short sentence that opens with the connective its previous sentence's source
  uses inside, before a clause the previous sentence does not say, is that clause split off
  ("…, mas hesitou." → "… Mas ficou indeciso."), not an added sentence.
* OM+: an example set off by commas right after a relative pronoun ("Os estudantes que, como
  Marina, moram longe") is one example of the people the relative describes, dropped content.
* DL+: a phrase set off before a subordinate clause whose verb went to another sentence of the
  split, the phrase staying with the main clause, was the main clause's circumstance: its
  landing after the main verb is a move.
* RD+: an adverb with a second reading inside its clause ("A mistura, então, deve ser
  aquecida") replaced by the one connective of that reading in the sentence that renders it
  ("… aquecida em seguida"); "se" inside a clause before a subjunctive of its own ("só picam se
  forem incomodadas") is the conditional, and "quando" before a participle or a short finite
  verb ("quando incomodadas", "quando são incomodadas") the temporal connective, so "quando" →
  "se" is the relation changed; "ao ser humano" is the noun "ser", no reduced clause, so a
  "quando" in the target is no counterpart of it; a conditional "Se" opening its sentence
  opens a clause that, put after the main clause, changed the order of the ideas, its subject
  possibly become the main clause's ("Se o presidente quiser ampliar a missão, ele terá de
  justificar" → "O presidente terá de justificar se quiser aumentar a missão").
"""
from __future__ import annotations

from analysis import align
from analysis.lexicon import connectives
from analysis.strategies import dl, om, rd, sl
from tests.rule_cases import both_ways

_plain_preposition = sl._prepositions_said_plainly

_BRIDGE = ("Os moradores nascidos após a derrubada da ponte lembram a cidade antiga.",
           "Os moradores que nasceram depois da queda da ponte lembram a cidade antiga.")

_FELL = ("No dia 3 de maio de 1990, ruiu a ponte que por quase dez anos ligou as duas cidades.",
         "A ponte que ligou as duas cidades por quase dez anos caiu no dia 3 de maio de 1990.")

_DRIVER = ("O motorista chegou a abrir a porta do carro, mas hesitou. Depois foi embora para casa.",
           "O motorista chegou a abrir a porta do carro. Mas ficou indeciso. Depois foi embora para casa.")

_STUDENTS = ("Os estudantes que, como Marina, moram longe da escola acordam muito cedo.",
             "Os estudantes que moram longe da escola acordam muito cedo.")

_FINES = ("Ninguém imaginava que, em março de 2010, quando a nova lei entrasse em vigor, houvesse tantas multas"
          " de trânsito nas estradas do interior paulista.",
          "Ninguém imaginava que houvesse tantas multas de trânsito nas estradas do interior paulista em março de"
          " 2010. A nova lei entrou em vigor nesse mês.")

_OVEN = ("A mistura, então, deve ser aquecida no forno.", "A mistura deve ser aquecida no forno em seguida.")

_WASPS = ("As vespas só picam quando são incomodadas.", "As vespas só picam se forem incomodadas.")
_WASPS_REDUCED = ("As vespas só picam quando incomodadas.", "As vespas só picam se forem incomodadas.")

_CORALS = ('"Os peixes não conseguem se adaptar a mudanças tão rápidas", alerta a bióloga Ana Souza, coautora do'
           ' trabalho.',
           'A bióloga Ana Souza ajudou a escrever o estudo. Ela avisa que os peixes não conseguem se adaptar a mudanças'
           ' tão rápidas.')

_RABIES = ("A raiva é uma doença grave, transmitida ao ser humano principalmente pela mordida de animais infectados.",
           "A pessoa pega raiva quando é mordida por um animal doente.")

_MISSION = ("-- Se o presidente quiser ampliar a missão, ele terá de justificar isso.",
            "-- O presidente terá de justificar se quiser aumentar a missão.")

CASES = [
    ((sl, "_prepositions_said_plainly"), lambda ctx, used_s, used_t, slots=(): _plain_preposition(ctx, used_s, used_t),
     "SL+", _BRIDGE, ("após", "depois da"), True),
    ((sl, "_verb_across_its_subject"), lambda d, slots: [], "SL+", _FELL, ("ruiu", "caiu"), True),
    ((sl, "_SIMPLE_PAST_ENDINGS"), (), "SL+", _CORALS, ("alerta", None), False),
    ((align, "link_connective_tails"), lambda links, source, target: None, "RP+", _DRIVER,
     ("O motorista chegou a abrir a porta do carro, mas hesitou.", None), True),
    ((om, "_example_aside"), lambda ctx, a, b: False, "OM+", _STUDENTS, ("como Marina", ""), True),
    ((dl, "_subordinate_after_comma"), lambda words, k, gap: False, "DL+", _FINES,
     ("em março de 2010", "em março de 2010"), True),
    ((rd, "_second_reading_in_its_clause"), lambda ctx, r, candidates: None, "RD+", _OVEN,
     ("então", "em seguida"), True),
    ((connectives, "_SUBJUNCTIVE_AFTER_SE"), frozenset(), "RD+", _WASPS, ("quando", "se"), True),
    ((connectives, "_SHORT_FINITE"), frozenset(), "RD+", _WASPS, ("quando", "se"), True),
    ((connectives, "is_participle"), lambda lower: False, "RD+", _WASPS_REDUCED, ("quando", "se"), True),
    ((connectives, "_SER_AS_NOUN"), frozenset(), "RD+", _RABIES, ("ao", None), False),
    ((rd, "opens_condition"), lambda words, i, clause_start: False, "RD+", _MISSION,
     ("Se o presidente quiser ampliar a missão", None), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_verb_that_crossed_its_phrase_is_not_said_to_stay_in_place():
    """The explanation is true of the spans: the verb moved to the other side of the phrase it
    goes with, so it does not say "in the same place in the sentence" as other SL+ pairs do."""
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings, render_message

    source, target = _FELL
    found = [d for d in analyze(source, target, AnalysisSettings(strategies=AUTOMATIC_CODES)).strategies
             if d.code == "SL+" and source[slice(*d.source_spans[0])] == "ruiu"]
    assert len(found) == 1
    text = render_message(found[0].message, "en")
    assert "other side of the phrase" in text and "same place" not in text
