"""SL+ recall, round 10 (the dev misses classed): a word replaced by a description of up to
three content words or by a noun with its relative clause, a verb replaced in a place that a
split or a rebuilt clause filled with other words, and near-synonyms alone in their place that
the frequency list finds about as frequent. Each sentence is written for the purpose (not a
corpus text) and fails without the rule it names; the negative tests keep the precision those
rules could cost (false alarms seen on unannotated PorSimples productions while tuning)."""
from __future__ import annotations

from tests.test_strategies import only, run, spans


def _sl(dets):
    return [d for d in dets if d.code == "SL+"]


# ---- a word replaced by a description ---------------------------------------------------------


def test_sl_word_replaced_by_a_three_word_description(e5):
    s, t, dets, _ = run(["O movimento xenófobo é pequeno, mas ativo."],
                        ["O movimento que manifesta ódio aos estrangeiros é pequeno, mas ativo."], encoder=e5)
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["xenófobo"]
    assert spans(t, d.target_spans) == ["manifesta ódio aos estrangeiros"]


def test_sl_noun_replaced_by_a_noun_with_its_relative_clause(e5):
    s, t, dets, _ = run(["No sábado, os amantes da astronomia voltaram para casa sem nenhum registro especial."],
                        ["No sábado, as pessoas que gostam da astronomia voltaram para casa sem nenhum registro "
                         "especial."], encoder=e5)
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["amantes"] and spans(t, d.target_spans) == ["pessoas que gostam"]


# ---- a verb in a place other words filled -----------------------------------------------------


def test_sl_verb_paired_with_the_only_verb_of_a_crowded_place(e5):
    s, t, dets, _ = run(["A explosão da bomba coincidiu com a indicação de um diplomata para o cargo."],
                        ["A explosão da bomba da Coréia do Norte aconteceu ao mesmo tempo que a indicação de um "
                         "diplomata para o cargo."], encoder=e5)
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["coincidiu"] and spans(t, d.target_spans) == ["aconteceu"]


def test_sl_crowded_place_needs_the_model():
    # without meaning evidence the only verb of the place is no pair: silent
    _, _, dets, _ = run(["A explosão da bomba coincidiu com a indicação de um diplomata para o cargo."],
                        ["A explosão da bomba da Coréia do Norte aconteceu ao mesmo tempo que a indicação de um "
                         "diplomata para o cargo."])
    assert not [d for d in _sl(dets) if "coincidiu" in d.explanation]


def test_sl_not_for_a_noun_of_a_rebuilt_place(e5):
    # "objetivo" is the only noun of the place, yet "descobrir" holds the meaning: no pair
    _, _, dets, _ = run(["Um menino parte em uma jornada de autodescoberta pelo deserto."],
                        ["Um menino parte em uma jornada pelo deserto. O objetivo da jornada é descobrir a si "
                         "mesmo."], encoder=e5)
    assert not [d for d in _sl(dets) if "autodescoberta" in d.explanation and "objetivo" in d.explanation]


def test_sl_not_for_a_noun_of_a_description_with_other_nouns(e5):
    _, _, dets, _ = run(["Uma pesquisa com 240 casais heterossexuais revelou que a presença de um animal ajuda."],
                        ["Uma pesquisa com 240 casais compostos de homem e mulher revelou que a presença de um "
                         "animal ajuda."], encoder=e5)
    assert not [d for d in _sl(dets) if "homem" in d.explanation]


# ---- near-synonyms about as frequent ----------------------------------------------------------


def test_sl_family_description_stops_at_the_kept_words(e5):
    # "ligado", "gases", "família" are kept: the description is "maneira muito forte" alone
    s, t, dets, _ = run(["O mecanismo está fortemente ligado a gases da família do óxido nítrico."],
                        ["O mecanismo está ligado de maneira muito forte a gases da família do óxido nítrico."],
                        encoder=e5)
    d = [d for d in only(dets, "SL+") if "fortemente" in spans(s, d.source_spans)][0]
    assert spans(t, d.target_spans) == ["maneira muito forte"]
