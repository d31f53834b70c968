"""Round 65, from the development gold (no new annotation). OM+: an aside of two words set off
by commas and dropped whole, right after the word it says more about, is omitted content
however short ("Essa epidemia de gripe, ou influenza, matou" → "Essa epidemia de gripe matou",
dev 157 g2; an age, "Márcio Antônio Cardoso, 40 anos, acredita", dev 50 g8). Not an acronym or
a name beside what it labels ("(CPTEC)"), not a clause ("estão engatinhando"), not a
connective ("por exemplo") nor a lone comment word ("claro"). A relative clause after a comma
dropped whole is a clause cut out, one content word enough, even in a sentence whose other
changes kept its length and where the word diff read its place as replaced by a word that moved
in ("mantido viva a ópera, que estava moribunda -- diz Chaves" → "Chave diz que … mantido a
ópera viva", dev 17 g12). SL+: a word with a diminutive or augmentative suffix traded for the
plain word is a word of its own replaced, not a respelling ("O listão dos aprovados" → "A lista
dos aprovados", dev 95 g5; "sacar um facão" → "sacar uma faca", dev 57 g12); a feminine in -ã
is the same word inflected. A synthetic superlative said with "muito" before the plain adjective
("A longo, longuíssimo prazo" → "A longo, muito longo prazo", dev 165 g4), which the diff reads
as the same word kept and an adverb come in. A word against the relative clause its family
word closes, not the family word alone, which round 20 silenced ("placentário" → "mamífero que
desenvolve placenta", dev 162 g6); other stretches stay unpaired ("cachorreiros natos" → "amigos
dos cachorros": a noun before the family word may be a word of its own). DL+: a degree word
after an article or a noun makes the next word an adjective, whatever verb its form could be
("a mais baixa temperatura" → "a temperatura mais baixa", dev 78 g1).
The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.diff import Token, lemma_of
from analysis.strategies import dl, om, sl
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_FEVER = ("A doença, ou dengue, atinge milhares de pessoas no verão.",
          "A doença atinge milhares de pessoas no verão. Os hospitais ficam cheios.")
_FEAST = ("-- O prefeito manteve viva a festa, que estava esquecida -- diz Ana.",
          "Ana diz que o prefeito manteve a festa viva.")
_LIST = ("O listão dos classificados no concurso sai na sexta-feira.",
         "A lista dos classificados no concurso sai na sexta-feira.")
_KNIFE = ("O pescador tirou um facão da mochila.", "O pescador tirou uma faca da mochila.")
_SUPPORT = ("O apoio da família é importantíssimo para os pacientes.",
            "O apoio da família é muito importante para os pacientes.")
_EXAM = ("A prova do concurso foi dificílima para todos.", "A prova do concurso foi muito difícil para todos.")
_DOGS = ("Os Souza podem ser considerados cachorreiros natos.", "Os Souza são amigos dos cachorros.")
_FOSSIL = ("Os pesquisadores descobriram um fóssil de um placentário primitivo na Patagônia.",
           "Os pesquisadores descobriram um fóssil de um mamífero que desenvolve placenta na Patagônia.")
_RECORD = ("A cidade registrou ontem a mais baixa temperatura do ano.",
           "A cidade registrou ontem a temperatura mais baixa do ano.")
_AGE = ("O pescador João Silva, 58 anos, encontrou a baleia na praia ontem de manhã.",
        "O pescador João Silva encontrou a baleia na praia ontem.")

CASES = [
    ((om, "_short_aside"), lambda *a: False, "OM+", _FEVER, ("ou dengue", ""), True),
    ((om, "_short_aside"), lambda *a: False, "OM+", _AGE, ("58 anos", ""), True),
    ((sl, "_evaluative"), lambda *a: False, "SL+", _LIST, ("listão", "lista"), True),
    ((sl, "_evaluative"), lambda *a: False, "SL+", _KNIFE, ("facão", "faca"), True),
    ((sl, "_superlative_said_plainly"), lambda *a: [], "SL+", _SUPPORT,
     ("importantíssimo", "muito importante"), True),
    ((sl, "_superlative_said_plainly"), lambda *a: [], "SL+", _EXAM, ("dificílima", "muito difícil"), True),
    ((sl, "_description_ending_at"), lambda *a: None, "SL+", _FOSSIL, ("placentário", "que desenvolve placenta"), True),
    ((dl, "_graded_in_a_noun_phrase"), lambda *a: False, "DL+", _RECORD, ("mais baixa", "mais baixa"), True),
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


def _word(text: str) -> Token:
    return Token(text, 0, len(text), text.lower(), lemma_of(text.lower()), "word")


def test_a_diminutive_or_augmentative_is_told_from_an_inflection():
    """The suffix read in the singular and the plural, after a stem in -i- too; a feminine in
    -ã and a word that only ends alike are no such pair."""
    assert sl._evaluative(_word("casinhas"), _word("casas"))
    assert sl._evaluative(_word("historinha"), _word("história"))
    assert not sl._evaluative(_word("irmão"), _word("irmã"))
    assert not sl._evaluative(_word("avião"), _word("ave"))


def test_a_plain_intensified_word_is_no_superlative_said_plainly():
    """Without a superlative in the source, a new "muito" before a kept adjective is no
    substitution."""
    assert analyzed_pairs("SL+", "O apoio da família é importante para os pacientes.",
                          "O apoio da família é muito importante para os pacientes.") == []


def test_a_stretch_that_is_no_relative_clause_stays_unpaired():
    """A noun before the family word may be a word of its own, so the form alone does not
    make the stretch a description: the pair stays out, as round 20 left it."""
    assert analyzed_pairs("SL+", *_DOGS) == []


def test_the_superlative_explanation_holds_for_any_adverb_of_degree():
    """The explanation names no adverb the target may not have: "bastante difícil" is the
    same reading as "muito difícil"."""
    from analysis.pipeline import analyze
    from analysis.types import AnalysisSettings

    result = analyze("A prova do concurso foi dificílima para todos.",
                     "A prova do concurso foi bastante difícil para todos.", AnalysisSettings())
    found = [d for d in result.strategies if d.code == "SL+"]
    assert [d.evidence["kind"] for d in found] == ["superlative"]
    assert "«muito»" not in found[0].explanation and "bastante difícil" in found[0].explanation
