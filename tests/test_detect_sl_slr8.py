"""SL+ recall, round slr8: one word replaced by one word in its place, where the slots missed
the place (a plain adverb outside the content words, a dropped participial clause crowding the
noun, a plural target read as the same word, a capital after a colon read as a name). Every
sentence is written for the purpose (not a PorSimples text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(src: str, tgt: str):
    s, t, dets, _ = run([src], [tgt])
    return [(spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in dets if d.code == "SL+"]


# ---- an adverb in -mente and the plain adverb that replaced it: a place of their own --------


def test_sl_adverb_in_mente_replaced_by_a_plain_adverb_next_to_another_pair():
    pairs = _sl("A doença bovina que atualmente já atinge muitas fazendas do estado preocupa os criadores.",
                "A doença do gado hoje já atinge muitas fazendas do estado e preocupa os criadores.")
    # the adjective's target span holds the preposition with its article ("do gado", round 38)
    assert ("atualmente", "hoje") in pairs and ("bovina", "do gado") in pairs


def test_sl_no_adverb_pair_when_the_plain_adverb_was_only_added():
    pairs = _sl("A doença bovina que já atinge muitas fazendas do estado preocupa os criadores.",
                "A doença do gado hoje já atinge muitas fazendas do estado e preocupa os criadores.")
    assert not any(t == "hoje" for _, t in pairs)


# ---- a noun's participial clause with its agent dropped: the noun alone faces its word ------


def test_sl_noun_whose_participial_clause_with_agent_was_dropped():
    pairs = _sl("Os artefatos expostos pela prefeitura voltaram ao museu da cidade na semana passada.",
                "Os objetos voltaram ao museu da cidade na semana passada.")
    assert pairs == [("artefatos", "objetos")]


def test_sl_no_pair_when_the_dropped_words_are_no_agent_clause():
    # "expostos na praça": no "por" phrase, the place stays crowded
    pairs = _sl("Os artefatos expostos na praça voltaram ao museu da cidade na semana passada.",
                "Os objetos voltaram ao museu da cidade na semana passada.")
    assert pairs == []


# ---- a plural target measured in the singular: a collective replaced by its base noun --------


def test_sl_collective_noun_replaced_by_its_base_noun_in_the_plural():
    pairs = _sl("A padaria do bairro perdeu a clientela local depois da reforma.",
                "A padaria do bairro perdeu os clientes locais depois da reforma.")
    assert ("clientela", "clientes") in pairs


def test_sl_no_pair_for_the_same_noun_put_in_the_plural():
    pairs = _sl("A padaria do bairro perdeu o cliente local depois da reforma.",
                "A padaria do bairro perdeu os clientes locais depois da reforma.")
    assert pairs == []


# ---- a capital after a colon is grammar, not a name ----------------------------------------


def test_sl_capitalised_word_after_a_colon_is_paired():
    pairs = _sl("Os turistas subiram o morro com uma meta: Contemplar o pôr do sol sobre a baía.",
                "Os turistas subiram o morro para olhar o pôr do sol sobre a baía.")
    assert ("Contemplar", "olhar") in pairs


def test_sl_capitalised_word_inside_a_sentence_stays_a_name():
    pairs = _sl("Os turistas subiram o morro com Contemplar o pôr do sol sobre a baía.",
                "Os turistas subiram o morro para olhar o pôr do sol sobre a baía.")
    assert pairs == []
