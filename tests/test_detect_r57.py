"""Round 57, from the development gold (no new annotation) and from reading what a researcher
sees: each rule read twice where it can be, the right reading with it and the reading turned
with the rule patched out. The texts are written for the purpose, no corpus text.

* RD+: the negative additive "também não" is one connective, matched whole: "Tampouco
  imaginavam" → "Também não imaginavam" shows the negation on the simplified side too (dev_g 77
  g4 showed "Também" alone); and "também" kept while its clause turned negative ("também prevê
  a suspensão" → "também não vão acontecer") is the same link, no connective replaced.
* SL+: the label numbering a law's provision ("Art. 2º") numbers content and is no word: a
  simplified law that drops it and opens with another word ("Art. 2º … consideram-se resíduos"
  → "Lixo reciclável é …") replaced nothing (our own law pair l003 showed "Art" → "Lixo").
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import rd, sl
from tests.rule_cases import both_ways, no_connectives
from tests.test_strategies import analyzed_pairs

_RULES = ("O regulamento proíbe o uso de celulares durante a prova, bem como a consulta a livros e "
          "cadernos.",
          "O regulamento proíbe o uso de celulares durante a prova. Também não é permitido consultar "
          "livros e cadernos.")

CASES = [
    ((connectives, "CONNECTIVES"), no_connectives("também não"), "RD+", _RULES,
     ("bem como", "Também não"), True),
]

test_round_57_reads_the_pair_right, test_round_57_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_kept_tambem_whose_clause_turned_negative_is_no_connective_replaced():
    """The polarity changed inside the clause; the additive link is the same word."""
    src = ("A portaria, válida até dezembro, também prevê a suspensão das visitas aos presídios "
           "nos fins de semana.")
    tgt = "As visitas aos presídios também não vão acontecer nos fins de semana."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if "também" in p[0].lower()]


def test_without_the_negation_in_the_head_the_kept_tambem_reads_as_replaced(monkeypatch):
    """Patched back to the bare tails, the same pair gains a wrong RD+."""
    monkeypatch.setattr(rd, "_connective_head",
                        lambda form: tuple(w for w in form.split() if w not in ("que", "de")) or (form,))
    src = ("A portaria, válida até dezembro, também prevê a suspensão das visitas aos presídios "
           "nos fins de semana.")
    tgt = "As visitas aos presídios também não vão acontecer nos fins de semana."
    assert ("também", "também não") in analyzed_pairs("RD+", src, tgt)


_LAW = ("Art. 2º Para os fins desta Lei, consideram-se resíduos hospitalares recicláveis os materiais "
        "passíveis de reaproveitamento, como vidro, metal e plástico.",
        "Lixo hospitalar reciclável é todo material que pode ser usado de novo, como vidro, metal e plástico.")


def test_a_provision_label_is_no_word_replaced():
    assert not [p for p in analyzed_pairs("SL+", *_LAW) if p[0] == "Art"]


def test_without_the_label_check_art_pairs_with_the_new_first_word(monkeypatch):
    monkeypatch.setattr(sl, "_in_provision_labels", lambda words, sentences: [])
    assert ("Art", "Lixo") in analyzed_pairs("SL+", *_LAW)
