"""SL+ round sli10 (a fifth fresh batch: tenancy rules turned into bullets).

* A slot that crosses from one list item to the next on both sides (a ";" in the sentence, a new
  bullet line in the target) is cut there, and the parts pair in order, one word against one
  word too ("pagar … os encargos; utilizar o imóvel …" → "- pagar … em dia; - usar o imóvel …").
* Four-letter words in -ar are infinitives unless nouns ("usar", "voar"; not "azar", "luar"):
  "utilizar" → "usar" is one infinitive for another, no longer an infinitive against a "verb".
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import tokenize
from analysis.strategies.sl import _infinitive
from tests.test_strategies import analyzed_pairs, sl_pairs

RULES_SOURCE = ("São deveres do inquilino: pagar pontualmente o aluguel e os encargos; utilizar o imóvel "
                "exclusivamente para fins residenciais; restituir o imóvel, finda a locação, no estado em que o "
                "recebeu.")
RULES_TARGET = ("O inquilino deve:\n\n- pagar o aluguel e as taxas em dia;\n- usar o imóvel só para morar;\n"
                "- devolver o imóvel, no fim do contrato, do jeito que recebeu.")


def test_list_items_cut_a_crowded_slot_into_places():
    pairs = analyzed_pairs("SL+", RULES_SOURCE, RULES_TARGET)
    assert ("utilizar", "usar") in pairs and ("restituir", "devolver") in pairs, pairs


def test_a_four_letter_infinitive_is_an_infinitive(e5):
    assert sl_pairs("É proibido utilizar o celular durante a prova.",
                    "É proibido usar o celular durante a prova.", e5) == [("utilizar", "usar")]
    words = {t.lower: t for t in tokenize("usar voar azar luar mar")}
    assert _infinitive(words["usar"]) and _infinitive(words["voar"])
    assert not any(_infinitive(words[w]) for w in ("azar", "luar", "mar"))
