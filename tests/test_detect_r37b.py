"""Round 37, second part: five misreadings found on fresh texts judged blind (a law turned into
a list, a health leaflet, an essay, a history textbook; ``[r37]`` in bench/data/probes.jsonl).
The sentences here are written for the purpose, no corpus text.

* MOD+ (polarity): a negation added is not answered by a word swapped in another constituent
  ("Se não tiver vaga na escola" does not negate "escola": «unidade» → «não» is false).
* IN+: a sentence opening with a pronoun beside a split whose source qualifies a noun with an
  adjective the split leaves unsaid ("uma infecção viral contagiosa" → "… Ela passa facilmente
  de uma pessoa para outra.") may be that quality spelled out: silent.
* SL+: pairing in order across a word kept in another form, in a place punctuation cuts
  ("a superlotação dos veículos, os atrasos frequentes" → "Os ônibus e trens andam lotados,
  atrasam muito"), gives false pairs («superlotação» → «ônibus»): none.
* OM+: a stretch opening with a connective and replaced by one ("Diante desse cenário,
  torna-se imprescindível que" → "Por isso,") is a link reworded, not an omission.
* DL+: a subject right before its verb on both sides ("…, às margens do rio, D. Pedro
  proclamou" → "D. Pedro declarou … perto do rio") is no displaced phrase.
"""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def _inserted(source: str, target: str) -> list[str]:
    """The target text of every IN+ detection of the whole engine (IN+ has no source span)."""
    return [t for _, t in analyzed_pairs("IN+", source, target)]


def test_a_negation_is_not_answered_by_a_swap_in_another_constituent():
    pairs = analyzed_pairs("MOD+", "Na falta de leito no hospital mais próximo, o município deverá custear o transporte do paciente.",
                           "Se não tiver leito no posto mais perto, a prefeitura deve pagar o transporte do paciente.")
    assert not [p for p in pairs if p[1] == "não"], pairs


def test_a_negation_still_answers_the_adjective_of_its_object():
    # near-miss: "não deu resultado positivo" → "deu resultado negativo" (the object between)
    pairs = analyzed_pairs("MOD+", "O exame não deu resultado positivo.", "O exame deu resultado negativo.")
    assert ("não", "negativo") in pairs, pairs


def test_a_pronoun_sentence_beside_an_unsaid_quality_is_no_insertion():
    pairs = _inserted(
        "A síndrome de Kawasaki é uma inflamação vascular contagiosa que acomete principalmente crianças menores de cinco anos.",
        "A doença de Kawasaki é uma inflamação dos vasos do sangue. Ela passa facilmente de uma pessoa para outra. "
        "Ela atinge mais as crianças com menos de cinco anos.")
    assert not pairs, pairs


def test_an_adverb_in_mente_is_no_unsaid_quality():
    # near-miss: the adverb "principalmente" after its verb is no quality of a noun, so the
    # sentence that says something the source does not is still IN+
    pairs = _inserted(
        "A síndrome de Kawasaki é uma inflamação vascular grave que acomete principalmente crianças menores de cinco anos.",
        "A doença de Kawasaki é uma inflamação dos vasos do sangue. Ela pode deixar a pessoa muito doente. "
        "Ela atinge mais as crianças com menos de cinco anos.")
    assert pairs == ["Ela pode deixar a pessoa muito doente."], pairs


def test_no_pairs_in_order_across_a_kept_word_in_a_cut_place():
    pairs = analyzed_pairs(
        "SL+",
        "As rodovias do estado enfrentam problemas graves, como a superlotação dos veículos, os atrasos frequentes e os pedágios elevados.",
        "As estradas do estado têm problemas graves. Os ônibus e caminhões andam lotados, atrasam muito e os pedágios são caros.")
    assert not [p for p in pairs if p[0] in ("superlotação", "veículos", "frequentes")], pairs


def test_a_link_replaced_by_a_link_is_no_omission():
    pairs = analyzed_pairs(
        "OM+",
        "Muitos moradores usam o carro todos os dias. Diante desse quadro, torna-se imprescindível que a prefeitura "
        "invista na ampliação das ciclovias.",
        "Muitos moradores usam o carro todos os dias. Por isso, a prefeitura precisa investir em mais ciclovias.")
    assert not [p for p in pairs if "Diante" in p[0]], pairs


def test_a_subject_that_kept_its_verb_is_not_displaced():
    pairs = analyzed_pairs(
        "DL+",
        "Meses depois, em 3 de março, às margens do lago Guaíba, em Porto Alegre, Bento Gonçalves proclamou a república do Rio Grande.",
        "Meses depois, no dia 3 de março, Bento Gonçalves declarou a república do Rio Grande perto do lago Guaíba, em Porto Alegre.")
    assert not [p for p in pairs if p[0] == "Bento Gonçalves"], pairs
