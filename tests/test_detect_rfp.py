"""RF+ precision on unannotated real text (issue 10, precision round; branch rfp). Every RF+
detection on the 60 unannotated PorSimples productions was judged by hand against the
annotation guide; the false-alarm classes it found are silenced here, each with a sentence pair
written for the purpose and a near miss that must keep firing beside it."""
from __future__ import annotations

import pytest

from analysis.strategies.rf import _is_verb_lemma
from tests.test_detect_rf_recall7 import _kinds, _rf, _split
from tests.test_strategies import run

# ---- a passive whose agent became the active subject: MOD+ with words swapped, no RF+ ----------

@pytest.mark.parametrize("src,tgt", [
    ("O sabor especial do prato é conferido por ervas.", "Ervas dão o gosto especial a essa comida."),
    ("A segurança do prédio antigo é garantida por câmeras.", "Câmeras cuidam da segurança desse edifício velho."),
])
def test_no_rf_for_a_passive_turned_active_with_its_verb_swapped(src, tgt, e5):
    _, _, dets, _ = run([src], [tgt], encoder=e5)
    assert _rf(dets) == []   # the voice change is MOD+'s to report


def test_a_nominalisation_under_a_support_verb_passive_is_the_voice_change(e5):
    # round 54: the noun folded into the active verb is what the passive turned active did; the
    # development gold codes it MOD+ only (dev_d 47 g4, "O anúncio foi feito pelo Pontífice" →
    # "O papa anunciou"), where this test had read a nominalisation undone (RF+)
    _, _, dets, _ = run(["O resfriamento da peça é feito por jatos de água em vez de ar."],
                        ["Jatos de água e não ar resfriam a peça."], encoder=e5)
    assert _rf(dets) == []
    assert [d.code for d in dets if d.code == "MOD+"] == ["MOD+"]


def test_nouns_in_or_are_no_verb_lemmas():
    assert not _is_verb_lemma("flor") and not _is_verb_lemma("valor") and not _is_verb_lemma("professor")
    assert _is_verb_lemma("expor") and _is_verb_lemma("pôr") and _is_verb_lemma("andar")


def test_rf_for_a_nominalisation_told_with_a_bare_plural_subject_in_or(e5):
    # "Os velhos eleitores" no longer read as a verb: the clause's verb is "se preocupam"
    _, _, dets, _ = run(["São velhos eleitores do partido que, apesar da preocupação com a economia, vão votar no governo."],
                        ["Os velhos eleitores se preocupam com a economia.",
                         "Mas vão votar no governo."], _split(), encoder=e5)
    assert "verbalised" in _kinds(dets)


# ---- a cleft whose "É … que" was only dropped, the focus still first -----------------------------

def test_no_rf_for_a_cleft_frame_dropped_in_place(e5):
    _, _, dets, _ = run(["É a ameaça autoritária do pacote que preocupa."],
                        ["A ameaça autoritária do pacote preocupa."], encoder=e5)
    assert _rf(dets) == []


def test_a_cleft_whose_focus_moved_after_the_verb_is_a_phrase_moved(e5):
    # round 54: the development gold codes the focus moved DL+ and leaves the cleft uncoded; it
    # codes the subject put back before "saem" too (dev_h 30 g4; found since round 62)
    _, _, dets, _ = run(["É das mãos de apenas oito artesãs que saem os famosos bordados da vila."],
                        ["Os famosos bordados da vila saem das mãos de apenas oito artesãs."], encoder=e5)
    assert _rf(dets) == []
    assert sorted(d.evidence["text"] for d in dets if d.code == "DL+") == \
        ["das mãos de apenas oito artesãs", "os famosos bordados da vila"]


# ---- a subject put after its verb: its role cannot be read ---------------------------------------

def test_no_rf_when_the_subject_after_the_verb_stays_the_subject(e5):
    # "já eram 30 alunos" has "30 alunos" for subject: it did not "become" the subject
    _, _, dets, _ = run(["Até a noite de domingo, já eram 30 alunos com sintomas de gripe na escola."],
                        ["Até a noite de domingo, 30 alunos tinham sintomas de gripe na escola."], encoder=e5)
    assert _rf(dets) == []


def test_rf_for_a_complement_become_the_subject_says_so(e5):
    _, _, dets, _ = run(["Quando o inverno chega, diminui a disposição dos moradores para sair de casa."],
                        ["Nos meses em que o inverno chega, os moradores têm menos disposição para sair de casa."],
                        encoder=e5)
    rf = _rf(dets)
    assert [d.evidence.get("kind") for d in rf] == ["reframed"]
    assert "moradores" in rf[0].explanation and "complemento de «disposição»" in rf[0].explanation
    assert "passou a fazer parte do sujeito" not in rf[0].explanation


# ---- a stative passive told in the active with the same verb: MOD+, not a rebuilt clause -------

def test_no_rf_for_a_stative_passive_told_in_the_active(e5):
    _, _, dets, _ = run(["O prefeito esteve envolvido no escândalo das merendas."],
                        ["O escândalo das merendas envolveu o prefeito."], encoder=e5)
    assert _rf(dets) == []


def test_still_rf_for_a_clause_rebuilt_around_another_verb(e5):
    _, _, dets, _ = run(["Com a praça, a cidade terá para sempre um lugar onde descansar."],
                        ["A praça será para sempre um lugar onde descansar."], encoder=e5)
    assert _kinds(dets) == ["reframed"]


# ---- the subject, the clitic and the verb's preposition kept, the verb swapped: SL+ ------------

def test_no_rf_for_a_verb_swapped_between_kept_words(e5):
    _, _, dets, _ = run(["Os pacientes se contagiam por inalação ou ingestão das partículas presentes nas secreções dos animais cujo organismo foi atacado."],
                        ["Os pacientes se contaminam por respirar ou comer as partículas que estão nas substâncias que os animais doentes soltam."],
                        encoder=e5)
    assert _rf(dets) == []


def test_still_rf_when_the_verb_becomes_a_copula_frame(e5):
    # "se dedicam a expor" → "são a exposição": the frame rebuilt around "ser" (dev gold 51 g8)
    _, _, dets, _ = run(["Os principais estandes da feira se dedicam a expor o artesanato da região."],
                        ["Os principais estandes da feira são a exposição do artesanato da região."], encoder=e5)
    assert _rf(dets)
