"""SL+ round slh10: a noun or an adjective spelled like an infinitive ("pulmonar", "menor",
"invasor": ``voice.nominal_homograph``) is read as what it is, so an adjective after its noun
is no partner of a verb at the paraphrase level ("a forma pulmonar" … "podem respirar"), and
a comparative adjective can take an adjective's place ("mais enxuta" → "menor"). Every pair
is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.lexicon.voice import nominal_homograph
from tests.test_strategies import sl_pairs


def test_nouns_and_adjectives_with_an_infinitive_ending_are_told_from_verbs():
    assert all(nominal_homograph(w) for w in ("pulmonar", "menor", "invasor", "lugar", "celular"))
    assert not any(nominal_homograph(w) for w in ("respirar", "compor", "ajuizar", "exercer", "sair"))


def test_an_adjective_after_its_noun_is_no_partner_of_a_verb(e5):
    found = sl_pairs("A transmissão ocorre mediante a inalação de aerossóis expelidos por indivíduos com a forma "
                     "pulmonar ativa da doença ao tossir.",
                     "Quando uma pessoa doente tosse, solta no ar gotinhas com a bactéria, e outras pessoas podem "
                     "respirar essas gotinhas.", e5)
    assert not any(s == "pulmonar" for s, _ in found), found


def test_a_comparative_adjective_takes_an_adjective_s_place():
    # before the rule "menor" read as an infinitive ("-or") and was kept out of the pair
    found = sl_pairs("A nova diretoria quer uma gestão moderna, com folha de pagamento mais enxuta, para superar "
                     "a crise em que a empresa entrou.",
                     "A nova diretoria quer uma gestão moderna, com folha de pagamento menor. O objetivo é superar "
                     "a crise em que a empresa entrou.")
    assert ("enxuta", "menor") in found, found
