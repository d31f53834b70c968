"""MOD+ round moda10: the pair that shows a polarity change must be a pair of opposites.

A negation added beside a changed stretch was read as a polarity change with the neighbouring
replaced words as its antonym. A word the other side keeps elsewhere was not replaced ("salvo
as deteriorações decorrentes do seu uso normal" → "O desgaste normal causado pelo uso não
conta": "normal" is still there, so «normal» → «conta» is no antonym), and a conjugated verb is
no adjective's opposite. Without a true pair the negation alone is no modulation.
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_a_word_kept_elsewhere_is_no_antonym_of_the_negated_verb():
    found = analyzed_pairs(
        "MOD+",
        "O morador deve devolver a sala limpa, salvo os riscos decorrentes do seu uso normal.",
        "O morador deve devolver a sala limpa. O desgaste normal causado pelo uso não conta.")
    assert found == [], found


def test_a_true_opposite_beside_the_negation_is_still_a_polarity_change():
    found = analyzed_pairs("MOD+", "O ingresso para o show é caro.", "O ingresso para o show não é barato.")
    assert found, found


def test_a_negated_phrase_is_no_negated_clause():
    """moda10b: "Não por acaso, …" opens a phrase ("for a reason"); the clause stays
    affirmative, so its rewording is no polarity change."""
    found = analyzed_pairs(
        "MOD+",
        "Não por acaso, escolas do país inteiro têm investido em bibliotecas, voltadas sobretudo às crianças.",
        "Por isso, colégios do país todo estão investindo em bibliotecas, principalmente para as crianças.")
    assert found == [], found


def test_nao_before_the_verb_parar_still_negates_the_clause():
    """"não para de subir" is the verb "parar" negated, not a phrase opened by "para"."""
    from analysis.diff import tokenize
    from analysis.strategies.mod import _negates_a_phrase

    def words(text: str):
        return [t for t in tokenize(text) if t.kind != "punct"]
    stops = words("O preço do aluguel não para de subir.")
    assert not _negates_a_phrase(stops, [w.lower for w in stops].index("não"))
    phrase = words("Não por acaso, as escolas investiram em bibliotecas.")
    assert _negates_a_phrase(phrase, 0)
