"""IN+ round inr10: material that a split moved into a sentence of its own is not new.

* A verb with the prefix of repetition said as its base verb and "de novo" ("reabriu" → "abriu
  de novo") is the same content: the base word is no new word.
* A sentence added right beside a group whose source sentence leaves a short clause (two words
  with meaning) unsaid may be that clause reworded ("Frequentemente noturna, a falta de ar
  é …" → "Muitas vezes, a pessoa sente mais de noite. A falta de ar é …"): unsure, so IN+ stays silent.
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.pipeline import analyze
from analysis.types import AUTOMATIC_CODES, AnalysisSettings


def inserted(source: str, target: str) -> list[str]:
    """Target text of every IN+ detection of the whole engine run on two raw texts."""
    result = analyze(source, target, AnalysisSettings(strategies=AUTOMATIC_CODES))
    return [target[slice(*d.target_spans[0])] for d in result.strategies if d.code == "IN+"]


def test_a_split_piece_saying_a_prefixed_verb_as_its_base_is_not_inserted():
    source = ("Após quase dois anos fechada para obras, a Biblioteca Pública Estadual reabriu suas portas aos "
              "leitores na última terça-feira.")
    target = ("A Biblioteca Pública Estadual ficou quase dois anos fechada para obras. "
              "Ela abriu de novo para os leitores na terça-feira passada.")
    assert inserted(source, target) == []


def test_a_new_sentence_that_is_not_the_split_s_material_is_still_inserted():
    source = ("Após quase dois anos fechada para obras, a Biblioteca Pública Estadual reabriu suas portas aos "
              "leitores na última terça-feira.")
    target = ("A Biblioteca Pública Estadual ficou quase dois anos fechada para obras. "
              "Ela abriu de novo para os leitores na terça-feira passada. "
              "Os bibliotecários organizaram uma feira de trocas de gibis para as crianças.")
    assert inserted(source, target) == ["Os bibliotecários organizaram uma feira de trocas de gibis para as crianças."]


def test_an_added_sentence_beside_a_short_unsaid_clause_is_not_called_inserted():
    source = ("A asma é uma doença crônica caracterizada pela inflamação das vias aéreas. "
              "Frequentemente noturna, a falta de ar é um dos principais sinais da doença.")
    target = ("A asma é uma doença que dura a vida toda. Nela, os caminhos do ar ficam inflamados. "
              "Muitas vezes, a pessoa sente mais de noite. A falta de ar é um dos maiores sinais da doença.")
    assert inserted(source, target) == []
