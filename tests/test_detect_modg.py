"""MOD+ recall on unseen productions (issue 10, modg round): a light-verb passive whose agent
is reworded in the active ("O anúncio foi feito pelo Pontífice" → "O papa anunciou"; the noun
may carry a stress accent its verb has not), and an agent made subject whose noun phrase
takes up what followed the agent in the source ("pelo grupo do LIP (Laboratório de Física)"
→ "O grupo do Laboratório de Física (LIP) construiu"). Sentences written for the purpose,
plus near misses that must stay silent."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _mod(dets):
    return [d for d in dets if d.code == "MOD+"]


# ---- a light-verb passive with an agent, the agent reworded as the subject of the noun's verb --

def test_mod_light_passive_reworded_agent():
    s, t, dets, _ = run(["O anúncio foi feito pelo Pontífice durante a missa de domingo."],
                        ["O papa anunciou a decisão durante a missa de domingo."])
    d = _mod(dets)
    assert d and spans(t, d[0].target_spans) == ["O papa anunciou"]
    assert spans(s, d[0].source_spans)[0].startswith("anúncio foi feito")


def test_mod_light_passive_reworded_agent_not_a_light_verb_stays_silent():
    # "divulgado" is no light verb: the new subject need not be its agent
    _, _, dets, _ = run(["O anúncio foi divulgado pelo jornal durante a missa de domingo."],
                        ["O padre anunciou a decisão durante a missa de domingo."])
    assert not _mod(dets)


def test_mod_light_passive_without_agent_stays_silent():
    _, _, dets, _ = run(["O anúncio foi feito durante a missa de domingo."],
                        ["O padre anunciou a decisão durante a missa de domingo."])
    assert not _mod(dets)


# ---- the agent made subject, its noun phrase expanded from the source's parenthetical -------

def test_mod_agent_subject_with_expanded_noun_phrase():
    s, t, dets, _ = run(["O aparelho feito pelo grupo do LAF (Laboratório de Física Aplicada) custou pouco."],
                        ["O grupo do Laboratório de Física Aplicada (LAF) construiu um aparelho que custou pouco."])
    d = _mod(dets)
    assert d and spans(t, d[0].target_spans)[0].endswith("construiu")


def test_mod_agent_kept_in_passive_with_expanded_noun_phrase_stays_silent():
    _, _, dets, _ = run(["O aparelho feito pelo grupo do LAF (Laboratório de Física Aplicada) custou pouco."],
                        ["O aparelho foi feito pelo grupo do Laboratório de Física Aplicada (LAF) e custou pouco."])
    assert not _mod(dets)


# ---- a passive with the same agent on both sides, its verb substituted: no voice change -----

def test_mod_passive_kept_with_same_agent_and_other_verb_stays_silent():
    # false alarm before: the source passive was read as the "active" of the target one
    _, _, dets, _ = run(["O motorista foi detido pela polícia na semana passada."],
                        ["Na semana passada, o motorista foi preso pela polícia."])
    assert not _mod(dets)


def test_mod_passive_with_agent_to_active_still_found():
    s, t, dets, _ = run(["A obra foi inaugurada pelo governador ontem."],
                        ["Ontem, o governador abriu a obra."])
    assert _mod(dets)
