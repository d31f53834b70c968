"""Round 55, from the development gold (no new annotation): each rule read twice, the right
reading with it and the reading turned with the rule patched out. The texts are written for the
purpose, no corpus text.

* RD+: an attribution that closed its statement ("P, segundo o reitor.") made a reporting clause
  in front of it ("O reitor disse que P") is the order of ideas changed, as a reporting clause
  put before the quotation is: every development annotator who met it coded it so (dev_b 10 g9
  and 34 g6, dev_c 42 g7, dev_d 69 g11, dev_h 78 g4 and 95 g19; one validation annotator left it
  RF+ only, valid 137 g9). An attribution inside its statement ("Os resultados, segundo X,
  mostraram …", "são, segundo pesquisas, os do …") stood before part of it already: not this.
"""
from __future__ import annotations

from analysis.strategies import rd
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_BRIDGE = ("A ponte foi interditada na manhã de ontem, de acordo com a prefeitura.",
           "A prefeitura informou que a ponte foi interditada na manhã de ontem.")

_ROAD = ("A obra deve terminar em março, segundo a engenheira Ana Lima, diretora do departamento de estradas.",
         "A engenheira Ana Lima disse que a obra deve terminar em março. "
         "Ana Lima é diretora do departamento de estradas.")

_STORM = ("A tempestade não chegou à capital: atingiu só o litoral, conforme a Defesa Civil.",
          "A tempestade não chegou à capital: A Defesa Civil afirma que ela atingiu só o litoral.")

CASES = [
    ((rd, "_attribution_fronted"), lambda ctx: [], "RD+", _BRIDGE,
     ("de acordo com a prefeitura", "A prefeitura informou que"), True),
    ((rd, "_attribution_fronted"), lambda ctx: [], "RD+", _ROAD,
     ("segundo a engenheira Ana Lima", "A engenheira Ana Lima disse que"), True),
    ((rd, "_attribution_fronted"), lambda ctx: [], "RD+", _STORM,
     ("conforme a Defesa Civil", "A Defesa Civil afirma que"), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)


def test_an_attribution_inside_its_statement_did_not_move_to_the_front():
    src = "Os resultados, segundo o pesquisador, mostraram uma queda no consumo de água."
    tgt = "O pesquisador disse que os resultados mostraram uma queda no consumo de água."
    assert analyzed_pairs("RD+", src, tgt) == []


def test_a_statement_going_on_after_the_attribution_is_no_closing_attribution():
    src = "Os presentes mais pedidos são, segundo pesquisas, os brinquedos de montar."
    tgt = "Pesquisas dizem que os presentes mais pedidos são os brinquedos de montar."
    assert analyzed_pairs("RD+", src, tgt) == []


def test_an_attribution_kept_at_the_end_did_not_move():
    src = "A ponte foi interditada na manhã de ontem, de acordo com a prefeitura."
    tgt = "A ponte foi fechada ontem de manhã, de acordo com a prefeitura."
    assert analyzed_pairs("RD+", src, tgt) == []


def test_a_reporting_clause_naming_someone_else_is_not_the_attribution_moved():
    src = "A ponte foi interditada na manhã de ontem, de acordo com a prefeitura."
    tgt = "Os moradores disseram que a ponte foi interditada na manhã de ontem."
    assert analyzed_pairs("RD+", src, tgt) == []


def test_an_attribution_made_a_reporting_clause_is_not_told_as_its_speaker_s_phrase_moved():
    """The speaker's noun phrase is a run the diff sees moving; the reading a researcher can
    check is the attribution made a reporting clause (dev_h 78 g4's spans)."""
    src = "A chuva deve voltar no domingo, conforme o instituto de meteorologia do estado."
    tgt = "O instituto de meteorologia do estado afirma que a chuva deve voltar no domingo."
    assert analyzed_pairs("RD+", src, tgt) == [
        ("conforme o instituto de meteorologia do estado", "O instituto de meteorologia do estado afirma que")]
