"""SL+ round slx10: a target word standing between the same words that surround another
source word took that word's place, moved with its frame ("… figuram entre as propostas mais
citadas." → "Entre as ideias mais citadas estão: …": "ideias" is no plainer word for
"ampliação"). Near-miss: the same word twice in the same frame ("uma linhagem de vírus … uma
linhagem de vírus" → "uma classe de vírus … uma classe de vírus") still pairs. Every pair is
written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import sl_pairs


def test_a_word_moved_with_another_word_s_frame_is_not_its_partner():
    found = sl_pairs("A ampliação da jornada escolar, a valorização dos professores e a destinação de recursos "
                     "adicionais às escolas mais vulneráveis figuram entre as propostas mais citadas.",
                     "Entre as ideias mais citadas estão: aumentar o tempo dos alunos na escola, valorizar os "
                     "professores e mandar mais dinheiro para as escolas que mais precisam.")
    assert not any(t == "ideias" and s != "propostas" for s, t in found), found


def test_the_same_word_twice_in_one_frame_still_pairs():
    found = sl_pairs("Os genes de uma linhagem de vírus de patos e de uma linhagem de vírus de porcos se misturaram.",
                     "Os genes de uma classe de vírus de patos e de uma classe de vírus de porcos se misturaram.")
    assert ("linhagem", "classe") in found, found
