"""SL+ precision on real text (round 7): a word replaced by an expression shows only the
expression that took its place, not a neighbour's replacement swallowed with it. Sentences
modelled on unannotated PorSimples productions (never the benchmark's records)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _pairs(src, tgt, groups=None):
    s, t, dets, _ = run(src, tgt, groups)
    return [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
            for d in dets if d.code == "SL+"]


def test_an_article_after_the_replacing_word_opens_another_constituent():
    """"revelam espontaneamente onde nasceram" → "revelam naturalmente o lugar em que
    nasceram": "o lugar" replaced "onde"; the adverb's partner is "naturalmente" alone."""
    pairs = _pairs(["Muitos não revelam espontaneamente onde nasceram, diz a pesquisadora."],
                   ["Muitos não revelam naturalmente o lugar em que nasceram, diz a pesquisadora."])
    assert ("espontaneamente", "naturalmente o lugar") not in pairs, pairs
    assert ("espontaneamente", "naturalmente") in pairs, pairs


def test_a_neighbour_replaced_in_the_same_phrase_keeps_its_own_word():
    """"é fruto de uma confluência de fatores" → "é resultado do encontro de muitos fatores":
    "encontro" took the place of "confluência" (whose place holds only "muitos")."""
    pairs = _pairs(["Para os analistas, a indecisão eleitoral é fruto de uma confluência de fatores."],
                   ["Para os analistas, a indecisão eleitoral é resultado do encontro de muitos fatores."])
    assert ("fruto", "resultado do encontro") not in pairs, pairs
    assert ("fruto", "resultado") in pairs, pairs


def test_an_expression_with_a_preposition_stays_whole():
    """"a era da genômica" → "a era do estudo dos genes": one word described with an
    expression, its neighbours kept."""
    pairs = _pairs(["Está iniciada a era da genômica por atacado."],
                   ["Está iniciada a era do estudo dos genes por atacado."])
    assert ("genômica", "estudo dos genes") in pairs, pairs


def test_a_neighbour_of_its_family_kept_does_not_cut_the_expression():
    """"A chamada genômica ambiental" → "O chamado estudo dos genes ambiental": "chamada" is
    kept ("chamado"), so the expression is all the replacement of "genômica"."""
    pairs = _pairs(["A chamada genômica ambiental tem por objetivo entender os micróbios."],
                   ["O chamado estudo dos genes ambiental tem por objetivo entender os micróbios."])
    assert ("genômica", "estudo dos genes") in pairs, pairs


def test_a_pronoun_s_antecedent_said_again_replaced_no_word():
    """"um cenário diferente daquele que transtorna a rotina dos gaúchos" → "um cenário
    diferente do cenário dos últimos dias": the second "cenário" restates what "daquele"
    pointed to; it did not take the place of "gaúchos"."""
    pairs = _pairs(["O fenômeno cria um cenário diferente daquele que transtorna a rotina dos gaúchos nos últimos dias."],
                   ["O fenômeno cria um cenário diferente do cenário dos últimos dias."])
    assert not any(t == "cenário" for _, t in pairs), pairs


def test_a_repeated_word_can_still_replace_another():
    """No pronoun dropped: "a dose da imunização … outras vacinas" → "a dose da vacina …
    outras vacinas" keeps its pair."""
    pairs = _pairs(["A primeira dose da imunização protege contra outras vacinas."],
                   ["A primeira dose da vacina protege contra outras vacinas."])
    assert ("imunização", "vacina") in pairs, pairs
