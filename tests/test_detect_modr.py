"""MOD+ recall (issue 10, branch modr): coordinated participles sharing an agent
split into added sentences opening with the agent, the second with another verb ("produzida e
estrelada por L." → "L. produziu a peça. L. também atua no papel principal."). Sentences written for the purpose,
plus near misses that must stay silent."""
from __future__ import annotations

from analysis.strategies import detect_all
from analysis.types import AUTOMATIC_CODES, AlignmentGroup
from tests.test_strategies import make_doc, run, spans  # noqa: F401


def _mod(dets):
    return [d for d in dets if d.code == "MOD+"]


# ---- coordinated participles sharing an agent, each rendered in an added sentence -----------

_SRC_ND = ["A peça, escrita e dirigida por Ana Muylaert, estreia hoje no teatro da cidade.",
           "A entrada é gratuita para estudantes."]


def _next_door(*added: str):
    s = make_doc([_SRC_ND], "source")
    t = make_doc([["A peça estreia hoje no teatro da cidade.", *added, "A entrada é de graça para estudantes."]],
                 "target")
    groups = [AlignmentGroup(["s1"], ["t1"], 0.8)]
    groups += [AlignmentGroup([], [f"t{i + 2}"], 0.5, "added") for i in range(len(added))]
    groups += [AlignmentGroup(["s2"], [f"t{len(added) + 2}"], 0.9)]
    dets, _ = detect_all(s, t, groups, None, AUTOMATIC_CODES)
    return s, t, [d for d in _mod(dets) if d.evidence.get("next_door")]


def test_mod_coordinated_participle_agent_subject_of_another_verb_next_door():
    s, t, dets = _next_door("Ana Muylaert escreveu a peça.", "Ana Muylaert também comanda os ensaios.")
    assert len(dets) == 2
    other = next(d for d in dets if d.evidence.get("other_verb"))
    assert spans(s, other.source_spans)[0].startswith("dirigida por Ana")
    assert spans(t, other.target_spans) == ["Ana Muylaert também comanda"]


def test_mod_coordinated_participle_without_its_sibling_rendered_stays_silent():
    # the first participle's verb is not rendered: another verb alone is no evidence
    _, _, dets = _next_door("Ana Muylaert criou a peça.", "Ana Muylaert também comanda os ensaios.")
    assert not dets


def test_mod_coordinated_participle_verb_already_in_the_source_stays_silent():
    # "estreia" is the source's own verb: the agent is just the subject of what the text says
    _, _, dets = _next_door("Ana Muylaert escreveu a peça.", "Ana Muylaert estreia hoje como diretora.")
    assert [d.evidence.get("other_verb") for d in dets] == [False]


# ---- a fronted place made subject of an active verb ------------------------------------------

def test_mod_fronted_place_made_subject_with_another_verb():
    s, t, dets, _ = run(["Na exposição estão retratadas as últimas cinco décadas da cidade."],
                        ["A exposição mostra as últimas cinco décadas da cidade."])
    d = _mod(dets)
    assert d and d[0].evidence.get("place_subject")
    assert spans(s, d[0].source_spans) == ["Na exposição estão retratadas"]
    assert spans(t, d[0].target_spans) == ["A exposição mostra"]


def test_mod_fronted_place_kept_as_place_stays_silent():
    # the place stays an adjunct and the passive becomes a copula: no new subject
    _, _, dets, _ = run(["Na exposição estão retratadas as últimas cinco décadas da cidade."],
                        ["Na exposição, as últimas cinco décadas da cidade são o tema."])
    assert not _mod(dets)


def test_mod_fronted_place_with_agent_stays_silent_here():
    # the passive has an agent: the place opening the target is not the agent's promotion
    _, _, dets, _ = run(["Na exposição foram retratadas as últimas décadas por fotógrafos locais."],
                        ["A exposição mostra as últimas décadas em fotos."])
    assert not [d for d in _mod(dets) if d.evidence.get("place_subject")]
