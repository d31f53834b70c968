"""SL+ round slz10: a noun after a privative head ("falta de chuva", "sem chuva") means the
opposite of the noun alone, so the detection's span takes the head in: "estiagem" → "falta de
chuva", never "estiagem" → "chuva" (what the pair shows must be true of it). When both sides
have such a head ("carência de pessoal" → "falta de servidores") nothing grows: the heads pair
as they are.
Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs, sl_pairs

SOURCE = ("Especialistas atribuem o agravamento à estiagem prolongada e ao manejo inadequado do fogo em "
          "propriedades rurais.")
TARGET = ("Para os especialistas, a situação piorou por causa da longa falta de chuva e do uso errado do fogo "
          "nas fazendas.")


def test_a_noun_after_a_privative_head_is_shown_with_it():
    pairs = analyzed_pairs("SL+", SOURCE, TARGET)
    assert ("estiagem", "falta de chuva") in pairs, pairs
    assert ("estiagem", "chuva") not in pairs, pairs


def test_two_privative_heads_leave_the_nouns_paired(e5):
    found = sl_pairs("O hospital sofre com a carência de pessoal qualificado.",
                     "O hospital sofre com a falta de servidores qualificados.", e5)
    assert found == [("carência", "falta")], found   # the privative heads themselves, spans unchanged


def test_a_complement_of_the_head_noun_is_no_part_of_an_adjective_s_replacement(e5):
    """slz10b: "os efeitos adversos" → "os efeitos ruins do remédio" is "adversos" → "ruins"; "do
    remédio" completes "efeitos"."""
    found = sl_pairs("As bebidas alcoólicas podem potencializar os efeitos adversos.",
                     "As bebidas alcoólicas podem aumentar os efeitos ruins do remédio.", e5)
    assert ("adversos", "ruins") in found, found


def test_an_adjective_s_own_complement_stays_in_its_replacement(e5):
    """A bare "de" completes the adjective: "significativo" → "cheio de significado" whole."""
    assert sl_pairs("Foi um encontro significativo para todos.", "Foi um encontro cheio de significado para todos.",
                    e5) == [("significativo", "cheio de significado")]


def test_an_elided_complement_stays_with_its_term(e5):
    """slz10c: "cursos d'água" → "rios": "cursos" alone would be "courses"."""
    found = sl_pairs("Não reutilize a embalagem vazia, tampouco a descarte em cursos d'água.",
                     "Não use a embalagem vazia de novo. Também não jogue a embalagem em rios ou córregos.", e5)
    assert ("cursos d'água", "rios") in found, found
