"""SL+ precision on real text (round 6): a pair shows one source word and the target word that
took its place, so words that were kept (in another voice, another class, another place of a
split) must not be paired, and an expression must not be cut in half. Sentences modelled on
unannotated PorSimples productions (never the benchmark's records)."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans

SPLIT = [AlignmentGroup(["s1"], ["t1", "t2"], 0.9)]
SPLIT3 = [AlignmentGroup(["s1"], ["t1", "t2", "t3"], 0.9)]


def _pairs(src, tgt, groups=None):
    s, t, dets, _ = run(src, tgt, groups)
    return [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
            for d in dets if d.code == "SL+"]


# ---- a kept word is never a slot's word -----------------------------------------------------

def test_a_participle_whose_verb_the_target_uses_was_kept_not_replaced():
    """Passive made active in a split: "salvos" is in "Salvaram"; "Levaram" took the place of
    "rebocada", not of "salvos"."""
    pairs = _pairs(["Os 13 marinheiros foram salvos e a embarcação, muito avariada, rebocada até a costa russa."],
                   ["Salvaram os 13 marinheiros.", "Levaram a embarcação até a costa russa.",
                    "A embarcação estava muito estragada."], SPLIT3)
    assert not any("salvos" in s for s, _ in pairs), pairs


def test_an_irregular_participle_and_its_verb_are_one_word():
    """"um pedido feito por Chávez" → "Chávez fez esse pedido": "fez" is "feito", nothing
    replaced "atendendo" there."""
    pairs = _pairs(["Ele poderá governar por decreto, atendendo a um pedido feito por Chávez na terça-feira."],
                   ["Ele poderá governar por decreto.", "Chávez fez esse pedido na terça-feira."], SPLIT)
    assert not any(t == "fez" for _, t in pairs), pairs


def test_a_word_the_diff_kept_between_two_moved_runs_is_no_replaced_word():
    """"quando pichava" lies between two runs a split moved; "pichava" is kept, word for word:
    it did not become the new verb of the rebuilt sentence."""
    pairs = _pairs(["Juliano, 18 anos, foi detido na madrugada de ontem pela Guarda Municipal quando pichava "
                    "com um amigo o muro da escola, no bairro Protásio Alves."],
                   ["A Guarda Municipal prendeu Juliano na madrugada de ontem.", "Juliano tem 18 anos.",
                    "Juliano pichava o muro da escola com um amigo no bairro Protásio Alves."], SPLIT3)
    assert not any(s == "pichava" for s, _ in pairs), pairs


def test_a_noun_kept_as_a_verb_leaves_only_its_neighbour_replaced():
    """"com o anúncio do adiamento" → "anunciaram a transferência": "anúncio" lives on in
    "anunciaram"; the substitution shown is "adiamento" → "transferência" alone."""
    pairs = _pairs(["A partir das 15h, com o anúncio do adiamento para fevereiro, os dois grupos dispersaram-se."],
                   ["A partir das 15h, anunciaram a transferência para fevereiro.",
                    "Os dois grupos dispersaram-se."], SPLIT)
    assert ("adiamento", "transferência") in pairs, pairs
    assert not any("anúncio" in s for s, _ in pairs), pairs


def test_a_present_form_of_the_source_verb_is_no_derived_word():
    """"forçando" → "força" is the same verb conjugated (the lemmatiser reads "força" as the
    noun), not a base word replacing a derived one."""
    pairs = _pairs(["Um ser que invade corpos e domina a mente alheia, forçando suas vítimas a fazer o que ele "
                    "ordena, não é mero personagem de ficção."],
                   ["Um ser que invade corpos.", "Um ser que domina a mente dos outros.",
                    "Um ser que força suas vítimas a fazer o que ele ordena.", "Não é simples personagem de ficção."],
                   [AlignmentGroup(["s1"], ["t1", "t2", "t3", "t4"], 0.9)])
    assert not any(s == "forçando" for s, _ in pairs), pairs


# ---- half pairs --------------------------------------------------------------------------

def test_an_adjective_replaced_by_a_relative_clause_is_still_found():
    """The clause is the expression itself: "proteína fluorescente verde" → "proteína que emite
    luz verde"."""
    pairs = _pairs(["O pesquisador gruda nele o trecho de DNA correspondente à proteína fluorescente verde."],
                   ["O pesquisador gruda nele o trecho de DNA correspondente à proteína que emite luz verde."])
    assert any(s == "fluorescente" and "emite" in t for s, t in pairs), pairs


def test_tornar_alone_is_half_a_pair():
    """"espaçar" → "tornar … menos freqüentes": "tornar" says nothing without its predicative."""
    pairs = _pairs(["-- Queremos espaçar mais as realizações do Fórum."],
                   ["-- Queremos tornar as realizações do Fórum menos freqüentes."])
    assert not any(t == "tornar" for _, t in pairs), pairs


def test_a_causative_fazer_with_its_infinitive_is_half_a_pair():
    """"queda nas temperaturas" → "fazer as temperaturas caírem": the meaning is in "caírem"."""
    pairs = _pairs(["A frente fria vai trazer queda nas temperaturas máximas."],
                   ["A frente fria vai fazer as temperaturas máximas caírem."])
    assert not any(t == "fazer" for _, t in pairs), pairs


def test_words_paired_in_order_must_break_at_the_same_punctuation():
    """"fora surrupiada e copiada, evidenciando" → "Isso deixou claro": the comma splits the
    source words into two clauses that "deixou claro" does not have; "surrupiada" is not
    "deixou" (once "copiada" is known to be kept in "copiaram", the two words left would
    otherwise pair in order). Its partner is "Roubaram", which the voice reading pairs with it
    since round 56 (dev_f 111 g15 codes both)."""
    pairs = _pairs(["A chave fora surrupiada e copiada, evidenciando o que já era sabido à boca pequena."],
                   ["Roubaram e copiaram a chave.", "Isso deixou claro o que já se sabia por fofoca."], SPLIT)
    assert not any(s == "surrupiada" and t != "Roubaram" for s, t in pairs), pairs


# ---- places between moved runs -----------------------------------------------------------

def test_a_whole_clause_between_two_moved_runs_is_no_place_of_one_word():
    """Twenty words lie between "Disposta a evitar novas invasões" and "a mesa diretora": a
    clause, not the place of "protagonizada"."""
    pairs = _pairs(["Disposta a evitar novas invasões do plenário da Assembléia Legislativa -- como a "
                    "protagonizada na terça-feira por sindicalistas contrários ao projeto de criação de dois "
                    "fundos previdenciários com receita do Banrisul, a mesa diretora da Casa anunciou ontem "
                    "medidas preliminares de segurança."],
                   ["A mesa diretora da Assembléia Legislativa anunciou ontem as primeiras medidas de segurança.",
                    "A mesa diretora quer evitar novas invasões do plenário da Assembléia.",
                    "Na terça-feira, sindicalistas contrários ao projeto de criação de dois fundos de previdência "
                    "com receita do Banrisul comandaram uma invasão."], SPLIT3)
    assert not any(s == "protagonizada" for s, _ in pairs), pairs


def test_a_verb_between_two_moved_runs_with_its_subject_said_again_is_still_found():
    """The split repeats the subject between the two runs; the verb there is still the
    substitution ("elaborou" → "preparou")."""
    pairs = _pairs(["Esperando esse comportamento, a Secretaria de Educação de Uruguaiana elaborou uma resolução "
                    "no início de agosto que proíbe o funcionamento de bares nas escolas municipais."],
                   ["A Secretaria de Educação de Uruguaiana espera esse comportamento.",
                    "No início de agosto, a Secretaria de Educação de Uruguaiana preparou uma resolução.",
                    "A resolução proíbe o funcionamento de bares nas escolas municipais."], SPLIT3)
    assert ("elaborou", "preparou") in pairs, pairs


def test_words_sharing_only_a_prefix_are_no_variants():
    """"superpoder" and "superior" share the prefix "super-", not a stem: "superior" is no base
    word of "superpoder"."""
    pairs = _pairs(["Seria uma espécie de superpoder biônico."],
                   ["Seria uma espécie de poder superior que associaria biologia e eletrônica."])
    assert ("superpoder", "superior") not in pairs, pairs


def test_each_occurrence_of_a_word_replaced_twice_is_shown():
    """A split replaces "delegações" in both of its places with two expressions."""
    pairs = _pairs(["Houve muitos telefonemas entre as delegações e seus países, e o clima no plenário, "
                    "onde as delegações conversam, era tranqüilo."],
                   ["O clima no plenário era tranqüilo.",
                    "Houve muitos telefonemas entre as comissões de representantes e seus países.",
                    "O plenário é o lugar onde as equipes de representantes conversam."], SPLIT3)
    assert sum(s == "delegações" for s, _ in pairs) >= 1, pairs
