"""SL+ precision round on unseen productions (branch slp4, dump blocks 301-500): a noun after a
third-person possessive ("seu benfeitor") replaced by the noun the text had already used for the
same referent names the referent, it is no plainer word; a possessive noun replaced by a noun the
text had not said keeps firing. A noun replaced by a clause under a conjunction ending in "que"
("depois que fecharam") stays silent; a relative "que" after its noun keeps firing.
Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_strategies import groups_of, run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_role_noun_replaced_by_the_name_the_text_gave_the_referent_is_silent(e5):
    # "seu benfeitor" is the dog, named "o cão" in the sentence before: the referent is named
    s, t, dets, _ = run(["O cão encontrou um gato perdido na estrada.",
                         "Desde então, o gato acompanha seu benfeitor por toda parte."],
                        ["O cão encontrou um gato perdido na estrada.",
                         "Desde então, o gato acompanha o cão por toda parte."], encoder=e5)
    assert (["benfeitor"], ["cão"]) not in _sl(s, t, dets), _sl(s, t, dets)


def test_possessive_noun_replaced_by_a_noun_not_said_before_keeps_firing(e5):
    # near miss: "casa" is not a name the text had given the referent; a plainer word
    s, t, dets, _ = run(["O comerciante trabalhou muitos anos na cidade.",
                         "No fim, ele vendeu sua residência e partiu."],
                        ["O comerciante trabalhou muitos anos na cidade.",
                         "No fim, ele vendeu a casa e partiu."], encoder=e5)
    assert (["residência"], ["casa"]) in _sl(s, t, dets), _sl(s, t, dets)


def test_noun_turned_into_a_clause_under_a_conjunction_is_silent(e5):
    # "com o fechamento do acesso" → "depois que fecharam o acesso": a nominalisation made a
    # clause (RF+), "que" closes the conjunction "depois que"
    s, t, dets, _ = run(
        ["O movimento se intensificou recentemente com o fechamento do acesso de três viadutos ao "
         "longo da Avenida Central, tradicionalmente usados por ciclistas."],
        ["O movimento aumentou nos últimos tempos.",
         "O movimento aumentou depois que fecharam o acesso de três viadutos ao longo da Avenida Central.",
         "Os ciclistas usavam os viadutos por tradição."],
        groups_of((["s1"], ["t1", "t2", "t3"])), encoder=e5)
    assert not [p for p in _sl(s, t, dets) if p[0] == ["fechamento"]], _sl(s, t, dets)


def test_word_replaced_by_a_relative_clause_after_its_noun_keeps_firing(e5):
    # near miss: "que" is a relative pronoun after "vigia", no conjunction
    s, t, dets, _ = run(["A escola pede ao governo um vigia residente para a noite."],
                        ["A escola pede ao governo um vigia que more na escola para a noite."], encoder=e5)
    assert (["residente"], ["que more"]) in _sl(s, t, dets), _sl(s, t, dets)
