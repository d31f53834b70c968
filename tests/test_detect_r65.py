"""Round 65, from the development gold (no new annotation). OM+: an aside of two words set off
by commas and dropped whole, right after the word it says more about, is omitted content
however short ("Essa epidemia de gripe, ou influenza, matou" → "Essa epidemia de gripe matou",
dev 157 g2; an age, "Márcio Antônio Cardoso, 40 anos, acredita", dev 50 g8). Not an acronym or
a name beside what it labels ("(CPTEC)"), not a clause ("estão engatinhando"), not a
connective ("por exemplo") nor a lone comment word ("claro"). A relative clause after a comma
dropped whole is a clause cut out, one content word enough, even in a sentence whose other
changes kept its length and where the word diff read its place as replaced by a word that moved
in ("mantido viva a ópera, que estava moribunda -- diz Chaves" → "Chave diz que … mantido a
ópera viva", dev 17 g12). The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.strategies import om
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_FEVER = ("A doença, ou dengue, atinge milhares de pessoas no verão.",
          "A doença atinge milhares de pessoas no verão. Os hospitais ficam cheios.")
_FEAST = ("-- O prefeito manteve viva a festa, que estava esquecida -- diz Ana.",
          "Ana diz que o prefeito manteve a festa viva.")
_AGE = ("O pescador João Silva, 58 anos, encontrou a baleia na praia ontem de manhã.",
        "O pescador João Silva encontrou a baleia na praia ontem.")

CASES = [
    ((om, "_short_aside"), lambda *a: False, "OM+", _FEVER, ("ou dengue", ""), True),
    ((om, "_short_aside"), lambda *a: False, "OM+", _AGE, ("58 anos", ""), True),
    ((om, "_cut_relative_clause"), lambda *a: False, "OM+", _FEAST, ("que estava esquecida", ""), True),
]

test_round_65_reads_the_pair_right, test_round_65_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_label_a_connective_or_a_comment_word_set_off_is_no_aside():
    """An acronym beside the name it shortens, a connective and a lone comment word between
    commas carry no content of their own to lose."""
    assert analyzed_pairs("OM+", "O instituto de meteorologia (INMET) previu chuva forte para o fim de semana.",
                          "O instituto de meteorologia previu chuva forte para o fim de semana. A chuva vem do sul.") == []
    assert analyzed_pairs("OM+", "Os rios, por exemplo, subiram muito durante a semana passada.",
                          "Os rios subiram muito durante a semana passada. A cidade ficou alagada.") == []
    assert analyzed_pairs("OM+", "O resultado, claro, agradou aos técnicos da equipe.",
                          "O resultado agradou aos técnicos da equipe.") == []

