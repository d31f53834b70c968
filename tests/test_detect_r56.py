"""Round 56, from the development gold (no new annotation): each rule read twice, the right
reading with it and the reading turned with the rule patched out. The texts are written for the
purpose, no corpus text.

* DL+: a circumstance of several words put at the head of the sentence its clause became in a
  split ("… abriu uma licitação no fim de março que prevê …" → "No fim de março, a prefeitura
  abriu uma licitação. A licitação prevê …") moved inside its clause, as the development
  annotators code it (dev_h 97 g2, 5 g1). The split's own link stays RP+ only: a lone adverb,
  a connective ("na verdade", first gold dev 153 g1), a phrase pointing back ("a partir dali")
  or one the target says twice (dev_h 78 g18).
* RD+: a verb of belief after the statement ("…, acredita o engenheiro X") put before it ("X
  acredita que …") is a reporting clause fronted, as a verb of saying is (dev_e 85 g12); a
  reporting verb behind nothing but a link ('Mas, escreveram eles, "…"') already stood before
  the speech, its subject after it or not (dev_d 165 g37: no RD+ for order).
* MOD+: a passive turned active with another verb and no subject, coordinated with a second
  verb before the object they share ("A chave fora surrupiada e copiada" → "Roubaram e
  copiaram a chave"), finds its patient after the second verb (dev_f 111 g15); a reduced
  passive relative turned active with the same verb and no subject may name its noun another
  way when the participle's complement comes back after it ("variedades tropicais trazidas de
  Recife" → "Trouxeram as flores de Recife", dev_h 102 g16).
* OM+: a comment clause of belief dropped ("como os pesquisadores supõem") is content, not a
  reporting verb (dev_f 162 g20, dev_c 150 g10), and where the diff put a connective of
  another relation in its place ("Mas"), its ambiguous opening ("como se") was no link
  reworded (dev_c 150 g10).
* RD+: "tampouco" is the negative additive connective ("Tampouco imaginavam" → "Também não
  imaginavam", dev_g 77 g4).
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.lexicon.function_words import BELIEF_VERBS, REPORTING_VERBS
from analysis.strategies import dl, mod, om, rd
from tests.rule_cases import both_ways, no_connectives
from tests.test_strategies import analyzed_pairs

_TENDER = ("Preocupada com as enchentes, a prefeitura abriu uma licitação no fim de março que prevê a "
           "reforma dos canais.",
           "A prefeitura está preocupada com as enchentes. No fim de março, a prefeitura abriu uma "
           "licitação. A licitação prevê a reforma dos canais.")

_HARBOUR = ("Depois de anos de abandono, o porto voltou a receber navios de carga em 2019 graças a "
            "um acordo com o estado.",
            "O porto ficou abandonado durante anos. Em 2019, o porto voltou a receber navios de carga. "
            "Isso aconteceu graças a um acordo com o estado.")

_ENGINEER = ("A obra pode ficar pronta em dois anos e mudar o trânsito do bairro, acredita o engenheiro "
             "Paulo Reis.",
             "O engenheiro Paulo Reis acredita que a obra pode ficar pronta em dois anos. "
             "Ela vai mudar o trânsito do bairro.")

_REPORT = ('Mas, escreveram os autores no relatório, "o rio vai voltar a ter peixes em dez anos".',
           'Mas os autores escreveram no relatório: "O rio vai voltar a ter peixes em dez anos".')

_KEY = ("A chave do depósito foi surrupiada e copiada durante a madrugada.",
        "Roubaram e copiaram a chave do depósito durante a madrugada.")

_ORCHIDS = ("No salão há mais de 150 orquídeas e 3 mil variedades tropicais trazidas de Recife de avião.",
            "No salão há mais de 150 orquídeas e 3 mil variedades tropicais. Trouxeram as flores de Recife "
            "de avião.")

_FOSSIL = ("O fóssil é de um marsupial, como os pesquisadores supõem, vindo da América do Norte.",
           "O fóssil é de um marsupial vindo da América do Norte.")

_TIDES = ("Apesar de a energia das marés parecer uma boa solução, como se pode imaginar, em princípio, não é "
          "barata de instalar.",
          "A energia das marés parece uma boa solução. Mas não é barata de instalar.")

_FARM = ("Tampouco imaginavam os agricultores que a seca voltaria a castigar a região neste verão.",
         "Também não imaginavam os agricultores que a seca voltaria a castigar a região neste verão.")

CASES = [
    ((dl, "_circumstance_said_once"), lambda ctx, m: False, "DL+", _TENDER,
     ("no fim de março", "No fim de março"), True),
    ((dl, "_circumstance_said_once"), lambda ctx, m: False, "DL+", _HARBOUR,
     ("em 2019", "Em 2019"), True),
    ((rd, "BELIEF_VERBS"), frozenset(), "RD+", _ENGINEER,
     ("acredita o engenheiro Paulo Reis", None), True),
    ((rd, "_nothing_said_before"), lambda tokens, k: False, "RD+", _REPORT,
     ("escreveram os autores no relatório", None), False),
    ((mod, "_coordinated_verb"), lambda tw, k: 0, "MOD+", _KEY, ("foi surrupiada", "Roubaram"), True),
    ((mod, "_renamed_object_with_complement"), lambda sw, i, tw, k: False, "MOD+", _ORCHIDS,
     ("trazidas", "Trouxeram"), True),
    ((om, "REPORTING_VERBS"), REPORTING_VERBS | BELIEF_VERBS, "OM+", _FOSSIL,
     ("como os pesquisadores supõem", ""), True),
    ((om, "_said_as_connective"), lambda ctx, op: True, "OM+", _TIDES,
     ("como se pode imaginar, em princípio", ""), True),
    ((connectives, "CONNECTIVES"), no_connectives("tampouco"), "RD+", _FARM, ("Tampouco", "Também não"), True),
]

test_round_56_reads_the_pair_right, test_round_56_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_phrase_the_split_says_twice_is_its_link_not_a_move():
    """Said once where it stood and again to open the new sentence: what the split needs."""
    src = "Até agora, a noite mais fria do inverno continua sendo os 2 ºC apontados em Campos do Jordão em 3 de julho."
    tgt = "Até agora, a noite mais fria do inverno continua sendo 3 de julho. Em 3 de julho, fez 2 ºC em Campos do Jordão."
    assert ("em 3 de julho", "Em 3 de julho") not in analyzed_pairs("DL+", src, tgt)


def test_a_connective_opening_the_new_sentence_is_the_split_s_link():
    src = ("O telescópio registrou em 2004 manchas no disco da estrela, na verdade, sinais de um planeta "
           "em formação.")
    tgt = ("O telescópio registrou em 2004 manchas no disco da estrela. Na verdade, o telescópio registrou "
           "sinais de um planeta em formação.")
    assert ("na verdade", "Na verdade") not in analyzed_pairs("DL+", src, tgt)


def test_a_phrase_pointing_back_is_the_split_s_link():
    src = "A cidade cresceu depressa e ganhou novos bairros a partir dali, sem planejamento."
    tgt = "A cidade cresceu depressa. A partir dali, a cidade ganhou novos bairros sem planejamento."
    assert ("a partir dali", "A partir dali") not in analyzed_pairs("DL+", src, tgt)


def test_a_belief_kept_after_the_statement_did_not_move():
    src = "A obra pode ficar pronta em dois anos, acredita o engenheiro Paulo Reis."
    tgt = "A obra pode terminar em dois anos, acredita o engenheiro Paulo Reis."
    assert analyzed_pairs("RD+", *(src, tgt)) == []


def test_a_renamed_object_without_the_participle_s_complement_is_no_voice_change():
    src = "No salão há mais de 150 orquídeas e 3 mil variedades tropicais trazidas de Recife."
    tgt = "No salão há mais de 150 orquídeas e 3 mil variedades tropicais. Trouxeram as flores ontem."
    assert ("trazidas", "Trouxeram") not in analyzed_pairs("MOD+", src, tgt)


def test_a_dropped_reporting_clause_is_still_no_omission():
    src = "O fóssil é de um marsupial, como os pesquisadores afirmam, vindo da América do Norte."
    tgt = "O fóssil é de um marsupial vindo da América do Norte."
    assert analyzed_pairs("OM+", src, tgt) == []
