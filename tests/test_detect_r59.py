"""Round 59, from the development gold (no new annotation).

RD+: an infinitive that carries an enclitic pronoun drops its "r" and the tokenizer cuts it at
the hyphen ("para torná-las mais seguras" is read "para", "torná", "las"), so the purpose "para"
before it was taken for a preposition and its rewording in a split went unseen ("… foi feita
nas naves para torná-las mais seguras" → "… foi feita nas naves. O objetivo era torná-las mais
seguras.", dev_d 159 g5). A stem ending in a stressed vowel (or "i": "impedi-lo") followed by
"lo"/"la"/"los"/"las" is that infinitive: no Portuguese word is "lo" or "la".

OM+: a gerund clause closing its sentence after a comma, dropped whole, is a clause cut out
like a subordinate one, however short ("a proteína "acende", dedurando-o." → "a proteína
"acende".", dev_g 161 g28); its span keeps the pronoun hyphenated to the gerund.

RD+ again: a condition the target still opens with "se" before a form of the clause's own verb
("Caso chova muito, …" → "… se chover muito"; "caso a mina seja instalada" → "se instalarem a
mina", dev_c 94 g15) is a connective replaced; out of context that "se" reads as a clitic, and
the engine used to say the condition had become implicit, which was false.

RD+ once more: "então" inside its clause ("Ele é então implantado numa vaca") is no link by any
use test, so its rewording by the one unambiguous connective of its time reading in the same
sentence went unseen ("Ele é colocado em seguida numa vaca", dev_g 143 g26; "Só então começa" →
"Só nesse momento começa", dev_h 123 g14): the counterpart read by ``_second_reading_in_its_clause``,
which until now only saw forms in use.

RD+, last: the additive that opened a fronted phrase said by "também" in the sentence that renders
the main clause ("Assim como o influenza, vírus causador da gripe, os coronavírus … são sujeitos
a recombinação" → "Os coronavírus também sofrem recombinação", dev_h 145 g13): "também" is
ambiguous alone, and the kept words of the main clause around it settle what it stands for.

RD+, and a split's "e" named: a connective opening a sentence of a split outside the small edits
is paired with the plain "e" the split cut at by the same evidence as inside them; where the word
before the new boundary was reworded, the verb right after the new connective, the source's own,
shows the place (the "e" right before it: "… de lavra e pediu o estudo" → "… minas. Em seguida,
pediu o estudo", dev_c 94 g10).

DL+: the subject an opening phrase pushed after its verb, with a short complement between them,
put back before the verb ("Com dom Odilo, sobe para nove o número de cardeais brasileiros vivos"
→ "O número de cardeais brasileiros vivos sobe para nove com dom Odilo", dev_d 47 g5): the verb
and its complement stay together, the subject moved. The texts are written for the purpose,
no corpus text.
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import dl, om, rd
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_BRIDGE = ("A prefeitura reformou a ponte velha para torná-la mais segura, e o trânsito voltou ontem.",
           "A prefeitura reformou a ponte velha. O objetivo era torná-la mais segura. O trânsito voltou ontem.")


def _ending_only(words, k):
    return k < len(words) and (connectives._infinitive(words[k]) or words[k] in connectives.SHORT_INFINITIVES)


_ALARM = ("Quando o alarme toca, a luz da sala acende, avisando-os.",
          "Quando o alarme toca, a luz da sala acende.")
_PRICES = ("Depois do feriado, cai para três reais o preço do quilo do tomate na feira.",
           "O preço do quilo do tomate na feira cai para três reais depois do feriado.")


def _never(*args):
    return None


def _no_clause(*args):
    return False


_FAIR = ("Caso chova muito, a feira do bairro fecha mais cedo.",
         "A feira do bairro fecha mais cedo se chover muito.")


_SEEDLING = ("A muda é então plantada no canteiro, que recebe adubo toda semana.",
             "A muda é plantada em seguida no canteiro. O canteiro recebe adubo toda semana.")


_BIKES = ("Assim como os ônibus, as bicicletas da prefeitura passam por revisão todo mês.",
          "As bicicletas da prefeitura também passam por revisão todo mês.")


_FACTORY = ("A empresa ganhou a licitação da obra viária e contratou duzentos operários na semana passada.",
            "A empresa venceu a disputa para fazer a estrada. Em seguida, contratou duzentos operários na semana passada.")


CASES = [
    ((rd, "_and_before_the_kept_verb"), _never, "RD+", _FACTORY, ("e", "Em seguida"), True),
    ((rd, "_fronted_addition_said_by_tambem"), _never, "RD+", _BIKES, ("Assim como", "também"), True),
    ((rd, "_second_reading_in_its_clause"), _never, "RD+", _SEEDLING, ("então", "em seguida"), True),
    ((rd, "_condition_kept_by_se"), _never, "RD+", _FAIR, ("Caso", "se"), True),
    # (round 65's two-word aside reads this pair too: both off)
    ((om, ("_cut_gerund_clause", "_short_aside")), _no_clause, "OM+", _ALARM, ("avisando-os", ""), True),
    # (round 62's subject put back before its verb reads this pair too: both off)
    ((dl, ("_subject_after_a_complement", "_subjects_put_before_their_verb")), (_never, lambda ctx: []), "DL+", _PRICES,
     ("o preço do quilo do tomate na feira", "O preço do quilo do tomate na feira"), True),
    ((connectives, "_infinitive_at"), _ending_only, "RD+", _BRIDGE, ("para", "O objetivo era"), True),
]

test_round_59_reads_the_pair_right, test_round_59_without_the_rule_the_reading_turns = both_ways(CASES)


def test_an_enclitic_infinitive_is_an_infinitive():
    words = "para torná las mais seguras ao fazê lo para pô lo para impedi lo".split()
    assert [connectives._infinitive_at(words, k) for k in (1, 6, 9, 12)] == [True, True, True, True]


def test_a_word_before_a_foreign_la_needs_the_stressed_vowel():
    """"La Paz" after a noun ending in an unstressed vowel is no clitic: "para a cidade La Paz"."""
    words = "para a cidade la paz".split()
    assert not connectives._infinitive_at(words, 2)


def test_a_gerund_inside_its_sentence_is_no_clause_cut_at_its_end():
    """", avisando os vigias," between commas in the middle of the sentence is not the closing
    gerund clause: the short-cut rule does not speak there (a manner aside folded in)."""
    src = "A luz acende, avisando, e a sirene toca no pátio da escola."
    tgt = "A luz acende e a sirene toca no pátio da escola."
    assert ("avisando", "") not in analyzed_pairs("OM+", src, tgt)


def test_the_complement_must_stay_after_the_verb():
    """When the complement moved too ("… cai o preço …" → "O preço … cai …" with "para três
    reais" gone elsewhere), the verb and the subject did not simply trade places: no subject
    reported by this rule."""
    src = "Depois do feriado, cai para três reais o preço do quilo do tomate na feira."
    tgt = "O preço do quilo do tomate na feira cai depois do feriado. Agora custa três reais."
    assert ("o preço do quilo do tomate na feira", "O preço do quilo do tomate na feira") not in analyzed_pairs("DL+", src, tgt)


def test_a_condition_kept_by_se_is_never_called_implicit():
    """The false statement the rule removes: "Conector «caso» retirado … ficou implícita"."""
    dets = [d for d in _analyze(*_FAIR) if d.code == "RD+"]
    assert dets and not any("implícita" in d.explanation for d in dets)


def test_a_clitic_se_before_another_verb_is_no_condition_kept():
    """"se tornar" shares no verb with the dropped condition: no pair with that clitic."""
    src = "Caso chova muito, a feira do bairro fecha mais cedo."
    tgt = "A feira do bairro pode se tornar menor. Ela fecha mais cedo na chuva."
    assert ("Caso", "se") not in analyzed_pairs("RD+", src, tgt)


def _analyze(src, tgt):
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings
    return analyze(src, tgt, AnalysisSettings(strategies=AUTOMATIC_CODES)).strategies

