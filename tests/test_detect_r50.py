"""Round 50, recall on real simplifications: what the engine missed on ten more PorSimples
productions annotated blind to it (``bench/data/porsimples_dev_f.jsonl``), read as general
patterns. The texts here are written for the purpose, no corpus text. Each rule is read twice:
the right reading with it, and with the rule patched out the reading turns, so every test can
fail.

* RD+: verbs of saying a newspaper puts after a quotation as often as "diz" ("resume",
  "pondera", "justifica", "lamenta" …) are reporting verbs, so their clause put before the
  quotation is the order of the ideas changed ("'…', resume o engenheiro" → "O engenheiro
  resume: '…'"); a quotation that opened its sentence before its reporting clause is not an
  opening phrase put after the main clause when a split sets the reporting clause first
  ('"Vamos precisar …", diz, apontando …' → 'Apontando …, ele diz: "Vamos precisar …"': the
  reporting clause moved, which ``_reporting_fronted`` shows); a reporting verb that closes its
  sentence with its subject before it and no speech before it announces the next sentence,
  it was not placed after the speech ("o vizinho Paulo, 60 anos, retrucava." → "o vizinho
  Paulo dizia:"); a group stands in the target where its longest sentence stands, so a
  reporting clause fronted as a short lead-in ("O engenheiro diz:") does not make the group
  look moved among the sentences (one RD+ for the move, not two).
* Segmentation (``tests/test_segment.py``): direct speech in quotation marks after a colon
  starts a sentence, as the PorSimples corpus writes it, so a reporting clause put before its
  quotation makes a split (RP+) there too.
"""
from __future__ import annotations

from analysis.strategies import rd
from tests.rule_cases import both_ways

_NEW_SAYING = frozenset({"resumir", "ponderar", "justificar", "advertir", "lamentar", "reclamar", "insistir",
                         "pontuar", "desabafar", "retrucar", "rebater", "indagar", "sublinhar"})

_WORKS = ('"O projeto atrasou por falta de verba", resume o engenheiro da obra.',
          'O engenheiro da obra resume: "O projeto atrasou por falta de verba".')

_BUILDING = ('"Vamos precisar de mais tempo para terminar a obra", diz, apontando para o prédio inacabado.',
             'Apontando para o prédio inacabado, ele diz: "Vamos precisar de mais tempo para terminar a obra".')

_NEIGHBOUR = ("Na calçada, o vizinho Paulo, 60 anos, retrucava. \"Isso não é verdade\".",
              "Na calçada, o vizinho Paulo dizia: \"Isso não é verdade\".")
_ROAD = ('"A estrada toda do litoral é, na maior parte, de terra". "Se chover muito no verão, a primeira enxurrada'
         ' leva uma enormidade de lama para a pista", diz o engenheiro Paulo Souza.',
         'O engenheiro Paulo Souza diz: "A estrada toda do litoral é de terra". "Se chover muito no verão, a primeira'
         ' enxurrada leva uma quantidade enorme de lama para a pista".')

CASES = [
    ((rd, "REPORTING_VERBS"), rd.REPORTING_VERBS - _NEW_SAYING, "RD+", _WORKS,
     ("resume o engenheiro da obra", "O engenheiro da obra resume"), True),
    ((rd, "_opens_a_quotation"), lambda d, k: False, "RD+", _BUILDING,
     ("Vamos precisar de mais tempo para terminar a obra", "Vamos precisar de mais tempo para terminar a obra"),
     False),
    ((rd, "_after_speech"), lambda tokens, k: True, "RD+", _NEIGHBOUR, ("retrucava", "o vizinho Paulo dizia"), False),
    ((rd, "_where_it_stands"), lambda p: p.target[0].start, "RD+", _ROAD,
     ('"Se chover muito no verão, a primeira enxurrada leva uma enormidade de lama para a pista", diz o engenheiro'
      ' Paulo Souza.', "O engenheiro Paulo Souza diz:"), False),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)
