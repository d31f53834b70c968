"""The Portuguese check samples long texts (analysis.language)."""
from __future__ import annotations

from analysis import language
from analysis.language import looks_portuguese, portuguese_score

PT = ("As salas de cinema de todo o mundo exibiam uma produção em que piranhas escapavam "
      "de um lago e atacavam os banhistas de uma pequena cidade. ")
EN = ("Movie theaters all over the world were showing a film in which piranhas escaped "
      "from a lake and attacked the swimmers of a small town. ")


def test_a_long_text_is_judged_on_a_sample_spread_over_all_of_it():
    # a Portuguese opening followed by a much longer English text: the opening alone
    # (what a cut at the first words would see) is Portuguese, the text is not
    mixed = PT * 20 + EN * 60
    assert len(language._words(mixed)) == language._MAX_WORDS
    assert not looks_portuguese(mixed)
    assert looks_portuguese(PT * 80) and portuguese_score(PT * 80) > 0.8
    assert not looks_portuguese(EN * 80)


def test_the_sample_bounds_the_words_looked_up():
    words = [f"palavra{chr(97 + k % 26)}{chr(97 + k // 26 % 26)}{chr(97 + k // 676)}" for k in range(3000)]
    language._vote.cache_clear()
    portuguese_score(" ".join(words))
    assert language._vote.cache_info().misses == language._MAX_WORDS
