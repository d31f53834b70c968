"""DL+ recall round dlr7: a subject that followed its verb put back before it, and the dash typed
as hyphens (" -- ") as a mark that sets a phrase off. Every sentence is written for the purpose
(no corpus text)."""
from __future__ import annotations

from analysis.strategies import build_contexts, dl
from analysis.types import AlignmentGroup
from tests.test_strategies import make_doc, one_to_one, run, spans


def _dl(src: list[str], tgt: list[str], groups=None) -> list[tuple[list[str], list[str]]]:
    s, t, dets, _ = run(src, tgt, groups, None, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _split() -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]


# ---- a subject put back before its verb ------------------------------------------------------

def test_dl_for_a_postponed_subject_put_back_before_its_verb():
    # the verb opened the sentence, its subject after it; the target restores subject-verb order
    assert _dl(["Votaram professores e alunos de seis escolas."],
               ["Professores e alunos de seis escolas votaram."]) == [
        (["professores e alunos de seis escolas"], ["Professores e alunos de seis escolas"])]


def test_dl_for_a_subject_put_back_before_a_verb_and_its_predicative_in_a_split():
    # "foram raros" (the copula and a one-word predicative) is the frame the subject crossed
    assert _dl(["Apesar da chuva forte durante a noite, foram raros os danos nas casas da vila."],
               ["Choveu forte durante a noite.", "Mas os danos nas casas da vila foram raros."],
               _split()) == [(["os danos nas casas da vila"], ["os danos nas casas da vila"])]


def test_no_dl_for_the_subject_of_a_pronominal_verb_put_first():
    # "abriram-se as inscrições" → "as inscrições se abriram": the guide's pronominal form, MOD+
    assert not any("inscrições" in " ".join(src) for src, _ in _dl(
        ["Abriram-se as inscrições do concurso estadual."],
        ["As inscrições do concurso estadual se abriram."]))


def test_dl_for_the_subject_too_when_the_opening_phrase_went_after_the_verb_in_a_split():
    # the phrase that caused the inversion crossed the verb the other way: the inversion undone
    # is two displacements, the phrase and the subject (round 57, as dev_g 45 g9 codes
    # "Dos veículos, saem homens de luvas e máscaras" → "Homens de luvas e máscaras saem dos veículos")
    found = _dl(["Do ônibus, descem turistas de vários países, com câmeras nas mãos."],
                ["Turistas de vários países descem do ônibus.", "Eles levam câmeras nas mãos."], _split())
    assert (["turistas de vários países"], ["Turistas de vários países"]) in found


def test_no_subject_rule_for_a_verb_with_a_complement():
    # "chegou ao fim da semana" is a verb with its complement, no one-word predicative: the
    # subject rule stays silent (whatever the 1:1 rules make of the swap)
    s, t = make_doc([["Chegou ao fim da semana a greve dos motoristas."]], "source"), \
        make_doc([["A greve dos motoristas chegou ao fim da semana."]], "target")
    ctx = build_contexts(s, t, one_to_one(1), None, None).pairs[0]
    assert dl._subject_back(ctx) == []


# ---- the dash typed as hyphens ---------------------------------------------------------------

def test_hyphens_with_a_space_before_are_a_dash_and_a_word_hyphen_is_not():
    assert dl._marked(" -- ")
    assert dl._marked(" - ")
    assert not dl._marked("-")
    assert not dl._marked(" ")


def test_dl_for_a_fronted_phrase_closed_by_a_hyphen_dash_in_a_split():
    # "Na região serrana" opened the sentence before its verb (inverted subject); in the target
    # it stands after the verb and before the " -- " that closes the quoted statement; the
    # subject it had pushed after the verb is back before it (two DL+ since round 57)
    assert _dl(["Na região serrana ficam as maiores vinícolas do estado -- explica o técnico Rui Lopes, "
                "diretor da cooperativa."],
               ["As maiores vinícolas do estado ficam na região serrana -- explica o técnico Rui Lopes.",
                "Rui Lopes é diretor da cooperativa."], _split()) == [
        (["Na região serrana"], ["na região serrana"]),
        (["as maiores vinícolas do estado"], ["As maiores vinícolas do estado"])]


def test_no_dl_for_a_fronted_phrase_kept_before_its_verb_with_a_hyphen_dash():
    assert _dl(["Na região serrana ficam as maiores vinícolas do estado -- explica o técnico Rui Lopes, "
                "diretor da cooperativa."],
               ["Na região serrana ficam as maiores vinícolas do estado -- explica o técnico Rui Lopes.",
                "Rui Lopes é diretor da cooperativa."], _split()) == []
