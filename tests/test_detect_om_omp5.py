"""OM+ precision, round omp5: a comment clause with a verb of cognition ("como se pode
imaginar") is an attribution frame; a connective around a lone adverb of manner ("ainda que
lentamente") is a single qualifier; a deleted stretch one kept word away from a longer reworded
stretch went into it. Every pair is written for the purpose (no corpus text)."""
from __future__ import annotations

from tests.test_strategies import codes, groups_of, only, run, spans


def test_comment_clause_with_a_verb_of_cognition_is_an_omission():
    """Round 56 turned round this round's reading: the blind gold of the productions judged
    here codes a dropped comment clause of cognition OM+ (dev_c 150 g10)."""
    s, _, dets, _ = run(["A nova ponte, como se pode imaginar, no começo, vai custar muito dinheiro à cidade."],
                        ["A nova ponte vai custar muito dinheiro à cidade."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["como se pode imaginar, no começo"]


def test_long_clause_with_a_verb_of_cognition_is_still_an_omission():
    s, _, dets, _ = run(["A nova ponte, que ninguém na cidade podia imaginar antes da obra, vai custar muito dinheiro."],
                        ["A nova ponte vai custar muito dinheiro."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["que ninguém na cidade podia imaginar antes da obra"]


def test_connective_around_a_lone_adverb_of_manner_is_not_an_omission():
    _, _, dets, _ = run(["Os vizinhos aceitaram a proposta, ainda que lentamente, e a obra começou."],
                        ["Os vizinhos aceitaram a proposta e a obra começou."])
    assert "OM+" not in codes(dets)


def test_connective_around_a_phrase_with_a_noun_is_still_an_omission():
    s, _, dets, _ = run(["Os vizinhos aceitaram a proposta, ainda que sem entusiasmo, e a obra começou."],
                        ["Os vizinhos aceitaram a proposta e a obra começou."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == ["ainda que sem entusiasmo"]


def test_stretch_reworded_across_one_kept_word_is_not_an_omission():
    src = ("Nas plantas, a fotossíntese, em palavras simples, a fabricação de açúcar com a energia do sol, "
           "é um processo estudado há séculos.")
    _, _, dets, _ = run([src], ["A produção de comida pelas plantas é um processo estudado há séculos."])
    assert "OM+" not in codes(dets)


def test_gloss_dropped_beside_a_kept_term_is_still_an_omission():
    src = ("Nas plantas, a fotossíntese, em palavras simples, a fabricação de açúcar com a energia do sol, "
           "é um processo estudado há séculos.")
    s, _, dets, _ = run([src], ["Nas plantas, a fotossíntese é um processo estudado há séculos."])
    assert spans(s, only(dets, "OM+")[0].source_spans) == [
        "em palavras simples, a fabricação de açúcar com a energia do sol"]


def test_aside_after_a_comma_beside_a_repeated_frame_is_still_an_omission():
    src = ["Dois relatórios mostraram que os rios da região estão mais limpos.",
           "E que, apesar da longa seca no interior do estado, a maioria das represas continua cheia."]
    tgt = ["Dois relatórios mostraram que os rios da região estão mais limpos.",
           "Os relatórios mostraram que a maioria das represas continua cheia."]
    s, _, dets, _ = run(src, tgt)
    assert spans(s, only(dets, "OM+")[0].source_spans)[0].startswith("apesar da longa seca")


def test_connective_of_a_clause_moved_behind_another_connective_is_not_an_omission():
    src = ["Para permitir que, quando adulta, a menina identifique os vizinhos que ajudaram na horta, "
           "cada canteiro recebe o nome de quem o plantou."]
    tgt = ["Cada canteiro recebeu o nome de quem o plantou.",
           "Com isso, a menina identificará no futuro os vizinhos da horta."]
    _, _, dets, _ = run(src, tgt, groups_of((["s1"], ["t1", "t2"])))
    assert "OM+" not in codes(dets)


def test_clause_dropped_from_a_split_is_still_an_omission():
    src = ["Para permitir que, quando adulta, a menina identifique os vizinhos que ajudaram na horta, "
           "cada canteiro recebe o nome de quem o plantou."]
    tgt = ["Cada canteiro recebeu o nome de quem o plantou.", "A horta fica perto da escola."]
    s, _, dets, _ = run(src, tgt, groups_of((["s1"], ["t1", "t2"])))
    assert spans(s, only(dets, "OM+")[0].source_spans)[0].startswith("Para permitir que")
