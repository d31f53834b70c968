"""DL+ round dlr9: the span of the moved constituent (a phrase cut by a synonym, a bracketed
aside that became a "de" phrase), a lone adverb that traded places with its verb, a one-word
qualifier moved over its noun's "de" complement, and two precision rules (a participial clause
made a sentence of its own; an attribution whose marker was reworded in a recast sentence).
Every sentence is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans


def _dl(src: list[str], tgt: list[str], groups=None) -> list[tuple[list[str], list[str]]]:
    s, t, dets, _ = run(src, tgt, groups, None, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


# ---- spans: the whole phrase on both sides ----------------------------------------------------

def test_dl_span_takes_the_words_cut_off_by_a_synonym():
    # the diff moves "à imprensa" only: "declaração" → "nota" (SL+) cut the phrase
    assert _dl(["Em declaração à imprensa, o técnico afirmou que o time vai jogar no domingo."],
               ["O técnico afirmou em nota à imprensa que o time vai jogar no domingo."]) == [
        (["Em declaração à imprensa"], ["em nota à imprensa"])]


def test_dl_span_is_not_widened_over_a_word_that_is_no_synonym():
    # "declaração" dropped: the phrase that moved is "à imprensa" alone, nothing to widen over
    found = _dl(["Em declaração à imprensa, o técnico afirmou que o time vai jogar no domingo."],
                ["O técnico falou à imprensa que o time vai jogar no domingo."])
    assert all("declaração" not in " ".join(src) for src, _ in found)


def test_dl_span_of_a_bracketed_aside_made_a_de_phrase():
    assert _dl(["O ministro João Silva (Educação) visitou a escola na segunda-feira."],
               ["O ministro da Educação João Silva visitou a escola na segunda-feira."]) == [
        (["(Educação)"], ["da Educação"])]


# ---- a lone adverb that traded places with its verb -------------------------------------------

def test_dl_for_an_adverb_that_traded_places_with_its_participle():
    assert _dl(["Os documentos ali guardados pelos monges contam a história da cidade."],
               ["Os documentos guardados ali pelos monges contam a história da cidade."]) == [
        (["ali"], ["ali"])]


def test_dl_for_an_adverb_swapped_with_its_participle_in_a_rewritten_sentence():
    # the rest of the sentence was rewritten past the "little else changed" bound: the pair and
    # the word before it still show the swap
    assert (["ali"], ["ali"]) in _dl(
        ["A coleção de artefatos de várias épocas ali depositados pelas sucessivas levas de visitantes."],
        ["A coleção de objetos de várias épocas depositados ali por grupos de pessoas que visitaram o lugar."])


def test_no_dl_for_an_adverb_next_to_a_passive_turned_active():
    # "também foi atacado" → "atacaram também": the voice changed (MOD+), the adverb kept its verb
    assert not any(src == ["também"] for src, _ in _dl(
        ["O prédio também foi atacado pelos rebeldes na madrugada."],
        ["Os rebeldes atacaram também o prédio na madrugada."]))


def test_no_dl_for_an_adverb_that_kept_its_side_of_the_verb():
    assert _dl(["Os documentos ali guardados pelos monges contam a história da cidade."],
               ["Os papéis ali guardados pelos monges contam a história da cidade."]) == []


# ---- a one-word qualifier over its noun's "de" complement ------------------------------------

def test_dl_for_a_qualifier_moved_over_the_de_complement_of_its_noun():
    assert _dl(["A empresa pretende vender a maior quantidade de carros possível neste ano."],
               ["A empresa pretende vender a maior quantidade possível de carros neste ano."]) == [
        (["possível"], ["possível"])]


def test_dl_for_a_qualifier_moved_over_a_complement_with_a_synonym_inside():
    found = _dl(["A loja quer vender a maior quantidade de automóveis possível, dizem os donos."],
                ["A loja quer vender a maior quantidade possível de carros, dizem os donos."])
    assert (["possível"], ["possível"]) in found


def test_no_dl_for_a_qualifier_whose_noun_was_replaced():
    # "quantidade" → "número": the noun phrase was reworded, no qualifier moved inside it
    assert _dl(["A empresa pretende vender a maior quantidade de carros possível neste ano."],
               ["A empresa pretende vender o maior número possível de carros neste ano."]) == []


def test_no_dl_for_a_qualifier_that_stayed_after_the_complement():
    assert _dl(["A empresa pretende vender a maior quantidade de carros possível neste ano."],
               ["A empresa pretende vender a maior quantidade de veículos possível neste ano."]) == []


# ---- precision: a participial clause made a sentence of its own -------------------------------

def test_no_dl_for_a_phrase_of_a_participial_clause_made_a_sentence_with_a_finite_verb():
    # "A ponte, construída em 1920," → "Em 1920, construiu-se a ponte.": the clause took a main
    # clause's order (the voice changed with it, MOD+)
    assert _dl(["A ponte, construída em 1920, foi reformada pela prefeitura."],
               ["Em 1920, construiu-se a ponte.", "A prefeitura reformou a ponte."], _split()) == []


def test_dl_for_a_phrase_moved_inside_a_participial_clause_that_stayed_one():
    assert _dl(["Os alunos, reunidos ontem no pátio da escola, protestaram contra o fechamento."],
               ["Os alunos, reunidos no pátio da escola ontem, protestaram contra o fechamento."]) == [
        (["ontem"], ["ontem"])]


# ---- precision: an attribution reworded in a recast sentence ----------------------------------

def test_no_dl_for_an_attribution_reworded_when_the_frame_verb_is_gone():
    # "Por X entende-se, segundo Y, Z" → "Na opinião de Y, X é Z": the sentence recast (RF+)
    assert _dl(["Por vida saudável entende-se, segundo os médicos, uma rotina com exercícios."],
               ["Na opinião dos médicos, vida saudável é uma rotina com exercícios."]) == []


def test_dl_for_an_attribution_reworded_when_the_frame_verb_stays():
    assert _dl(["O estudo, segundo os médicos, mostrou bons resultados."],
               ["Na opinião dos médicos, o estudo mostrou bons resultados."]) == [
        (["segundo os médicos"], ["Na opinião dos médicos"])]


def test_no_dl_for_an_adverb_of_a_relative_clause_made_a_sentence():
    # "que hoje ocupa" → "A fábrica ocupa hoje": the clause made a sentence takes a main
    # clause's order (the split's work, RP+), as for a phrase after a subordinator
    assert not any(src == ["hoje"] for src, _ in _dl(
        ["O bairro cresceu em volta da fábrica, que hoje ocupa a maior parte do terreno."],
        ["O bairro cresceu em volta da fábrica.", "A fábrica ocupa hoje a maior parte do terreno."],
        _split()))


def test_dl_for_an_adverb_swapped_with_its_verb_inside_a_relative_clause_kept():
    assert (["hoje"], ["hoje"]) in _dl(
        ["O bairro cresceu em volta da fábrica, que hoje ocupa a maior parte do terreno."],
        ["O bairro cresceu em volta da fábrica, que ocupa hoje a maior parte do terreno."])


def test_dl_span_of_a_qualifier_takes_the_intensifier_it_lost():
    assert (["relativamente grandes"], ["grandes"]) in _dl(
        ["Os técnicos viram pedaços de gelo relativamente grandes caindo do telhado."],
        ["Os técnicos viram pedaços grandes de gelo caindo do telhado."])


def test_dl_for_a_short_adverbial_that_traded_places_with_its_verb_in_a_rewritten_sentence():
    assert (["em 2001"], ["em 2001"]) in _dl(
        ["O foguete, que em 2001 lançou o satélite de comunicações da empresa estatal, caiu no mar depois de uma falha grave."],
        ["O foguete que lançou em 2001 o satélite da empresa caiu no mar por causa de um problema sério no motor."])


def test_no_dl_for_a_short_adverbial_of_a_relative_clause_made_a_sentence():
    assert not any(src == ["em 2001"] for src, _ in _dl(
        ["O técnico elogiou o foguete, que em 2001 lançou o satélite da empresa."],
        ["O técnico elogiou o foguete.", "O foguete lançou em 2001 o satélite da empresa."], _split()))
