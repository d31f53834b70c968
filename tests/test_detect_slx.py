"""SL+ word ↔ short expression (round 15, ``analysis.strategies.sl_phrase``): a word replaced in
its place by a plainer description, found where the frequency gate, a missing slot or a crowded
slot dropped it; and the similar pairs where the code must stay silent. Every sentence is
written for the purpose (not a PorSimples text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(src: str, tgt: str):
    s, t, dets, _ = run([src], [tgt])
    return [(spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in dets if d.code == "SL+"]


# ---- the frequency gate of a description --------------------------------------------------------


def test_sl_description_whose_words_are_all_more_frequent():
    # the rarest word of the description ("pasto") is only a little more frequent than the term,
    # its head ("campos") clearly so
    assert _sl("As pastagens secaram em agosto.", "Os campos de pasto secaram em agosto.") == [
        ("pastagens", "campos de pasto")]


def test_sl_no_description_with_a_word_as_rare_as_the_term():
    assert _sl("A horticultura ocupa metade das famílias da vila.",
               "O cultivo de hortaliças ocupa metade das famílias da vila.") == []


# ---- a word the slots could not place: anchored by its kept neighbour ------------------------


def test_sl_word_after_its_kept_noun_replaced_by_an_expression_closing_the_phrase():
    # the sentence was turned round: the diff deletes and inserts, no slot holds the word
    assert _sl("Com roupas impermeáveis (ao lado, três modelos), a caminhada fica segura.",
               "A caminhada fica segura com roupas à prova de água.") == [("impermeáveis", "à prova de água")]


def test_sl_no_anchored_pair_for_added_items():
    # "e botas de couro" adds an item to the noun: no description of the gone adjective
    assert _sl("Com roupas impermeáveis (ao lado, três modelos), a caminhada fica segura.",
               "A caminhada fica segura com roupas e botas de couro.") == []


def test_sl_no_anchored_pair_when_the_expression_does_not_close_the_phrase():
    # the new words run on into a clause of their own: not the place of the one word
    assert ("impermeáveis", "de plástico") not in _sl(
        "Com roupas impermeáveis (ao lado, três modelos), a caminhada fica segura.",
        "A caminhada fica segura com roupas de plástico que secam logo.")


# ---- a crowded slot cut by punctuation --------------------------------------------------------


def test_sl_crowded_slot_cut_at_the_comma_into_two_places():
    assert ("relaxem", "percam a tensão") in _sl(
        "O remédio faz com que os músculos relaxem, aliviando a dor.",
        "O remédio faz com que os músculos percam a tensão, diminuindo a dor.")


def test_sl_crowded_slot_not_cut_when_the_constituents_differ():
    # one comma on the source side, none on the target side: no places in order
    assert _sl("O remédio faz com que os músculos relaxem, aliviando a dor.",
               "O remédio faz com que os músculos percam a tensão e diminui a dor.") == []


# ---- one word in two places that together hold one description --------------------------------


def _context(src: str, tgt: str):
    from analysis.strategies.base import build_contexts
    from tests.test_strategies import make_doc, one_to_one
    return build_contexts(make_doc([[src]], "source"), make_doc([[tgt]], "target"), one_to_one(1)).pairs[0]


def test_sl_two_places_of_one_word_joined_into_its_description():
    # the split kept the relative "que", cutting "bebês que mamam" into two places of "lactentes"
    from analysis.strategies import sl, sl_phrase
    ctx = _context("Ele estuda uma doença rara do sangue, que afeta lactentes.",
                   "Ele estuda uma doença rara do sangue. A doença rara afeta bebês que mamam.")
    d = ctx.diff
    slots, _ = sl.content_slots(ctx)
    assert sorted([d.tgt_words[j].text for j in s.tgt] for s in slots if len(s.src) == 1) == [["bebês"], ["mamam"]]
    joined = [s for s in sl_phrase.joined_places(d, slots) if len(s.src) == 1]
    assert [[d.tgt_words[j].text for j in s.tgt] for s in joined] == [["bebês", "mamam"]]


def test_sl_two_places_not_joined_across_other_words():
    # "ainda" (no glue of an expression) stands between the two: no one description
    from analysis.strategies import sl, sl_phrase
    ctx = _context("Ele estuda uma doença rara do sangue, que afeta lactentes.",
                   "Ele estuda uma doença rara do sangue. A doença rara afeta bebês que ainda mamam.")
    slots, _ = sl.content_slots(ctx)
    assert sl_phrase.joined_places(ctx.diff, slots) == slots


# ---- a support verb and its noun replaced by the noun's own verb ------------------------------


def test_sl_support_verb_with_a_possessive_replaced_by_the_nouns_own_verb():
    assert ("tomar sua decisão", "decidir") in _sl("Os sócios só vão tomar sua decisão na próxima semana.",
                                                   "Os sócios só vão decidir na próxima semana.")


def test_sl_no_support_verb_pair_with_a_verb_of_another_family():
    # "tomar conta" → "cuidar", "fazer a viagem de volta" → "voltar": not the noun's own verb
    assert _sl("O grupo tomou conta da praça.", "O grupo cuidou da praça.") == []
    assert _sl("A turma fez a viagem de volta de ônibus.", "A turma voltou de ônibus.") == []


# ---- a negative-prefixed word described with "não" --------------------------------------------


def test_sl_negative_prefixed_word_described_with_a_negation_shows_the_whole_description():
    # before: "ilegível" → "conseguia ler", a span that reads as the opposite
    assert _sl("A carta antiga tinha uma assinatura ilegível no final.",
               "A carta antiga tinha uma assinatura que não se conseguia ler no final.") == [
        ("ilegível", "que não se conseguia ler")]


def test_sl_negative_prefixed_word_described_with_a_negation_in_its_place():
    assert _sl("Encontraram uma espécie de cobra inofensiva na trilha.",
               "Encontraram uma espécie de cobra que não tem veneno na trilha.") == [
        ("inofensiva", "que não tem veneno")]


def test_sl_no_negative_description_when_the_word_is_kept_and_negated():
    assert _sl("A cobra da trilha é inofensiva, dizem os guias.",
               "A cobra da trilha não é inofensiva, dizem os guias.") == []
