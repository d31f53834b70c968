"""MOD+ recall, round 7 (issue 10): passives met in the longer PorSimples dev productions
(personal infinitive, gapped auxiliary, participles sharing an agent, the active left by the
aligner in an added sentence, a proclitic "se"), and MT+ intertitles ending in a full stop.
Sentences written for the purpose, plus near misses that must stay silent."""
from __future__ import annotations

from analysis.strategies import detect_all
from analysis.types import AUTOMATIC_CODES, AlignmentGroup
from tests.test_strategies import groups_of, make_doc, run, spans


def _mod(dets):
    return [d for d in dets if d.code == "MOD+"]


def _split(src, tgt):
    return run(src, tgt, groups=groups_of(([f"s{i + 1}" for i in range(len(src))],
                                           [f"t{i + 1}" for i in range(len(tgt))])))


# ---- the personal infinitive "serem" is an auxiliary of the passive -------------------------

def test_mod_personal_infinitive_passive_to_active_infinitive():
    s, t, dets, _ = run(["Restam muitas questões a serem resolvidas pela diretoria."],
                        ["Restam muitas questões para a diretoria resolver."])
    d = _mod(dets)[0]
    assert spans(s, d.source_spans)[0].startswith("serem resolvidas") and spans(t, d.target_spans) == ["resolver"]


def test_mod_personal_infinitive_kept_passive_stays_silent():
    _, _, dets, _ = run(["Restam muitas questões a serem resolvidas."],
                        ["Ainda há muitas questões a serem resolvidas."])
    assert not _mod(dets)


# ---- a passive whose auxiliary is gapped in a coordination ----------------------------------

def test_mod_gapped_passive_to_indefinite_subject():
    s, t, dets, _ = _split(["Os passageiros foram resgatados e o barco, bastante danificado, arrastado até o porto."],
                           ["Resgataram os passageiros.", "Puxaram o barco até o porto.",
                            "O barco estava bastante danificado."])
    d = next(d for d in _mod(dets) if spans(s, d.source_spans) == ["arrastado"])
    assert spans(t, d.target_spans) == ["Puxaram"]
    # the first passive's own active is not taken for the gapped one
    assert not any(spans(s, x.source_spans) == ["arrastado"] and spans(t, x.target_spans) == ["Resgataram"]
                   for x in _mod(dets))


def test_mod_participle_qualifying_a_coordinated_subject_stays_silent():
    # "e o barco danificado chegou": the participle qualifies the noun, its clause has a verb
    s, _, dets, _ = _split(["Os passageiros foram resgatados e o barco danificado chegou ao porto."],
                           ["Resgataram os passageiros.", "Puxaram o barco danificado até o porto."])
    assert not any("danificado" in " ".join(spans(s, d.source_spans)) for d in _mod(dets))


def test_mod_gapped_participle_must_agree_with_its_article():
    # "a lancha ... arrastado": no agreement, so no gapped passive of "a lancha"
    s, _, dets, _ = _split(["Os passageiros foram resgatados e a lancha, de madrugada, arrastado o casco até o porto."],
                           ["Resgataram os passageiros.", "Puxaram a lancha até o porto de madrugada."])
    assert not any(spans(s, d.source_spans) == ["arrastado"] for d in _mod(dets))


def test_mod_gapped_passive_with_the_same_subject():
    s, t, dets, _ = run(["O suspeito foi preso na praça e levado à delegacia."],
                        ["Prenderam o suspeito na praça e o levaram à delegacia."])
    assert any(spans(s, d.source_spans) == ["levado"] and spans(t, d.target_spans) == ["levaram"] for d in _mod(dets))


def test_mod_gapped_participle_must_agree_with_the_first_one():
    # "presos … levado": no agreement, so "levado" is no gapped passive of the same subject
    s, _, dets, _ = run(["Os suspeitos foram presos na praça e levado o material à delegacia."],
                        ["Prenderam os suspeitos na praça. A polícia levou o material à delegacia."])
    assert not any(spans(s, d.source_spans) == ["levado"] for d in _mod(dets))


# ---- participles coordinated before one agent share it --------------------------------------

def test_mod_coordinated_participles_share_the_agent():
    s, t, dets, _ = _split(["O filme, dirigido e roteirizado por Ana Muylaert, estreia hoje."],
                           ["O filme estreia hoje.", "Ana Muylaert dirigiu o filme.",
                            "Ana Muylaert também escreveu o roteiro."])
    mods = _mod(dets)
    assert any(spans(s, d.source_spans) == ["dirigido"] and spans(t, d.target_spans) == ["dirigiu"] for d in mods)
    # the second participle's agent is not read as the subject of the first one's active
    assert not any("roteirizado" in " ".join(spans(s, d.source_spans)) and "dirigiu" in " ".join(spans(t, d.target_spans))
                   for d in mods)


# ---- the active left by the aligner in an added sentence nearby -----------------------------

_SRC_ND = ["O filme, dirigido e roteirizado por Ana Muylaert, estreia hoje no cinema da cidade.",
           "A entrada é gratuita para estudantes."]


def _next_door(added: str):
    s = make_doc([_SRC_ND], "source")
    t = make_doc([["O filme estreia hoje no cinema da cidade.", added, "A entrada é de graça para estudantes."]],
                 "target")
    groups = [AlignmentGroup(["s1"], ["t1"], 0.8), AlignmentGroup([], ["t2"], 0.5, "added"),
              AlignmentGroup(["s2"], ["t3"], 0.9)]
    dets, _ = detect_all(s, t, groups, None, AUTOMATIC_CODES)
    return s, t, dets


def test_mod_agent_made_subject_in_an_unpaired_sentence_nearby():
    s, t, dets = _next_door("Ana Muylaert dirigiu o filme.")
    d = next(d for d in _mod(dets) if d.evidence.get("next_door"))
    assert spans(s, d.source_spans) == ["dirigido", "por Ana Muylaert"]
    assert spans(t, d.target_spans) == ["Ana Muylaert dirigiu"]


def test_mod_unpaired_sentence_with_the_agent_and_another_verb_stays_silent():
    _, _, dets = _next_door("Ana Muylaert nasceu em São Paulo.")
    assert not [d for d in _mod(dets) if d.evidence.get("next_door")]


# ---- a proclitic "se": the analytic passive became a pronominal one -------------------------

def test_mod_passive_to_proclitic_se_is_pronominal():
    s, t, dets, _ = run(["O emagrecimento é conseguido com exercícios físicos."],
                        ["Hoje se consegue o emagrecimento com exercícios físicos."])
    d = _mod(dets)[0]
    assert spans(t, d.target_spans) == ["se consegue"]
    assert d.evidence["direction"] == "passiva analítica → pronominal"


def test_mod_conjunction_se_at_the_start_is_not_the_clitic():
    s, t, dets, _ = run(["O emprego é conseguido com esforço."],
                        ["Se consegue o emprego com esforço, a pessoa fica feliz."])
    assert not any(spans(t, d.target_spans) == ["Se consegue"] for d in _mod(dets))


# ---- MT+: an intertitle that ends in a full stop --------------------------------------------

def _doc3(middle: str, side: str):
    return make_doc([["A seca atinge o Nordeste há dois anos."], [middle], ["O governo prometeu ajuda às famílias."]],
                    side)


def test_mt_intertitle_with_full_stop_changed():
    s, t = _doc3("Sertão em alerta.", "source"), _doc3("Sertão em perigo.", "target")
    dets, _ = detect_all(s, t, [AlignmentGroup([f"s{i}"], [f"t{i}"], 0.9) for i in (1, 2, 3)], None,
                         AUTOMATIC_CODES)
    d = [d for d in dets if d.code == "MT+"]
    assert len(d) == 1 and spans(s, d[0].source_spans) == ["Sertão em alerta."]


def test_mt_short_sentence_paragraph_with_a_verb_is_no_heading():
    s, t = _doc3("A chuva não veio.", "source"), _doc3("A chuva faltou.", "target")
    dets, _ = detect_all(s, t, [AlignmentGroup([f"s{i}"], [f"t{i}"], 0.9) for i in (1, 2, 3)], None,
                         AUTOMATIC_CODES)
    assert not [d for d in dets if d.code == "MT+"]


def test_mt_headline_with_a_present_verb_is_no_intertitle():
    s, t = _doc3("Governo promete ajuda rápida.", "source"), _doc3("Governo promete ajudar logo.", "target")
    dets, _ = detect_all(s, t, [AlignmentGroup([f"s{i}"], [f"t{i}"], 0.9) for i in (1, 2, 3)], None,
                         AUTOMATIC_CODES)
    assert not [d for d in dets if d.code == "MT+"]


def test_mt_last_paragraph_is_no_intertitle():
    s = make_doc([["A seca atinge o Nordeste há dois anos."], ["Sertão em alerta."]], "source")
    t = make_doc([["A seca atinge o Nordeste há dois anos."], ["Sertão em perigo."]], "target")
    dets, _ = detect_all(s, t, [AlignmentGroup([f"s{i}"], [f"t{i}"], 0.9) for i in (1, 2)], None, AUTOMATIC_CODES)
    assert not [d for d in dets if d.code == "MT+"]
