"""DL+ and RD+ recall, round 8 (the classes the ten longer dev productions showed): a phrase put
first that crossed its verb (numbers count in the rest of the sentence; two phrases that crossed
it together; one qualifier dropped or one synonym SL+ reports inside), and, for RD+, a cause made
a sentence before its consequence and an opening clause put after its main clause with a word
changed. Every sentence is written for the purpose (no corpus text); each positive test fails
without the rule it names, each negative one guards a reading the rule must not take."""
from __future__ import annotations

from analysis.strategies import dl, rd
from tests.test_detect_dl import _ctx


def _found(detector, src: str, tgt: list[str]) -> list[tuple[str, str]]:
    ctx = _ctx(src, tgt)
    s, t = ctx.source_doc.text, ctx.target_doc.text
    return [(" ".join(s[a:b] for a, b in d.source_spans), " ".join(t[a:b] for a, b in d.target_spans))
            for d in detector.detect(ctx)]


def _rd_kinds(src: str, tgt: list[str]) -> list[tuple[str, str]]:
    ctx = _ctx(src, tgt)
    s = ctx.source_doc.text
    return [(d.evidence.get("kind", ""), " ".join(s[a:b] for a, b in d.source_spans)) for d in rd.detect(ctx)]


# ---- DL+: a phrase put first that crossed its verb ---------------------------------------------

def test_numbers_count_in_the_rest_of_a_front_to_end_move():
    # the rest of the sentence keeps only numbers and its subject was added: still moved
    assert _found(dl, "Durante as manhãs, alcançarão entre 15º C e 18º C.",
                  ["Os termômetros marcarão até 15 C e 18 C durante as manhãs."]) == [
        ("Durante as manhãs", "durante as manhãs")]


def test_two_phrases_that_crossed_their_verb_together_are_two_moves():
    # they also swapped places; and "fechado" / "fechada" is one verb
    got = _found(dl, "Em março de 2010, após uma forte chuva, foi fechado e desde então está sem uso.",
                 ["A ponte foi fechada após uma forte chuva em março de 2010.",
                  "Desde essa época, a ponte está sem uso."])
    assert ("Em março de 2010", "em março de 2010") in got
    assert ("após uma forte chuva", "após uma forte chuva") in got


def test_phrases_that_only_traded_places_after_their_verb_are_one_move():
    got = _found(dl, "O prefeito inaugurou a escola em março de 2010, após uma longa reforma.",
                 ["O prefeito inaugurou a escola após uma longa reforma, em março de 2010."])
    assert len(got) <= 1


def test_a_qualifier_dropped_by_a_phrase_that_crossed_its_verb():
    assert _found(dl, "Em meio à forte chuva de granizo, um muro desabou, ferindo dois operários.",
                  ["Um muro desabou no meio da chuva de granizo, ferindo dois operários."]) == [
        ("Em meio à forte chuva de granizo", "no meio da chuva de granizo")]


def test_a_synonym_inside_a_phrase_that_crossed_its_verb():
    got = _found(dl, "Em várias regiões do país, as escolas fecharam as portas.",
                 ["As escolas fecharam as portas em várias partes do país."])
    assert got == [("Em várias regiões do país", "em várias partes do país")]


def test_no_dl_for_another_word_that_sl_does_not_confirm():
    # "empresa" / "prefeitura": another place, no simpler synonym
    assert _found(dl, "Na sede da empresa, os diretores aprovaram o novo plano.",
                  ["Os diretores aprovaram o novo plano na sede da prefeitura."]) == []


def test_no_dl_for_a_phrase_with_a_verb_form_changed():
    # a non-finite clause (RD+'s), not a phrase
    assert _found(dl, "Pouco depois de ser reformada, a ponte voltou a rachar.",
                  ["A ponte voltou a rachar pouco depois de ser consertada."]) == []


def test_no_dl_for_a_phrase_that_kept_its_verb_in_a_passive_turned_active():
    # "à Delegacia Central" still follows "conduzir"; the subject became the object (MOD+)
    assert _found(dl, "Autuado em flagrante por roubar uma loja, um homem foi conduzido à Delegacia Central.",
                  ["Conduziram à Delegacia Central um homem acusado de assaltar uma loja.",
                   "Pegaram o homem em flagrante."]) == []


# ---- RD+: a cause made a sentence before its consequence -----------------------------------------

def test_cause_put_before_its_consequence_in_a_split():
    got = _rd_kinds("A obra atrasou porque faltaram operários na cidade.",
                    ["Faltaram operários na cidade.", "Com isso, a obra atrasou."])
    assert ("clause_moved", "faltaram operários na cidade") in got


def test_no_order_change_when_the_cause_still_follows():
    got = _rd_kinds("A obra atrasou porque faltaram operários na cidade.",
                    ["A obra atrasou.", "Isso aconteceu porque faltaram operários na cidade."])
    assert not any(k == "clause_moved" for k, _ in got)


# ---- RD+: an opening clause put after its main clause, a word changed ----------------------------

def test_opening_clause_put_last_with_a_word_replaced():
    got = _rd_kinds("Para impedir a entrada dos invasores, foi construído um muro alto.",
                    ["Foi levantado um muro alto para impedir a entrada dos intrusos."])
    assert ("clause_moved", "Para impedir a entrada dos invasores") in got


def test_no_order_change_for_an_opening_clause_kept_first():
    got = _rd_kinds("Para impedir a entrada dos invasores, foi construído um muro alto.",
                    ["Para impedir a entrada dos intrusos, foi levantado um muro alto."])
    assert got == []


def test_no_opening_clause_for_speech_and_its_reporting_verb():
    # "..., avalia X" → "X avalia que ...": the reporting clause's move, not a circumstance's
    got = _rd_kinds("Outro problema é a falta de verbas para manter as escolas, avalia o secretário.",
                    ["O secretário avalia que outro problema é a falta de dinheiro para manter as escolas."])
    assert not any(span.startswith("Outro problema") for _, span in got)


# ---- RD+: a reduced condition dropped; an opening clause put in a later sentence ----------------

def test_reduced_condition_dropped_its_participle_moved():
    got = _rd_kinds("Se aquecido, o metal da peça se dilata e racha.",
                    ["O metal aquecido da peça se dilata e racha."])
    assert ("connective_removed", "Se") in got


def test_no_condition_dropped_when_its_clause_went_with_it():
    assert _rd_kinds("Se aquecido, o metal da peça se dilata e racha.",
                     ["O metal da peça se dilata e racha."]) == []


def test_opening_clause_put_in_a_later_sentence_with_its_verb_conjugated_and_its_connective_replaced():
    got = _rd_kinds("Antes de visitar o Museu Nacional, os alunos almoçaram no parque da cidade.",
                    ["Os alunos almoçaram no parque da cidade.", "Em seguida, os alunos visitarão o Museu Nacional."])
    assert ("connective_replaced", "Antes") in got
    assert ("clause_moved", "Antes de visitar o Museu Nacional") in got


def test_no_order_change_when_the_opening_clause_still_comes_first():
    got = _rd_kinds("Antes de visitar o Museu Nacional, os alunos almoçaram no parque da cidade.",
                    ["Os alunos visitarão o Museu Nacional.", "Antes, os alunos almoçaram no parque da cidade."])
    assert not any(k == "clause_moved" for k, _ in got)


def test_no_rd_for_one_restatement_marker_replaced_by_another():
    # (a dev false alarm: "Ou seja" → "Isto é" links no ideas logically; EXP+'s markers)
    assert _rd_kinds("A seca durou três anos. Ou seja, as lavouras ficaram sem água por muito tempo.",
                     ["A seca durou três anos. Isto é, as lavouras ficaram sem água por muito tempo."]) == []


# ---- DL+: an aside after its verb put first in the sentence its clause became --------------------

def test_aside_after_its_verb_put_first_in_a_later_sentence():
    got = _found(dl, "Os alunos recebem o material, e a montagem da maquete se transforma, ao final, na nota do bimestre.",
                 ["Os alunos recebem o material.", "Ao final, a montagem da maquete se transforma na nota do bimestre."])
    assert ("ao final", "Ao final") in got


def test_no_dl_for_an_adverb_that_opens_the_sentence_a_split_made():
    # no commas round "agora": the split's link (RP+), as the written dev pair d054
    assert _found(dl, "A proposta, votada ontem pelos vereadores, cria uma taxa para o lixo e segue agora para o prefeito.",
                  ["A proposta foi votada ontem pelos vereadores.", "Ela cria uma taxa para o lixo.",
                   "Agora, o texto segue para o prefeito."]) == []
