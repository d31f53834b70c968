"""SL+ round sll10 (``analysis.strategies.sl_lists``): the items of a list rewritten item by item
are paired in order, the list being the frame ("febre alta, cefaleia, dor retro-orbitária,
mialgia e exantema" → "febre alta, dor de cabeça, dor atrás dos olhos, dor nos músculos e
manchas vermelhas na pele": four substitutions the diff could not place, one "dor" matching
another), and so are a sentence's items turned into bullets after a lead-in ("gestantes,
puérperas" → "- grávidas; - mulheres que tiveram bebê há pouco tempo"). Guards: lists of
different lengths pair nothing item by item, and the in-order pairing of a slot no longer
splits one item of a list between two ("cefaleia, mialgia" → "dor de cabeça" gave "cefaleia" →
"dor", "mialgia" → "cabeça"); items holding a conjugated verb are clauses, not terms. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.diff import tokenize
from analysis.segment import segment
from analysis.strategies.sl_lists import bullet_list, enumeration
from tests.test_strategies import analyzed_pairs, run, sl_pairs


def test_a_list_of_terms_said_plainly_pairs_item_by_item(e5):
    found = sl_pairs("Os sintomas mais comuns incluem febre alta, cefaleia, dor retro-orbitária, mialgia e exantema.",
                     "Os sintomas mais comuns são febre alta, dor de cabeça, dor atrás dos olhos, dor nos músculos "
                     "e manchas vermelhas na pele.", e5)
    assert found == [("cefaleia", "dor de cabeça"), ("retro-orbitária", "atrás dos olhos"),
                     ("mialgia", "dor nos músculos"), ("exantema", "manchas vermelhas na pele")], found


def test_a_list_that_lost_an_item_pairs_no_item_with_part_of_another(e5):
    found = sl_pairs("Os sintomas incluem febre alta, cefaleia, mialgia e exantema.",
                     "Os sintomas são febre alta, dor de cabeça e manchas vermelhas na pele.", e5)
    assert ("cefaleia", "dor") not in found and ("mialgia", "cabeça") not in found, found


def test_items_are_read_from_commas_and_the_last_conjunction():
    text = "Os sintomas incluem febre alta, cefaleia, dor retro-orbitária e exantema."
    words = [t for t in tokenize(text) if t.kind != "punct"]
    items = enumeration(words, text, list(range(len(words))))
    assert [" ".join(words[k].text for k in item) for item in items] == [
        "Os sintomas incluem febre alta", "cefaleia", "dor retro-orbitária", "exantema"]
    two = "O paciente tem febre, e a mãe também."
    words = [t for t in tokenize(two) if t.kind != "punct"]
    assert enumeration(words, two, list(range(len(words)))) is None


LEAD_IN_SOURCE = ("A campanha de vacinação contra a gripe destina-se prioritariamente a idosos com 60 anos ou mais, "
                  "gestantes, puérperas, crianças de seis meses a cinco anos, trabalhadores da saúde e portadores de "
                  "doenças crônicas.")
LEAD_IN_TARGET = ("A campanha de vacinação contra a gripe é principalmente para:\n\n- idosos com 60 anos ou mais;\n"
                  "- grávidas;\n- mulheres que tiveram bebê há pouco tempo;\n- crianças de seis meses a cinco anos;\n"
                  "- trabalhadores da saúde;\n- pessoas com doenças crônicas.")


def test_a_sentence_turned_into_a_lead_in_and_bullets_pairs_item_by_item():
    pairs = analyzed_pairs("SL+", LEAD_IN_SOURCE, LEAD_IN_TARGET)
    assert ("gestantes", "grávidas") in pairs, pairs
    assert ("puérperas", "mulheres que tiveram bebê há pouco tempo") in pairs, pairs


def test_bullets_after_a_lead_in_are_the_items_of_one_list():
    doc = segment(LEAD_IN_TARGET)
    words = [t for t in tokenize(LEAD_IN_TARGET) if t.kind != "punct"]
    items = bullet_list(words, doc.sentences)
    assert [" ".join(words[k].text for k in item) for item in items] == [
        "A campanha de vacinação contra a gripe é principalmente para idosos com 60 anos ou mais", "grávidas",
        "mulheres que tiveram bebê há pouco tempo", "crianças de seis meses a cinco anos", "trabalhadores da saúde", "pessoas com doenças crônicas"]
    assert bullet_list(words, doc.sentences[:2]) is None   # a lead-in and one bullet: no list


def test_a_list_whose_first_item_changed_is_anchored_by_its_last_item(e5):
    """sll10c: "… como cefaleia, odontalgia, dores musculares e cólicas menstruais" → "… como dor
    de cabeça, dor de dente, dores nos músculos e cólicas menstruais": the first items close on
    different words, the last items are the same, and the first item starts after "como"."""
    found = sl_pairs("Este medicamento é indicado para dores leves a moderadas, como cefaleia, odontalgia, "
                     "dores musculares e cólicas menstruais.",
                     "Este remédio serve para dores leves ou médias, como dor de cabeça, dor de dente, "
                     "dores nos músculos e cólicas menstruais.", e5)
    assert ("cefaleia", "dor de cabeça") in found and ("odontalgia", "dor de dente") in found, found


def test_an_item_pair_says_it_was_paired_by_the_list(e5):
    """The explanation tells the reader where the pair came from: the same item of the list, not
    "the same place in the sentence" (the diff gave no place)."""
    s, t, dets, _ = run(["Os sintomas incluem febre alta, cefaleia, dor retro-orbitária, mialgia e exantema."],
                        ["Os sintomas são febre alta, dor de cabeça, dor atrás dos olhos, dor nos músculos e "
                         "manchas vermelhas na pele."], encoder=e5)
    items = [d for d in dets if d.code == "SL+" and d.evidence.get("in_list")]
    assert {d.message["key"] for d in items} == {"sl.list"} and len(items) == 4, dets
    assert all("no mesmo item da lista" in d.explanation for d in items)
