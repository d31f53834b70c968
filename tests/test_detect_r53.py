"""Round 53, from the development productions' misses read again (no new annotation): each rule
read twice, the right reading with it and the reading turned with the rule patched out. The
texts are written for the purpose, no corpus text.

* Alignment: a sentence at the seam of two neighbouring splits goes to the source sentence whose
  numbers it repeats ("… conseguiu voltar ao porto com mais de 30 rasgos na vela. O capitão …
  e um marinheiro sofreu alguns cortes …" → "… Ele sofreu mais de 30 cortes na vela. …"): its
  common words ("sofreu", "cortes") pulled it to the next source, and its substitution was lost.
* DL+: a phrase set off at the front and put at the end does not take the sentence's own adverb
  it landed next to ("No centro, a loja abriu ontem" → "A loja abriu ontem no centro": the
  phrase is "no centro", not "ontem no centro").
"""
from __future__ import annotations

from analysis import align
from analysis.strategies import dl
from tests.rule_cases import both_ways

_BOATS = ("O segundo barco também foi atingido, mas conseguiu voltar ao porto com mais de 30 rasgos na vela. "
          "O capitão não se feriu e um marinheiro sofreu alguns cortes na mão ao tentar costurar a vela.",
          "A tempestade atingiu também o segundo barco. Mas ele conseguiu voltar ao porto. "
          "Ele sofreu mais de 30 cortes na vela. O capitão não se feriu. "
          "Um marinheiro sofreu alguns cortes na mão ao tentar costurar a vela.")

_SHOP = ("No centro, a loja abriu ontem.", "A loja abriu ontem no centro.")

CASES = [
    ((align, "link_number_edges"), lambda links, source, target: None, "SL+", _BOATS, ("rasgos", "cortes"), True),
    ((dl, "_sentence_adverb"), lambda w, words, a, b: False, "DL+", _SHOP, ("No centro", "no centro"), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)
