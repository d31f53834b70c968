"""SL+ round slr11: pairs a reader can check, found on fresh texts judged blind.

* An adverbial locution of one side ("no mínimo") whose place on the other side holds an
  adverbial locution of its own ("pelo menos") has that locution as its counterpart, not a
  word of the rewording around it ("mínimo" → "paga" is not true of the texts).
* A support verb ("ter", "fazer", "dar") before a bare noun says nothing alone: "hesitam em
  denunciar" → "têm medo de denunciar" gives no «hesitam» → «têm». Its near-miss: a full verb
  before its own object kept beside it ("possuem filhos" → "têm filhos") is still a pair.
* Two words in order in a slot whose heads are apart (one follows a word of the slot, the
  other a kept word outside it: "avanços legislativos" → "criou leis importantes") fill
  different places: no «legislativos» → «importantes». Near-miss: a noun and its adjective
  replaced together ("inquilinos inadimplentes" → "moradores atrasados") still pair.
* A word whose copula another pair of the slot already holds ("permanece" → "continuam") is
  not extended with that copula ("permanece baixo" → "ouvindo"): one source word, one pair.
* A full verb and its object against the bare noun of a support verb ("temem prejuízos" →
  "têm medo de perder") is the verb replaced by the two: «temem» → «têm medo».
* A verb before a noun of action ("provocou profundas transformações" → "mudou muito") only
  brings the event about: the other side's verb renders the two, not «provocou» alone.
* Two periphrases of obligation ("é obrigado a" / "tem que") answer each other: their words
  leave the slot and the subjects pair («locatário» → «inquilino»).
* A description ends before an adverbial locution that renders another word ("a taxa mensal"
  → "a taxa do mês em dia": «mensal» → «do mês», "em dia" is "pontualmente").
The texts are written for the purpose; the support-verb one is a development probe
(bench/data/probes.jsonl, round 36), no corpus text."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs


def test_a_locution_against_a_place_with_its_own_locution_pairs_with_no_other_word():
    pairs = analyzed_pairs(
        "SL+",
        "A gratificação será, no mínimo, vinte por cento superior ao salário base.",
        "A gratificação deve ser paga com pelo menos vinte por cento a mais que o salário base.")
    assert not [p for p in pairs if p[0] in ("mínimo", "no mínimo")], pairs


def test_a_support_verb_before_a_bare_noun_is_not_a_full_verb_s_partner():
    pairs = analyzed_pairs(
        "SL+",
        "A violência contra a mulher constitui uma grave violação dos direitos humanos e persiste em todas "
        "as classes sociais. Apesar dos avanços legislativos, como a Lei Maria da Penha, muitas vítimas "
        "ainda hesitam em denunciar seus agressores, seja por medo de represálias, seja por dependência "
        "financeira.",
        "A violência contra a mulher é um desrespeito grave aos direitos humanos. Ela existe em todas as "
        "classes sociais. O Brasil criou leis importantes, como a Lei Maria da Penha. Mas muitas vítimas "
        "ainda têm medo de denunciar quem as agride. Algumas têm medo de vingança. Outras dependem do "
        "dinheiro do agressor.")
    assert ("hesitam", "têm") not in pairs, pairs
    assert ("persiste", "existe") in pairs, pairs


def test_a_full_verb_with_its_own_object_kept_still_pairs_with_ter():
    pairs = analyzed_pairs(
        "SL+",
        "Os funcionários que possuem filhos pequenos podem sair mais cedo.",
        "Os funcionários que têm filhos pequenos podem sair mais cedo.")
    assert ("possuem", "têm") in pairs, pairs


def test_words_whose_heads_are_apart_are_no_pair():
    pairs = analyzed_pairs(
        "SL+",
        "Apesar dos avanços legislativos, como a Lei do Assédio, muitos empregados ainda hesitam em "
        "denunciar seus chefes, seja por medo de represálias, seja por dependência financeira.",
        "O Brasil criou leis importantes, como a Lei do Assédio. Mas muitos empregados ainda têm medo de "
        "denunciar quem os persegue. Alguns têm medo de vingança. Outros dependem do salário.")
    assert ("legislativos", "importantes") not in pairs, pairs


def test_a_noun_and_its_adjective_replaced_together_still_pair():
    pairs = analyzed_pairs(
        "SL+",
        "Os inquilinos inadimplentes serão notificados pela administração.",
        "Os moradores atrasados vão ser avisados pela administração.")
    assert ("inadimplentes", "atrasados") in pairs, pairs


def test_a_copula_paired_with_a_verb_is_not_also_the_opener_of_its_predicative():
    pairs = analyzed_pairs(
        "SL+",
        "Não obstante o crescimento do mercado fonográfico, o índice de escuta entre os jovens permanece baixo.",
        "O mercado de música cresceu, mas os jovens continuam ouvindo pouco.")
    assert ("permanece", "continuam") in pairs, pairs
    assert not [p for p in pairs if p[0] == "permanece baixo"], pairs


def test_a_verb_and_its_object_against_a_support_verb_s_noun_is_the_verb_for_the_two():
    pairs = analyzed_pairs(
        "SL+",
        "A estiagem que atinge o Nordeste já compromete a colheita de milho. Os comerciantes, que aguardavam "
        "vendas recordes, agora temem prejuízos de até 30% no Natal.",
        "A seca no Nordeste já está prejudicando a colheita de milho. Os comerciantes esperavam vendas "
        "recordes. Agora, eles têm medo de perder até 30% no Natal.")
    assert ("temem", "têm medo") in pairs, pairs
    assert ("temem prejuízos", "medo") not in pairs, pairs


def test_a_verb_before_a_noun_of_action_is_not_alone_the_partner_of_a_verb():
    pairs = analyzed_pairs(
        "SL+",
        "Em 1872, a ferrovia chegou ao interior paulista. A chegada dos trilhos provocou profundas "
        "transformações na região, que passou a abrigar indústrias como tecelagens e serrarias.",
        "Em 1872, a ferrovia chegou ao interior paulista. A chegada dos trilhos mudou muito a região. A "
        "região ganhou indústrias como tecelagens e serrarias.")
    assert ("provocou", "mudou") not in pairs, pairs


def test_two_periphrases_of_obligation_answer_each_other_and_leave_the_subjects_to_pair():
    pairs = analyzed_pairs(
        "SL+",
        "O locatário é obrigado a pagar pontualmente o aluguel.",
        "O inquilino tem que pagar o aluguel em dia.")
    assert ("locatário", "inquilino") in pairs, pairs


def test_a_description_does_not_take_in_a_locution_that_renders_another_word():
    pairs = analyzed_pairs(
        "SL+",
        "O condômino é obrigado a pagar pontualmente a taxa mensal, a conservar as áreas comuns e a "
        "comunicar ao síndico qualquer dano nas instalações.",
        "O morador tem que:\n- pagar a taxa do mês em dia;\n- cuidar das áreas comuns;\n- avisar o síndico "
        "sobre qualquer estrago.")
    assert ("mensal", "do mês") in pairs, pairs
    assert ("condômino", "morador") in pairs, pairs
