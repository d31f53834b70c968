"""SL+ precision on real text (round 8): a pair is evidence only when its words took the same
place of the frame. Sentences modelled on unannotated PorSimples productions (never the
benchmark's records)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _pairs(src, tgt, groups=None, encoder=None):
    s, t, dets, _ = run(src, tgt, groups, encoder=encoder)
    return [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
            for d in dets if d.code == "SL+"]


def test_a_word_that_took_another_place_pairs_with_no_word_here():
    """"cadeirantes e representantes … poderão ficar acomodados nas cadeiras" → "pessoas em
    cadeiras de rodas e representantes … poderão ficar nas bancadas": "pessoas" stands where
    "cadeirantes" stood; the dropped "acomodados" is not its partner."""
    pairs = _pairs(["Somente convidados de deputados, servidores da Assembléia, cadeirantes e representantes "
                    "da imprensa poderão ficar acomodados nas 160 cadeiras existentes nas duas bancadas "
                    "próximas à área privativa dos deputados."],
                   ["Somente convidados de deputados, servidores da Assembléia, pessoas em cadeiras de rodas "
                    "e representantes da imprensa poderão ficar nas duas bancadas próximas à área reservada "
                    "aos deputados."])
    assert not any(s == "acomodados" for s, _ in pairs), pairs
    assert ("privativa", "reservada") in pairs, pairs


def test_an_adverb_replaced_by_a_phrase_shows_the_whole_phrase():
    """"aumentou recentemente o depósito" → "aumentou há pouco tempo o depósito": the adverb's
    replacement is "há pouco tempo", not the noun "tempo" alone."""
    pairs = _pairs(["O banco central aumentou recentemente o depósito compulsório dos bancos."],
                   ["O banco central aumentou há pouco tempo o depósito obrigatório dos bancos."])
    assert ("recentemente", "tempo") not in pairs, pairs
    assert ("recentemente", "há pouco tempo") in pairs, pairs


def test_a_dropped_neighbour_closer_in_meaning_is_the_real_partner(e5):
    """"ao preço de aproximadamente R$ 1" → "por cerca de R$ 1": the diff pairs "preço" with
    "cerca" in order, but "cerca" took the place of the dropped "aproximadamente"."""
    pairs = _pairs(["As mudas foram compradas pelo advogado, ao preço de aproximadamente R$ 1 cada."],
                   ["O advogado comprou as mudas por cerca de R$ 1 cada."], encoder=e5)
    assert ("preço", "cerca") not in pairs, pairs


def test_a_new_neighbour_closer_in_meaning_completes_the_expression(e5):
    """"apontou a pacificação da província" → "apontou o estabelecimento da paz na
    província": "pacificação" was replaced by the whole "estabelecimento da paz"."""
    pairs = _pairs(["O presidente apontou a pacificação da província de Anbar como um exemplo de sucesso."],
                   ["O presidente apontou o estabelecimento da paz na província de Anbar como um exemplo de sucesso."],
                   encoder=e5)
    assert ("pacificação", "estabelecimento") not in pairs, pairs
    assert ("pacificação", "estabelecimento da paz") in pairs, pairs


def test_a_neighbour_with_its_own_replacement_is_no_rival(e5):
    """"é fruto de uma confluência de fatores" → "é resultado do encontro de muitos fatores":
    "confluência" has its own replacement ("encontro"), so "fruto" → "resultado" stands."""
    pairs = _pairs(["Para os analistas, a indecisão eleitoral é fruto de uma confluência de fatores."],
                   ["Para os analistas, a indecisão eleitoral é resultado do encontro de muitos fatores."],
                   encoder=e5)
    assert ("fruto", "resultado") in pairs, pairs


def test_an_adjective_after_its_noun_is_not_replaced_by_a_noun_phrase_of_its_own(e5):
    """"A exclusividade lúdica" → "Brincar de uma coisa só": "lúdica" qualifies its noun,
    "coisa" opens a noun phrase after "uma"; they do not hold the same place."""
    pairs = _pairs(["A exclusividade lúdica pode ser empobrecedora."],
                   ["Brincar de uma coisa só pode se tornar empobrecedor."], encoder=e5)
    assert ("lúdica", "coisa") not in pairs, pairs


def test_an_adjective_described_with_de_and_a_noun_stays():
    """"líderes tribais" → "líderes de tribos": the preposition, no article, opens the noun."""
    pairs = _pairs(["Ele recebeu também líderes tribais árabes sunitas."],
                   ["Ele recebeu também líderes de tribos árabes sunitas."])
    assert ("tribais", "tribos") in pairs or ("tribais", "de tribos") in pairs, pairs


def test_an_adverb_of_approximation_replaces_no_noun():
    """"um traje com predomínio da cor branca" → "um traje quase todo branco": "quase" hedges
    "todo", it did not take the place of "predomínio"."""
    pairs = _pairs(["Uma seda de cor dourada será usada em Aparecida e um traje com predomínio da cor branca "
                    "foi reservado para a capela do mosteiro."],
                   ["Usarão em Aparecida uma seda que tem cor dourada. Reservou um traje quase todo branco "
                    "para a capela do mosteiro."])
    assert ("predomínio", "quase") not in pairs, pairs


def test_one_adverb_of_approximation_may_replace_another():
    """"aproximadamente" → "cerca de" is still a pair of the same kind of word."""
    pairs = _pairs(["As mudas custaram aproximadamente dez reais cada uma."],
                   ["As mudas custaram cerca de dez reais cada uma."])
    assert any(s == "aproximadamente" for s, _ in pairs), pairs


def test_a_passive_with_its_subject_after_it_is_a_clause_not_an_expression():
    """"foram produzidas dezenas de coletes" → "Os participantes receberam coletes": a verb and
    its subject, rebuilt as a clause, are not one expression replaced by "receberam"."""
    pairs = _pairs(['Para colorir a atividade, foram produzidas dezenas de coletes amarelos, distribuídos aos '
                    'participantes, onde se lêem os dizeres "Amigos do Marco Antônio e da Natureza".'],
                   ['Os participantes receberam coletes amarelos com os dizeres "Amigos do Marco Antônio e da Natureza". '
                    'Os coletes tinham o objetivo de colorir a atividade.'])
    assert not any(t == "receberam" for _, t in pairs), pairs


def test_a_passive_with_its_adverb_stays_one_expression():
    """"ser identificadas e acionadas criminalmente" → "ser identificadas e processadas"."""
    pairs = _pairs(["Essas pessoas têm de ser identificadas e acionadas criminalmente, disse ele."],
                   ["Essas pessoas têm de ser identificadas e processadas, disse ele."])
    assert ("acionadas criminalmente", "processadas") in pairs, pairs
