"""Round 48, recall on real simplifications: what the engine missed on ten more PorSimples
productions annotated blind to it (``bench/data/porsimples_dev_d.jsonl``), read as general
patterns. The texts here are written for the purpose, no corpus text. Each rule is read twice:
the right reading with it, and with the rule patched out the reading turns, so every test can
fail.

* SL+: an adverb in -mente against an adverbial locution of function words ("parcialmente" →
  "um pouco", "eternamente" → "para sempre"); a negative prefix written out as "falta de",
  "ausência de" or "sem" as well as "não" ("desesperança" → "falta de esperança"); a verb form
  with a past-tense ending is a verb however rare its infinitive ("vitimou", "vitimar"); the
  infinitive of "ao" + infinitive against a conjugated verb, the clause said as a finite one
  ("ao colidir" → "bateu").
* DL+: a phrase that crossed its verb in a short clause kept whole ("Entre as doenças mais
  comuns está a gripe" → "A gripe está entre as doenças mais comuns"); a subject put back
  before its verb when only a connective or an adverb of time precedes the verb ("Então
  surgiu mais um obstáculo" → "Depois, mais um obstáculo surgiu"), a quantifier opening it
  ("vários problemas graves"; one opened by a cardinal is a number moved, found before).
* RD+: an opening clause put last whole, where the diff moved the short main clause instead
  ("Caso ocorram atrasos nos voos, não se preocupe" → "Não se preocupe caso ocorram …");
  "nas ocasiões em que", "na ocasião em que", "nos momentos em que" are temporal connectives
  as "no momento em que" is ("Quando" → "Nas ocasiões em que").
* MOD+: "dada" after "ser" is the participle of "dar" ("foi dada" → "Deram"); commas and
  adverbs between the auxiliary and the participle ("foi, naturalmente, concedida"); a
  participial clause turned active with the indefinite subject ("Inaugurado em 1973, o
  monumento …" → "Inauguraram o monumento em 1973").
"""
from __future__ import annotations

from analysis.lexicon import connectives, voice
from analysis.strategies import dl, mod, rd, sl
from tests.rule_cases import both_ways, no_connectives

_LID = ("A tampa da caixa estava parcialmente solta quando o técnico chegou.",
        "A tampa da caixa estava um pouco solta quando o técnico chegou.")
_POWER = ("O prefeito não conta com a derrota e já faz planos de ficar eternamente no cargo.",
          "O prefeito não conta com a derrota. Ele já faz planos de ficar para sempre no cargo.")
_HOPE = ("Não bastasse a desesperança dos moradores, falta água no bairro.",
         "Não bastasse a falta de esperança dos moradores, falta água no bairro.")
_FIRE = ("O incêndio que vitimou a fábrica de tecidos começou de madrugada.",
         "O incêndio destruiu a fábrica de tecidos. O fogo começou de madrugada.")
_STONE = ("Foi uma pedra que, ao colidir com o vidro do carro, provocou o acidente.",
          "Uma pedra bateu no vidro do carro. Isso provocou o acidente.")
_FLU = ("Entre as doenças mais comuns do inverno está a gripe.",
        "A gripe está entre as doenças mais comuns do inverno.")
_DOUBT = ("Então surgiu mais um obstáculo:",
          "Depois, mais um obstáculo surgiu:")
_PROBLEMS = ("Depois surgiram vários problemas graves.",
             "Depois, vários problemas graves surgiram.")
_DELAYS = ("Caso ocorram atrasos nos voos, não se preocupe.",
           "Não se preocupe caso ocorram atrasos nos voos.")
_PERMIT = ("A autorização para a viagem foi dada ontem.",
           "Deram a autorização para a viagem ontem.")
_LICENCE = ("A licença foi, naturalmente, concedida pela prefeitura.",
            "A prefeitura concedeu a licença.")
_SEA = ("Quando o mar está calmo, os pescadores saem cedo.",
        "Nas ocasiões em que o mar está calmo, os pescadores saem cedo.")
_MONUMENT = ("Inaugurado em 1973, o monumento fica no centro da praça.",
             "Inauguraram o monumento em 1973. O monumento fica no centro da praça.")

CASES = [
    ((sl, "_locution_for_an_adverb"), lambda src, locution: False, "SL+", _LID, ("parcialmente", "um pouco"), True),
    ((sl, "_locution_for_an_adverb"), lambda src, locution: False, "SL+", _POWER, ("eternamente", "para sempre"), True),
    ((sl, "_NEGATING_LEADS"), (("não",),), "SL+", _HOPE, ("desesperança", "falta de esperança"), True),
    ((sl, "_past_ending"), lambda w: False, "SL+", _FIRE, ("vitimou", "destruiu"), True),
    ((sl, "_clause_of_ao_made_finite"), lambda d, sub, forms: False, "SL+", _STONE, ("colidir", "bateu"), True),
    # (round 64's other half of an inversion undone reads this pair too, after the subject put
    # back before its verb: both off)
    ((dl, ("_short_clause_kept", "_opening_phrase_after_its_verb")),
     (lambda ctx, m, rest_s, rest_t: False, lambda *a: None), "DL+", _FLU,
     ("Entre as doenças mais comuns do inverno", "entre as doenças mais comuns do inverno"), True),
    ((dl, "_only_a_link"), lambda words: False, "DL+", _DOUBT, ("mais um obstáculo", "mais um obstáculo"), True),
    ((dl, "_QUANTIFIERS"), frozenset(), "DL+", _PROBLEMS, ("vários problemas graves", "vários problemas graves"), True),
    # (round 62's opening clause put last reads this pair too, from the main clause the diff
    # moved: both off)
    ((rd, ("_moved_by_the_diff", "_opening_clause_passed")), (lambda d, s0, end: True, lambda ctx, m: None),
     "RD+", _DELAYS,
     ("Caso ocorram atrasos nos voos", "caso ocorram atrasos nos voos"), True),
    ((connectives, "CONNECTIVES"), no_connectives("nas ocasiões em que"), "RD+", _SEA,
     ("Quando", "Nas ocasiões em que"), True),
    ((voice, "DAR_PARTICIPLES"), frozenset(), "MOD+", _PERMIT, ("foi dada", "Deram"), True),
    ((mod, "_adverb_set_off"), lambda words, tokens, a, b: False, "MOD+", _LICENCE,
     ("foi, naturalmente, concedida pela", None), True),
    ((mod, "_PLURAL_ENDINGS"), (), "MOD+", _MONUMENT, ("Inaugurado", "Inauguraram"), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)
