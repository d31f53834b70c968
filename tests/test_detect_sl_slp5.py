"""SL+ precision round on unseen productions (branch slp5, dump blocks 501-681): a word replaced
by a word of its own family that closes a longer new stretch ("uma viagem cansativa" → "uma
viagem que causou cansaço", "cachorreiros" → "amigos dos cachorros") is silent, since the family
word alone is not what replaced the source word; a family word after kept or function words only
("rondas rotineiras" → "rondas de rotina"), opened by a causative verb ("dificultou" → "tornou
difícil"), or a relational adjective made "do" + noun after a new noun ("disfunções intestinais"
→ "mau funcionamento do intestino") keeps firing. A privative word before the source word only
("sem iluminação" → "escura") goes into the source span; before both words it stays out.
Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_family_word_closing_a_relative_clause_is_silent(e5):
    # "cansativa" → "que causou cansaço": the clause replaced the adjective, not "cansaço" alone
    s, t, dets, _ = run(["Depois de uma viagem cansativa, os turistas dormiram no hotel."],
                        ["Depois de uma viagem que causou cansaço, os turistas dormiram no hotel."],
                        encoder=e5)
    assert (["cansativa"], ["cansaço"]) not in _sl(s, t, dets), _sl(s, t, dets)


def test_family_word_after_a_new_noun_is_silent(e5):
    # "cachorreiros" → "amigos dos cachorros": the family noun closes the description
    s, t, dets, _ = run(["Os vizinhos são apaixonados cachorreiros desde a infância."],
                        ["Os vizinhos são grandes amigos dos cachorros desde a infância."],
                        encoder=e5)
    assert (["cachorreiros"], ["cachorros"]) not in _sl(s, t, dets), _sl(s, t, dets)


def test_relational_adjective_made_a_complement_after_a_new_noun_keeps_firing(e5):
    # near miss: "intestinais" → "do intestino", the complement of "funcionamento", which
    # renders "disfunções"; the adjective's own rendering, not the tail of another one
    s, t, dets, _ = run(["O novo remédio ajuda no tratamento de disfunções intestinais em idosos."],
                        ["O novo remédio ajuda no tratamento de mau funcionamento do intestino em idosos."],
                        encoder=e5)
    assert (["intestinais"], ["intestino"]) in _sl(s, t, dets), _sl(s, t, dets)


def test_family_word_after_kept_and_function_words_keeps_firing(e5):
    # near miss: only "de" stands between the kept noun and the family word
    s, t, dets, _ = run(["O vigia faz suas rondas rotineiras pelo prédio todas as noites."],
                        ["O vigia faz suas rondas de rotina pelo prédio todas as noites."],
                        encoder=e5)
    assert (["rotineiras"], ["rotina"]) in _sl(s, t, dets), _sl(s, t, dets)


def test_family_word_opened_by_a_causative_keeps_firing(e5):
    # near miss: the causative "tornou" opens the replacement, the pair takes it in
    s, t, dets, _ = run(["O temporal dificultou a travessia do rio pelos pescadores."],
                        ["O temporal tornou difícil a travessia do rio pelos pescadores."],
                        encoder=e5)
    assert (["dificultou"], ["tornou difícil"]) in _sl(s, t, dets), _sl(s, t, dets)


def test_privative_word_of_the_source_goes_into_the_source_span(e5):
    # "sem iluminação" → "escura": "iluminação" → "escura" alone would pair opposites
    s, t, dets, _ = run(["A rua ficou sem iluminação durante a tempestade."],
                        ["A rua ficou escura durante a tempestade."], encoder=e5)
    pairs = _sl(s, t, dets)
    assert (["sem iluminação"], ["escura"]) in pairs and (["iluminação"], ["escura"]) not in pairs, pairs


def test_privative_word_kept_on_both_sides_stays_out_of_the_span(e5):
    # near miss: "sem" stands before both words, the substitution is the noun alone
    s, t, dets, _ = run(["A rua ficou sem iluminação durante a tempestade."],
                        ["A rua ficou sem luz durante a tempestade."], encoder=e5)
    assert (["iluminação"], ["luz"]) in _sl(s, t, dets), _sl(s, t, dets)
