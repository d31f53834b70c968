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
