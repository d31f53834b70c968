"""SL+ round slm10: at the paraphrase level (a sentence rewritten, no slot to vouch for a
pair), an adjective after its noun and a noun heading a "de" phrase play different parts, so
the model's closeness of the bare words does not make them a substitution ("obras completas"
… "pedaços de livros"). Near-miss: two nouns of a paraphrase still pair ("disparidade" →
"diferença"). Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_an_adjective_and_the_head_of_a_de_phrase_are_no_pair(e5):
    found = sl_pairs("Em muitas escolas, o contato com obras completas restringe-se a fragmentos reproduzidos nos "
                     "livros didáticos.",
                     "Muitas vezes, os alunos só leem pedaços de livros que aparecem nos livros didáticos, e quase "
                     "nunca leem uma história inteira, do começo ao fim.", e5)
    assert not any(s == "completas" for s, _ in found), found


def test_two_nouns_of_a_paraphrase_still_pair(e5):
    found = sl_pairs("Estudantes oriundos de famílias de baixa renda apresentam desempenho significativamente inferior "
                     "ao de seus pares de classe média, disparidade que se acentua ao longo da trajetória escolar.",
                     "Alunos de famílias pobres tiram notas bem mais baixas do que os alunos de classe média. Essa "
                     "diferença aumenta com o passar dos anos na escola.", e5)
    assert ("disparidade", "diferença") in found, found
