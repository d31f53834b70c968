"""RF+ speaks only with the evidence the annotation guide asks for, and its explanations quote
what is in the spans (issue 10). Sentences written for the purpose, not corpus texts; each
test fails without the rule it names."""
from __future__ import annotations

from analysis.messages import render_message
from analysis.types import AlignmentGroup
from tests.test_strategies import codes, only, run


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _reported(dets):
    return [d for d in dets if d.code == "RF+" and d.evidence.get("kind") == "reported_speech"]


# ---- reported speech: the explanation quotes the marker that is there ------------------------

def test_rf_attribution_explanation_quotes_conforme_not_segundo():
    _, _, dets, _ = run(["As provas serão adiadas, conforme a coordenadora do curso."],
                        ["A coordenadora do curso informou que as provas serão adiadas."])
    d = _reported(dets)[0]
    for lang in ("pt", "en"):
        text = render_message(d.message, lang)
        assert "conforme a coordenadora do curso" in text
        assert "segundo" not in text.lower() and "de acordo com" not in text.lower()
        assert "A coordenadora do curso informou que" in text


def test_rf_attribution_explanation_quotes_de_acordo_com():
    _, _, dets, _ = run(["De acordo com a prefeitura, a feira começa às oito horas."],
                        ["A prefeitura diz que a feira começa às oito horas."])
    d = _reported(dets)[0]
    assert "«De acordo com a prefeitura»" in d.explanation
    assert "«A prefeitura diz que …»" in d.explanation


def test_rf_quote_explanation_quotes_the_source_verb():
    _, _, dets, _ = run(['"O telhado precisa de reparos urgentes", afirmou.'],
                        ["Afirmou que o telhado precisa de reparos urgentes."])
    d = _reported(dets)[0]
    assert "afirmou" in d.explanation and "«Afirmou que …»" in d.explanation


# ---- reported speech: the reporting clause names the attributed speaker ----------------------

def test_rf_not_when_the_reported_speaker_is_someone_else():
    # the marker's speaker (the police) is not who "disse que" in the target (the neighbour):
    # the target reports another statement, the attribution was not turned into speech
    _, _, dets, _ = run(["Segundo a polícia, o carro foi encontrado perto do rio."],
                        ["O carro foi encontrado perto do rio.", "O vizinho disse que viu tudo."],
                        groups=_split())
    assert not _reported(dets)


def test_rf_still_when_the_speaker_is_a_pronoun():
    _, _, dets, _ = run(["A reforma, segundo ela, termina em março."],
                        ["Ela diz que a reforma termina em março."])
    d = _reported(dets)[0]
    assert "«segundo ela»" in d.explanation and "«Ela diz que …»" in d.explanation
    assert "RF+" in codes(dets)


def test_rf_attribution_speaker_found_in_a_split():
    _, _, dets, _ = run(["Segundo o técnico do time, Carlos Lima, o jogo foi equilibrado."],
                        ["O técnico do time disse que o jogo foi equilibrado.", "O técnico é Carlos Lima."],
                        groups=_split())
    assert only(dets, "RF+")[0].evidence["attribution"] == "Segundo o técnico do time"


# ---- sentence-level RF+: the frame itself must have changed --------------------------------

def test_rf_not_for_a_passive_turned_active_with_the_same_verb(e5):
    # the verb stays ("analisada" → "analisar"), only its voice changed: MOD+, plus SL+
    _, _, dets, _ = run(["A proposta deve ser analisada cuidadosamente por técnicos independentes."],
                        ["Técnicos independentes devem analisar essa proposta com muito cuidado."],
                        encoder=e5)
    assert "RF+" not in codes(dets)


def test_rf_not_when_the_main_verb_stays_in_place(e5):
    # "pode reduzir" kept word for word, in place: the words around it were replaced (SL+)
    # and a clause left out (OM+); the sentence was not reworded as a whole
    _, _, dets, _ = run(["A automação completa anunciada pode reduzir os custos, mas também traz riscos."],
                        ["A troca anunciada de pessoas por máquinas pode reduzir o que se gasta."],
                        encoder=e5)
    assert "RF+" not in codes(dets)


def test_rf_not_for_one_word_swaps_in_a_short_sentence(e5):
    # two words swapped one for one: a large share of a short sentence, still SL+
    _, _, dets, _ = run(["O caçula está abatido."], ["O menor está triste."], encoder=e5)
    assert "RF+" not in codes(dets)
    _, _, dets, _ = run(["Ponte interditada."], ["Ponte fechada."], encoder=e5)
    assert "RF+" not in codes(dets)


def test_rf_still_for_a_short_idiom_reworded_with_another_length(e5):
    _, _, dets, _ = run(["A cidade na berlinda."], ["A cidade em um momento de crítica."], encoder=e5)
    assert only(dets, "RF+")[0].message["key"] == "rf.sentence"


# ---- a clause rebuilt around a noun of its own verb (or back) --------------------------------

def _nominalised(dets):
    return [d for d in dets if d.code == "RF+" and d.evidence.get("kind") == "nominalised"]


def test_rf_predicate_rebuilt_around_the_noun_of_its_verb(e5):
    s, t, dets, _ = run(["Os voluntários se dedicam a limpar as praias da região."],
                        ["Os voluntários fazem a limpeza das praias da região."], encoder=e5)
    d = _nominalised(dets)[0]
    assert (d.evidence["source"], d.evidence["target"]) == ("limpar", "limpeza")
    assert "«limpar»" in d.explanation and "«limpeza»" in d.explanation and "«dedicam»" in d.explanation


def test_rf_subject_noun_turned_into_the_verb_of_a_split(e5):
    _, _, dets, _ = run(["A reclamação partiu dos moradores cansados do barulho das obras."],
                        ["Os moradores reclamaram.", "Eles estavam cansados do barulho das obras."],
                        groups=_split(), encoder=e5)
    d = _nominalised(dets)[0]
    assert (d.evidence["source"], d.evidence["target"]) == ("reclamação", "reclamaram")


def test_rf_not_for_a_noun_turned_verb_inside_a_kept_frame(e5):
    # the sentence's own verb ("garante") stays: the noun → verb change is inside its frame
    _, _, dets, _ = run(["A escola garante proteção reforçada aos alunos."],
                        ["A escola garante proteger mais os alunos."], encoder=e5)
    assert not _nominalised(dets)


def test_rf_not_for_the_main_verb_paraphrased_with_its_own_noun(e5):
    # "se reuniram" → "fizeram uma reunião": one verb paraphrased with a support verb
    _, _, dets, _ = run(["Os diretores se reuniram às pressas e aprovaram o orçamento."],
                        ["Os diretores fizeram uma reunião rápida.", "Os diretores aprovaram o orçamento."],
                        groups=_split(), encoder=e5)
    assert not _nominalised(dets)
