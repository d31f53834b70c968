"""Round 62, from the development gold (no new annotation): two shapes of DL+, SL+ of two
words one consonant apart ("afável" → "amável", dev 107 g4: not a respelling), and RD+'s span
of an opening clause put last when the diff moved the main clause past it ("Para não errar no
tamanho, ele testará …" → "Ele testará … para não errar no tamanho", dev 105 g12): the clause
that opened the sentence moved, not the main clause.

A subject that followed its verb put back before it, read on the words themselves: the verb
may open the sentence and keep a complement between it and the subject ("Terá origem no Rio
Grande do Sul a maior parte do biodiesel que …" → "A maior parte do biodiesel terá origem no
Rio Grande do Sul", dev 69 g0), stand after a cleft's "que" ("É das mãos de 13 religiosas que
saem as famosas pílulas" → "As famosas pílulas saem das mãos de 13 monjas", dev 30 g4), and
the subject may hold a relative clause or a list of names (dev 50 g1, 139 g15). Not a speaker
put first (RD+), not a copula's predicate a split builds sentences on, not where a clitic "se"
went with the verb on one side only (MOD+).

A qualifier that stood before its noun put after it, the noun's "de" complement between them
or not ("sentiam fortes dores de cabeça" → "sentiam dores de cabeça fortes", dev 45 g12; "os
mais antigos hominídeos" → "os hominídeos mais antigos", dev 163 g16 and g24; dev 7 g20, 50
g1). The order tells which word is the qualifier: the default is after the noun, and the word
that went there is the one that moved. Not a word after another qualifier, nor a passive's
participle after its auxiliary. The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.strategies import dl, rd, sl
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_ACCESS = ("Terá acesso ao programa a maior parte dos alunos que estudam em escolas públicas da cidade.",
           "A maior parte dos alunos terá acesso ao programa. Esses alunos estudam em escolas públicas da cidade.")
_KITCHEN = ("Foi da cozinha da escola que saíram os primeiros pratos do concurso, preparados pelos alunos.",
            "Os primeiros pratos do concurso saíram da cozinha da escola. Os alunos prepararam os pratos.")
_PAIN = ("Os moradores sentiram fortes dores de cabeça depois do incêndio na fábrica.",
         "Os moradores sentiram dores de cabeça fortes depois do incêndio na fábrica.")
_NEIGHBOUR = ("O vizinho era afável com todos os moradores do prédio.",
              "O vizinho era amável com todos os moradores do prédio.")
_STATUE = ("Para não errar na medida, o alfaiate testará no boneco.",
           "O alfaiate testará no boneco para não errar na medida.")
_TOWERS = ("A prefeitura proibiu os mais altos prédios do centro perto do rio.",
           "A prefeitura proibiu os prédios mais altos do centro perto do rio.")

CASES = [
    ((dl, "_subjects_put_before_their_verb"), lambda ctx: [], "DL+", _ACCESS,
     ("a maior parte dos alunos", "A maior parte dos alunos"), True),
    ((dl, "_subjects_put_before_their_verb"), lambda ctx: [], "DL+", _KITCHEN,
     ("os primeiros pratos do concurso", "Os primeiros pratos do concurso"), True),
    ((dl, "_qualifiers_put_after_their_noun"), lambda ctx: [], "DL+", _PAIN, ("fortes", "fortes"), True),
    ((dl, "_qualifiers_put_after_their_noun"), lambda ctx: [], "DL+", _TOWERS, ("mais altos", "mais altos"), True),
    ((sl, "_other_consonant"), lambda a, b: False, "SL+", _NEIGHBOUR, ("afável", "amável"), True),
    ((rd, "_opening_clause_passed"), lambda ctx, m: None, "RD+", _STATUE,
     ("Para não errar na medida", "para não errar na medida"), True),
]

test_round_62_reads_the_pair_right, test_round_62_without_the_rule_the_reading_turns = both_ways(CASES)


def _moved(src: str, tgt: str) -> list[str]:
    return [p[0] for p in analyzed_pairs("DL+", src, tgt)]


def test_a_speaker_put_first_is_no_subject_moved():
    """"…, anunciou a prefeitura" → "A prefeitura anunciou que …": a reporting clause put
    before what it reports (RD+), whether or not the verb is a listed verb of saying."""
    for src, tgt, speaker in (
            ("A obra da ponte termina em maio, anunciou a prefeitura.",
             "A prefeitura anunciou que a obra da ponte termina em maio.", "a prefeitura"),
            ("Quem tem pressão alta deve evitar o sal, recomendam os médicos do hospital.",
             "Os médicos do hospital recomendam que quem tem pressão alta evite o sal.", "os médicos do hospital")):
        assert speaker not in _moved(src, tgt), speaker


def test_a_copula_predicate_a_split_builds_on_is_no_subject_moved():
    src = "A autora do livro é Maria Souza, da universidade federal, que estuda os rios da região."
    tgt = "A autora do livro é Maria Souza. Maria Souza é da universidade federal. Ela estuda os rios da região."
    assert "Maria Souza" not in _moved(src, tgt)


def test_a_clitic_dropped_with_the_subject_put_first_is_no_displacement():
    """"Abriram-se as inscrições" → "As inscrições abriram": the pronominal form changed (MOD+)."""
    src = "Abriram-se ontem as inscrições para o curso de verão da escola."
    tgt = "As inscrições para o curso de verão da escola abriram ontem."
    assert not [p for p in _moved(src, tgt) if p.startswith("as inscrições")]


def test_a_qualifier_after_another_or_a_passive_participle_is_not_put_after_its_noun():
    assert "gigantes" not in _moved("Os astrônomos acharam planetas gigantes gasosos perto da estrela.",
                                    "Os astrônomos acharam planetas gasosos gigantes perto da estrela.")
    assert "reservados" not in _moved("Nos ônibus, serão reservados assentos aos idosos e às gestantes.",
                                      "Os ônibus terão assentos reservados aos idosos e às gestantes.")


def test_the_explanation_names_the_verb_or_the_noun_the_unit_moved_over():
    """The explanation says what moved where, true of its spans, in both languages."""
    from analysis.messages import render_message
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings
    src, tgt = _PAIN[0] + " " + _ACCESS[0], _PAIN[1] + " " + _ACCESS[1]
    result = analyze(src, tgt, AnalysisSettings(model="lexical", strategies=AUTOMATIC_CODES))
    said = {d.evidence["text"]: d.message for d in result.strategies if d.code == "DL+"}
    assert render_message(said["fortes"], "pt-BR") == "«fortes», que vinha antes de «dores», passou para depois dessa palavra."
    assert render_message(said["fortes"], "en") == "«fortes», which stood before «dores», now comes after it."
    assert render_message(said["a maior parte dos alunos"], "pt-BR") == \
        "«a maior parte dos alunos», sujeito que vinha depois do verbo «Terá», passou para antes dele."
    assert render_message(said["a maior parte dos alunos"], "en") == \
        "«a maior parte dos alunos», the subject that followed the verb «Terá», now comes before it."


def test_one_consonant_apart_is_another_word_unless_the_two_are_spelling_twins():
    """"afável" / "amável" (dev 107 g4) are two words; "Souza" / "Sousa", "Teresa" / "Tereza"
    one name respelled; an inflection changes the ending ("contaminado" / "contaminada")."""
    assert not sl.variant("afável", "amável")
    assert not sl.variant("fatal", "natal")
    assert sl.variant("Souza", "Sousa") and sl.variant("Teresa", "Tereza")
    assert sl.variant("contaminado", "contaminada")
    assert not [p for p in analyzed_pairs("SL+", "A moradora Teresa Souza foi ouvida pela polícia ontem.",
                                          "A moradora Tereza Sousa foi ouvida pela polícia ontem.")]


def test_the_main_clause_the_diff_moved_is_not_reported_for_the_opening_clause():
    """The span is the opening clause put last, never the main clause it now follows."""
    assert analyzed_pairs("RD+", *_STATUE) == [("Para não errar na medida", "para não errar na medida")]
