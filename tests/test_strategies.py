"""Strategy detectors on hand-built Documents and alignment groups (independent of the
segmenter and aligner), with the real embedded e5 model for meaning similarity."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from analysis.strategies import REGISTRY, detect_all
from analysis.types import (
    AUTOMATIC_CODES,
    AlignmentGroup,
    Document,
    Paragraph,
    Sentence,
)


def make_doc(paragraphs: list[list[str]], side: str, headings: tuple[int, ...] = ()) -> Document:
    """A Document from paragraphs of sentences, with exact offsets (paragraphs joined by a
    blank line, sentences by a space). ``headings``: indices of heading paragraphs."""
    prefix = "s" if side == "source" else "t"
    text, paras, sents = "", [], []
    for pi, para in enumerate(paragraphs):
        if text:
            text += "\n\n"
        p_start = len(text)
        ids = []
        for k, s in enumerate(para):
            if k:
                text += " "
            start = len(text)
            text += s
            sid = f"{prefix}{len(sents) + 1}"
            sents.append(Sentence(sid, start, len(text), f"p{pi + 1}", s, is_heading=pi in headings))
            ids.append(sid)
        paras.append(Paragraph(f"p{pi + 1}", p_start, len(text), pi in headings, ids))
    return Document(text, paras, sents)


def one_to_one(n: int) -> list[AlignmentGroup]:
    return [AlignmentGroup([f"s{i + 1}"], [f"t{i + 1}"], 0.9) for i in range(n)]


def groups_of(*pairs):
    """Alignment groups from (source ids, target ids) pairs, each with its kind (1:1, split, merge)."""
    return [AlignmentGroup(list(s), list(t), 0.8, AlignmentGroup.kind_for(len(s), len(t))) for s, t in pairs]


def run(src: list[str], tgt: list[str], groups=None, encoder=None, enabled=AUTOMATIC_CODES):
    s, t = make_doc([src], "source"), make_doc([tgt], "target")
    dets, failed = detect_all(s, t, groups or one_to_one(len(src)), encoder, enabled)
    return s, t, dets, failed


def codes(dets) -> set[str]:
    return {d.code for d in dets}


def only(dets, code):
    found = [d for d in dets if d.code == code]
    assert found, f"no {code} in {[(d.code, d.explanation) for d in dets]}"
    return found


def spans(doc: Document, spans_) -> list[str]:
    return [doc.text[a:b] for a, b in spans_]


def code_pairs(code: str, src: str | list[str], tgt: str | list[str], encoder=None) -> list[tuple[str, str]]:
    """(source text, target text) of every ``code`` detection of a one-to-one run (a sentence,
    or a list of sentences a side)."""
    s, t, dets, _ = run([src] if isinstance(src, str) else src, [tgt] if isinstance(tgt, str) else tgt,
                        encoder=encoder)
    return [(" ".join(spans(s, d.source_spans)), " ".join(spans(t, d.target_spans)))
            for d in dets if d.code == code]


def sl_pairs(src: str | list[str], tgt: str | list[str], encoder=None) -> list[tuple[str, str]]:
    """``code_pairs`` for SL+."""
    return code_pairs("SL+", src, tgt, encoder)


def analyzed_pairs(code: str, source: str, target: str) -> list[tuple[str, str]]:
    """(first source span, first target span) of every ``code`` detection of the whole engine
    run on two raw texts, as the app runs it (its own segmentation, alignment and model); a
    side without spans (an IN+ has no source, an OM+ no target) reads as ""."""
    from analysis.pipeline import analyze
    from analysis.types import AnalysisSettings

    result = analyze(source, target, AnalysisSettings(strategies=AUTOMATIC_CODES))
    return [(source[slice(*d.source_spans[0])] if d.source_spans else "",
             target[slice(*d.target_spans[0])] if d.target_spans else "")
            for d in result.strategies if d.code == code]


# ---- nothing to report --------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt", [
    ("O navio atracou no porto ao amanhecer.", "O navio atracou no porto ao amanhecer."),
    ("O navio atracou no porto, ao amanhecer.", "o navio atracou no porto ao amanhecer!"),
    ("OS BOMBEIROS CHEGARAM.", "Os bombeiros chegaram"),
])
def test_identical_and_punctuation_or_case_only_pairs_give_nothing(src, tgt, e5):
    _, _, dets, failed = run([src], [tgt], encoder=e5)
    assert dets == [] and failed == []


# ---- SL+ ------------------------------------------------------------------------------------

def _word(text: str):
    from analysis.diff import Token, lemma_of
    return Token(text, 0, len(text), text.lower(), lemma_of(text.lower()), "word")


def test_sl_plural_is_not_a_derivation_but_a_dropped_suffix_is():
    """A singular replacing its plural is the same word (never SL+); a derived word replaced by
    its shorter base is a candidate substitution."""
    from analysis.strategies.sl import derivation
    assert _word("melhores").lemma != _word("melhor").lemma   # the lemmatiser reads a verb
    assert not derivation(_word("melhores"), _word("melhor"))
    assert derivation(_word("hospitalar"), _word("hospital"))


def test_sl_no_expression_pairing_with_what_a_variant_left_over():
    """Once a respelled word pairs with its variant, the rest of the slot is not one place of
    the frame: a lone word is not paired with a leftover expression."""
    _, _, dets, _ = run(["O laboratório fez o seqüenciamento [mapeamento] do genoma do vírus."],
                        ["O laboratório fez a seqüência da organização completa do genoma do vírus."])
    assert not any("mapeamento" in d.explanation for d in dets if d.code == "SL+")


def test_sl_kept_when_a_negation_goes_elsewhere_in_the_group():
    """A negation dropped with an omitted clause far from the pair does not make the pair an
    antonym swap (MOD+): it is still SL+."""
    s, t, dets, _ = run(["A vizinha ficou enfurecida com o barulho da obra, que não parou nem no "
                         "domingo à noite."],
                        ["A vizinha ficou brava com o barulho da obra."])
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["enfurecida"] and spans(t, d.target_spans) == ["brava"]


def test_sl_not_for_a_noun_turned_into_a_short_infinitive():
    """A nominalisation undone ("leitura" → "ler") changes the word class, not the word: the
    short infinitive counts as a verb form like the long ones."""
    _, _, dets, _ = run(["O grupo discutiu a importância da leitura diária nas escolas públicas."],
                        ["O grupo discutiu a importância de ler todo dia nas escolas públicas."])
    assert not any(d.code == "SL+" and "«ler»" in d.explanation for d in dets)


def test_sl_rare_word_replaced_by_frequent_one():
    s, t, dets, _ = run(["A vizinha ficou enfurecida com o barulho."], ["A vizinha ficou brava com o barulho."])
    d = only(dets, "SL+")[0]
    assert spans(s, d.source_spans) == ["enfurecida"]
    assert spans(t, d.target_spans) == ["brava"]
    assert "«enfurecida»" in d.explanation and "«brava»" in d.explanation
    assert "Zipf 3,1" in d.explanation  # Portuguese decimal comma (lemma "enfurecer")
    assert d.evidence["gain"] >= 0.6
    assert codes(dets) == {"SL+"}


def test_sl_paraphrase_without_corresponding_words_lists_nothing():
    # the rare words that disappeared have no counterpart in the same place: no "word list"
    _, _, dets, _ = run(["A obesidade infantil decorre do sedentarismo e da alimentação inadequada."],
                        ["As crianças engordam porque comem mal e quase não se mexem."])
    assert "SL+" not in codes(dets)


def test_sl_one_detection_per_substitution_each_side_one_word():
    # two neighbouring words replaced in one stretch: two substitutions, never one listing both
    s, t, dets, _ = run(["O mecânico inspecionou minuciosamente o motor do caminhão."],
                        ["O mecânico olhou cuidadosamente o motor do caminhão."])
    sl = only(dets, "SL+")
    pairs = sorted((spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in sl)
    assert pairs == [("inspecionou", "olhou"), ("minuciosamente", "cuidadosamente")]
    for d in sl:
        assert len(d.source_spans) == 1 and len(d.target_spans) == 1
        assert f"«{spans(s, d.source_spans)[0]}»" in d.explanation


def test_sl_a_shorter_base_word_of_the_same_stem():
    # an adjective replaced by a preposition + the familiar noun it derives from: the target
    # span holds the preposition with its article (round 38), what took the adjective's place
    s, t, dets, _ = run(["A paciente recebeu atendimento hospitalar durante a noite."],
                        ["A paciente recebeu atendimento no hospital durante a noite."])
    d = only(dets, "SL+")[0]
    assert (spans(s, d.source_spans), spans(t, d.target_spans)) == (["hospitalar"], ["no hospital"])


def test_sl_not_for_a_participle_and_a_finite_form_of_one_verb():
    _, _, dets, _ = run(["Os documentos produzidos na reunião ficaram na sala."],
                        ["Os documentos que a reunião produziu ficaram na sala."])
    assert "SL+" not in codes(dets)


def test_sl_inside_a_phrase_that_moved():
    # the whole clause moved after the other one; one word inside it was replaced
    s, t, dets, _ = run(["Uma onda de condenações varreu o planeta ontem, horas depois do anúncio do teste."],
                        ["Ontem houve o anúncio do teste. Em seguida, uma onda de críticas varreu o planeta."])
    d = only(dets, "SL+")[0]
    assert (spans(s, d.source_spans), spans(t, d.target_spans)) == (["condenações"], ["críticas"])


def test_sl_not_for_a_verb_form_that_does_not_fill_the_same_slot():
    # "pressupõe" (finite) and "funcionar" (infinitive) belong to rebuilt clauses
    _, _, dets, _ = run(["A adesão ao tratamento pressupõe o acompanhamento contínuo dos doentes."],
                        ["Para o tratamento funcionar, os doentes precisam ser acompanhados sempre."])
    assert "SL+" not in codes(dets)


def test_sl_not_for_a_spelling_variant_of_a_name():
    _, _, dets, _ = run(["A pesquisa de Mônica Araújo mostrou resultados promissores."],
                        ["A pesquisa de Monica Araujo mostrou resultados promissores."])
    assert "SL+" not in codes(dets)


def test_multiword_expression_reworded_as_a_whole_is_rf_not_two_sl(e5):
    s, t, dets, _ = run(["O idoso sentiu dificuldade para respirar durante a caminhada."],
                        ["O idoso sentiu falta de ar durante a caminhada."], encoder=e5)
    assert "SL+" not in codes(dets)
    d = only(dets, "RF+")[0]
    assert spans(s, d.source_spans) == ["dificuldade para respirar"]
    assert spans(t, d.target_spans) == ["falta de ar"]


def test_sl_not_for_a_rarer_or_equally_common_word_nor_a_name():
    _, _, dets, _ = run(["O motorista mandou a carta."], ["O motorista remeteu a carta."])
    assert "SL+" not in codes(dets)  # the target word is rarer
    _, _, dets, _ = run(["O prefeito visitou Campinas."], ["O prefeito visitou Sorocaba."])
    assert "SL+" not in codes(dets)


# ---- RD+ ------------------------------------------------------------------------------------

def test_rd_connective_replaced_names_both_connectives_and_relations():
    s, t, dets, _ = run(["O time jogou bem; todavia, perdeu a final."], ["O time jogou bem, mas perdeu a final."])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["todavia"] and spans(t, d.target_spans) == ["mas"]
    assert "adversativa" in d.explanation
    assert d.evidence["kind"] == "connective_replaced"


def test_rd_reporting_clause_put_before_the_speech():
    s, t, dets, _ = run(['"A ponte será reaberta em março", informou a prefeitura.'],
                        ['A prefeitura informou que a ponte será reaberta em março.'])
    d = next(d for d in only(dets, "RD+") if d.evidence.get("kind") == "reporting_fronted")
    assert spans(s, d.source_spans) == ["informou a prefeitura"]
    assert spans(t, d.target_spans) == ["A prefeitura informou"]


def test_rd_not_for_speech_turned_into_reported_speech_without_subject():
    # "…, diz." → "Diz que …": reported speech (RF+), no reporting clause was fronted
    _, _, dets, _ = run(['"O parque abre cedo nos fins de semana", diz.'],
                        ['Diz que o parque abre cedo nos fins de semana.'])
    assert not any(d.evidence.get("kind") == "reporting_fronted" for d in dets if d.code == "RD+")


def test_rd_multiword_connective_with_contraction():
    s, t, dets, _ = run(["A aula foi cancelada devido ao temporal."], ["A aula foi cancelada porque houve um temporal."])
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["devido ao"]
    assert "causal" in d.explanation


def test_rd_sentence_order_changed_across_groups():
    src = ["A loja abriu às oito.", "Os clientes fizeram fila.", "O estoque acabou ao meio-dia."]
    tgt = ["Os clientes fizeram fila.", "A loja abriu às oito.", "O estoque acabou ao meio-dia."]
    groups = [AlignmentGroup(["s1"], ["t2"], 0.95), AlignmentGroup(["s2"], ["t1"], 0.95),
              AlignmentGroup(["s3"], ["t3"], 0.95)]
    s, t, dets, _ = run(src, tgt, groups)
    rd = only(dets, "RD+")
    assert len(rd) == 1 and rd[0].evidence["kind"] == "sentence_reordered"
    assert spans(s, rd[0].source_spans)[0] in src[:2]


def test_rd_moved_sentence_left_unpaired_by_the_aligner():
    src = ["A feira abriu cedo.", "Choveu à tarde.", "Os visitantes foram embora."]
    tgt = ["Choveu à tarde.", "Os visitantes foram embora.", "Mas a feira tinha aberto cedo."]
    groups = [AlignmentGroup(["s1"], [], 0.4, "omitted"), AlignmentGroup(["s2"], ["t1"], 0.99),
              AlignmentGroup(["s3"], ["t2"], 0.99), AlignmentGroup([], ["t3"], 0.4, "added")]
    s, t, dets, _ = run(src, tgt, groups)
    assert codes(dets) == {"RD+"}  # neither OM+ nor IN+
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == [src[0]] and spans(t, d.target_spans) == [tgt[2]]


def test_same_sentence_unlinked_in_place_is_neither_omission_nor_insertion():
    groups = [AlignmentGroup(["s1"], [], 0.4, "omitted"), AlignmentGroup([], ["t1"], 0.4, "added")]
    _, _, dets, _ = run(["A feira abriu cedo na segunda."], ["Na segunda, a feira abriu cedo."], groups)
    assert not {"OM+", "IN+", "RD+"} & codes(dets)


def test_merge_with_plain_e_is_rp_not_rd():
    groups = [AlignmentGroup(["s1", "s2"], ["t1"], 0.9, "merge")]
    _, t, dets, _ = run(["O cão latiu.", "O gato fugiu."], ["O cão latiu e o gato fugiu."], groups)
    assert codes(dets) == {"RP+"}
    d = only(dets, "RP+")[0]
    assert "2 frases" in d.explanation and "uma frase" in d.explanation
    assert spans(t, d.target_spans) == ["O cão latiu e o gato fugiu."]


# ---- RP+ ------------------------------------------------------------------------------------

def test_rp_split_spans_cover_all_sentences():
    groups = [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]
    s, t, dets, _ = run(["O sítio, que fica na serra, produz queijo."],
                        ["O sítio fica na serra.", "Ele produz queijo."], groups)
    d = only(dets, "RP+")[0]
    assert spans(t, d.target_spans) == ["O sítio fica na serra.", "Ele produz queijo."]
    assert d.evidence == {"kind": "split", "n_source": 1, "n_target": 2, "alignment_score": 0.8}


# ---- MOD+ -----------------------------------------------------------------------------------

def test_mod_passive_to_active():
    s, t, dets, _ = run(["A proposta foi rejeitada pelos vereadores."], ["Os vereadores rejeitaram a proposta."])
    d = only(dets, "MOD+")[0]
    assert "passiva → ativa" in d.explanation
    assert spans(t, d.target_spans) == ["rejeitaram"]
    assert "foi rejeitada" in spans(s, d.source_spans)[0]
    assert "DL+" not in codes(dets)  # arguments swap because of the voice, not displacement


def test_mod_active_to_passive_with_irregular_participle():
    _, t, dets, _ = run(["O juiz soltou os presos."], ["Os presos foram soltos pelo juiz."])
    d = only(dets, "MOD+")[0]
    assert "ativa → passiva" in d.explanation


def test_mod_negative_to_affirmative():
    s, t, dets, _ = run(["A água do poço não é limpa."], ["A água do poço é suja."])
    d = only(dets, "MOD+")[0]
    assert spans(s, d.source_spans) == ["não"]
    assert "negativa → afirmativa" in d.explanation


def test_mod_negation_with_morphological_antonym():
    s, t, dets, _ = run(["Não é legal pescar no período de defeso."], ["É ilegal pescar no período de defeso."])
    d = only(dets, "MOD+")[0]
    assert d.evidence["morphological_prefix"] == "i"
    assert spans(t, d.target_spans) == ["ilegal"]


def test_mod_participial_passive_with_agent_to_active():
    # no auxiliary: "vendido pela cooperativa" is a reduced passive whose agent became subject
    s, t, dets, _ = run(["O queijo vendido pela cooperativa chega às feiras da região."],
                        ["A cooperativa vende o queijo, que chega às feiras da região."])
    d = only(dets, "MOD+")[0]
    assert d.evidence["direction"] == "passiva → ativa"
    assert "vendido pela" in spans(s, d.source_spans)[0]
    assert spans(t, d.target_spans) == ["vende"]


def test_mod_two_passives_in_one_group_are_two_detections():
    s, t, dets, _ = run(["As sementes foram colhidas pelos agricultores e foram guardadas pelas cooperativas."],
                        ["Os agricultores colheram as sementes e as cooperativas guardaram as sementes."])
    got = sorted(spans(t, d.target_spans)[0] for d in only(dets, "MOD+"))
    assert got == ["colheram", "guardaram"]


def test_mod_analytic_to_pronominal_passive_says_so():
    s, t, dets, _ = run(["É recomendado que os turistas usem protetor solar."],
                        ["Recomenda-se que os turistas usem protetor solar."])
    d = only(dets, "MOD+")[0]
    assert "pronominal" in d.explanation
    assert spans(t, d.target_spans) == ["Recomenda-se"]


def test_mod_not_for_a_negative_prefix_spelled_out():
    # "inadequados" → "não adequados" keeps the polarity: no MOD+ (and never pinned on
    # another word of the sentence)
    _, _, dets, _ = run(["Os calçados inadequados causam dores nas costas e cansaço."],
                        ["Os calçados não adequados causam dores nas costas e fadiga."])
    assert "MOD+" not in codes(dets)


def test_mod_agent_promoted_to_subject_with_another_verb():
    s, t, dets, _ = run(["A greve foi encerrada pelos professores."], ["Os professores terminaram a greve."])
    d = only(dets, "MOD+")[0]
    assert d.evidence["direction"] == "passiva → ativa"
    assert "foi encerrada" in spans(s, d.source_spans)[0]


def test_mod_not_for_causal_por_locution_after_participle():
    _, _, dets, _ = run(["A feira foi cancelada."], ["A feira foi cancelada por causa da chuva forte."])
    assert "MOD+" not in codes(dets)
    assert "IN+" in codes(dets)


# ---- DL+ ------------------------------------------------------------------------------------

def test_dl_adverbial_moved():
    s, t, dets, _ = run(["Na semana passada, o clube contratou um técnico."],
                        ["O clube contratou um técnico na semana passada."])
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["Na semana passada"]
    assert spans(t, d.target_spans) == ["na semana passada"]
    assert codes(dets) == {"DL+"}



def test_dl_adverbial_moved_inside_its_clause_in_a_split():
    """In a split, a time phrase that changed sides with the verb of its own clause moved."""
    groups = [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]
    s, t, dets, _ = run(["O prefeito da capital anunciou há dois dias que a velha ponte de pedra, "
                         "construída pelos romanos, seria restaurada."],
                        ["Há dois dias, o prefeito da capital anunciou que a velha ponte de pedra "
                         "seria restaurada.", "A ponte foi construída pelos romanos."], groups)
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["há dois dias"]
    assert spans(t, d.target_spans) == ["Há dois dias"]


def test_dl_not_for_a_phrase_that_kept_its_side_in_a_split():
    """The diff may call a phrase moved because material around it changed; it still follows
    its verb, so nothing was displaced."""
    groups = [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]
    _, _, dets, _ = run(["Centenas de bicicletas, entre outros veículos abandonados pela "
                         "prefeitura, foram leiloadas na tarde de sábado, em Curitiba."],
                        ["Centenas de veículos abandonados foram leiloados na tarde de sábado "
                         "em Curitiba.", "Entre os veículos havia bicicletas."], groups)
    assert "DL+" not in codes(dets)

# ---- EXP+ / IN+ -----------------------------------------------------------------------------

def test_exp_parenthetical_gloss_on_a_kept_term():
    s, t, dets, _ = run(["A criança teve sarampo."], ["A criança teve sarampo (uma doença contagiosa)."])
    d = only(dets, "EXP+")[0]
    assert spans(s, d.source_spans) == ["sarampo"]
    assert spans(t, d.target_spans) == ["sarampo", "uma doença contagiosa"]
    assert "parênteses" in d.explanation
    assert "IN+" not in codes(dets)  # a gloss is not an insertion


def test_exp_marker_gloss():
    _, t, dets, _ = run(["O réu pediu um habeas corpus."],
                        ["O réu pediu um habeas corpus, ou seja, um pedido para sair da prisão."])
    d = only(dets, "EXP+")[0]
    assert d.evidence["marker"] == "ou seja"
    assert "um pedido para sair da prisão" in spans(t, d.target_spans)[1]


def test_in_clause_that_is_not_a_gloss():
    _, t, dets, _ = run(["O teatro reabriu."], ["O teatro reabriu depois de dois anos de reforma."])
    d = only(dets, "IN+")[0]
    assert spans(t, d.target_spans) == ["depois de dois anos de reforma"]
    assert d.source_spans == []
    assert "EXP+" not in codes(dets)


def test_in_added_sentence_from_the_alignment():
    groups = [AlignmentGroup(["s1"], ["t1"], 0.95), AlignmentGroup([], ["t2"], 0.8, "added")]
    _, t, dets, _ = run(["A praia foi liberada."], ["A praia foi liberada.", "Os banhistas voltaram."], groups)
    d = only(dets, "IN+")[0]
    assert spans(t, d.target_spans) == ["Os banhistas voltaram."] and d.source_spans == []
    assert d.group == 1


# ---- OM+ ------------------------------------------------------------------------------------

def test_om_clause_is_a_suggestion_with_source_spans_only():
    s, _, dets, _ = run(["A igreja, erguida por escravizados no século XVII, foi tombada."],
                        ["A igreja foi tombada."])
    d = only(dets, "OM+")[0]
    assert spans(s, d.source_spans) == ["erguida por escravizados no século XVII"]
    assert d.target_spans == []
    assert "confirme" in d.explanation
    assert d.confidence <= 0.75


def test_om_omitted_sentence_from_the_alignment():
    groups = [AlignmentGroup(["s1"], ["t1"], 0.95), AlignmentGroup(["s2"], [], 0.7, "omitted")]
    s, _, dets, _ = run(["O voo atrasou.", "A companhia não explicou o motivo."], ["O voo atrasou."], groups)
    d = only(dets, "OM+")[0]
    assert spans(s, d.source_spans) == ["A companhia não explicou o motivo."]
    assert codes(dets) == {"OM+"}


# ---- MT+ ------------------------------------------------------------------------------------

def test_mt_heading_changed_and_not_labelled_otherwise():
    s = make_doc([["Índices pluviométricos em declínio"], ["Choveu pouco neste inverno."]], "source", (0,))
    t = make_doc([["Está chovendo menos"], ["Choveu pouco neste inverno."]], "target", (0,))
    dets, _ = detect_all(s, t, one_to_one(2), None, AUTOMATIC_CODES)
    assert codes(dets) == {"MT+"}
    d = dets[0]
    assert spans(s, d.source_spans) == ["Índices pluviométricos em declínio"]
    assert "«Está chovendo menos»" in d.explanation


def test_mt_first_line_without_punctuation_is_a_heading_even_unaligned():
    s = make_doc([["Relatório anual de atividades"], ["A ONG atendeu mil famílias."]], "source")
    t = make_doc([["O que fizemos no ano"], ["A ONG atendeu mil famílias."]], "target")
    groups = [AlignmentGroup(["s1"], [], 0.6, "omitted"), AlignmentGroup([], ["t1"], 0.6, "added"),
              AlignmentGroup(["s2"], ["t2"], 0.99)]
    dets, _ = detect_all(s, t, groups, None, AUTOMATIC_CODES)
    assert codes(dets) == {"MT+"}  # not OM+ / IN+


# ---- RF+ (real e5) --------------------------------------------------------------------------

def test_rf_attribution_turned_into_reported_speech():
    # a split group too: the rewording is in the frame of the statement, not in its words
    s, t, dets, _ = run(["Segundo a diretora da escola, as aulas voltam na segunda-feira."],
                        ["A diretora da escola disse que as aulas voltam na segunda-feira."])
    d = only(dets, "RF+")[0]
    assert d.evidence["kind"] == "reported_speech"
    assert "disse que" in d.explanation


def test_rf_not_for_an_attribution_kept():
    _, _, dets, _ = run(["Segundo a diretora, as aulas voltam na segunda-feira, disse que sim."],
                        ["Segundo a diretora, as aulas voltam na segunda, disse que sim."])
    assert not any(d.evidence.get("kind") == "reported_speech" for d in dets if d.code == "RF+")


def test_rf_paraphrase_with_real_encoder(e5):
    s, t, dets, _ = run(["A prática regular de atividade física reduz a mortalidade cardiovascular."],
                        ["Quem se exercita sempre morre menos de doenças do coração."], encoder=e5)
    d = only(dets, "RF+")[0]
    assert d.evidence["encoder"] is True and d.evidence["similarity"] >= 0.86
    assert spans(s, d.source_spans) == [s.text]


def test_rf_needs_the_same_meaning(e5):
    _, _, dets, _ = run(["A prática regular de atividade física reduz a mortalidade cardiovascular."],
                        ["O caminhão de lixo passa às terças e quintas."], encoder=e5)
    assert "RF+" not in codes(dets)


def test_rf_sentence_rebuilt_with_the_same_words(e5):
    """The frame turned round with the words kept: the lexical rewording is low, the order of
    the content words is not."""
    s, t, dets, _ = run(["Para construir a nova ponte, a prefeitura contou com o apoio de 300 "
                         "operários voluntários."],
                        ["Trezentos operários voluntários apoiaram a prefeitura a construir a "
                         "nova ponte."], encoder=e5)
    d = only(dets, "RF+")[0]
    assert d.evidence["kind"] == "restructured"
    assert d.evidence["moved_stretches"] >= 2 and d.evidence["inverted"] >= 0.5
    assert d.message["key"] == "rf.restructured"


@pytest.mark.parametrize("src,tgt", [
    # passive turned active: the arguments trade places (MOD+), the frame stays
    ("O relatório sobre as enchentes foi publicado ontem pela agência estadual de meteorologia.",
     "A agência estadual de meteorologia publicou ontem o relatório sobre as enchentes."),
    # a reporting clause moved before what it reports (RD+)
    ("As obras da estrada terminam em março, informou a secretaria de transportes.",
     "A secretaria de transportes informou que as obras da estrada terminam em março."),
])
def test_rf_not_for_arguments_trading_places(src, tgt, e5):
    _, _, dets, _ = run([src], [tgt], encoder=e5)
    assert not any(d.code == "RF+" and d.evidence.get("kind") == "restructured" for d in dets)


def test_rf_not_for_a_single_word_swap(e5):
    _, _, dets, _ = run(["O fiscal multou o comerciante."], ["O fiscal puniu o comerciante."], encoder=e5)
    assert "RF+" not in codes(dets)


# ---- the registry and detect_all ------------------------------------------------------------

def test_every_detection_is_well_formed_and_sorted(e5):
    src = ["Ontem, o clube contratou um técnico.", "A diretoria foi criticada pela torcida.",
           "O estádio será reformado."]
    tgt = ["O clube contratou um técnico ontem.", "A torcida criticou a diretoria.",
           "O estádio será reformado.", "As obras começam em maio."]
    groups = one_to_one(3) + [AlignmentGroup([], ["t4"], 0.8, "added")]
    s, t, dets, failed = run(src, tgt, groups, encoder=e5)
    assert failed == []
    assert codes(dets) == {"DL+", "MOD+", "IN+"}
    for d in dets:
        assert 0 < d.confidence <= 1 and d.explanation and d.group is not None
        assert d.source_spans or d.target_spans
        for a, b in d.source_spans:
            assert 0 <= a < b <= len(s.text)
        for a, b in d.target_spans:
            assert 0 <= a < b <= len(t.text)
        json.dumps(d.evidence)
    assert [d.group for d in dets] == sorted(d.group for d in dets)


def test_enabled_codes_filter_detectors():
    _, _, dets, _ = run(["A proposta foi rejeitada pelos vereadores."], ["Os vereadores rejeitaram a proposta."],
                        enabled=["SL+", "PRO+"])
    assert "MOD+" not in codes(dets)


def test_a_failing_detector_is_reported_and_others_still_run(monkeypatch):
    def boom(ctx):
        raise RuntimeError("quebrou")

    monkeypatch.setitem(REGISTRY, "SL+", SimpleNamespace(detect=boom))
    _, _, dets, failed = run(["O time jogou bem; todavia, perdeu a final."], ["O time jogou bem, mas perdeu a final."])
    assert "RD+" in codes(dets)
    assert failed and failed[0]["code"] == "SL+"
    assert failed[0]["error"] == "RuntimeError: quebrou"
    assert "falhou" in failed[0]["message"]


def test_encoder_failure_falls_back_to_lexical():
    class Broken:
        name = "broken"

        def encode(self, texts):
            raise OSError("sem modelo")

    _, _, dets, failed = run(["A vizinha ficou enfurecida com o barulho."], ["A vizinha ficou brava com o barulho."],
                             encoder=Broken())
    assert "SL+" in codes(dets) and failed == []


# ---- issue 10: detectors that only speak with evidence ----------------------------------------

def test_rd_para_before_a_noun_phrase_is_not_a_purpose_connective():
    # "para a diretora" = "according to the director": an attribution, not a connective, so it
    # is not the counterpart of the "portanto" the simplifier added
    s, _, dets, _ = run(["Para a diretora, a escola precisa de reformas urgentes."],
                        ["Portanto, a diretora acha que a escola precisa de reformas urgentes."])
    assert all(spans(s, d.source_spans) != ["Para"] for d in dets if d.code == "RD+")


def test_rd_enquanto_naming_a_role_is_not_a_connective():
    _, _, dets, _ = run(["Enquanto médica, ela recomenda a vacina."],
                        ["Como médica, ela recomenda a vacina."])
    assert "RD+" not in codes(dets)


def test_rd_replacement_only_between_connectives_that_correspond():
    # "porque" stays; "contudo" → "mas" is the change, and nothing pairs "porque" with "mas"
    s, t, dets, _ = run(["O clube cresceu porque investiu na base; contudo, ainda deve salários."],
                        ["O clube cresceu porque investiu na base, mas ainda deve salários."])
    rd = only(dets, "RD+")
    assert len(rd) == 1
    assert spans(s, rd[0].source_spans) == ["contudo"] and spans(t, rd[0].target_spans) == ["mas"]
    assert "adversativa" in rd[0].explanation


def test_rd_concession_turned_into_contrast_across_a_split():
    groups = [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]
    s, t, dets, _ = run(["Embora o inverno tenha sido seco, a colheita de trigo foi recorde no estado."],
                        ["O inverno foi seco.", "Mas a colheita de trigo foi recorde no estado."], groups)
    d = only(dets, "RD+")[0]
    assert spans(s, d.source_spans) == ["Embora"] and spans(t, d.target_spans) == ["Mas"]
    assert "concessiva" in d.explanation and "adversativa" in d.explanation


def test_split_repeating_its_subject_is_not_an_insertion():
    groups = [AlignmentGroup(["s1"], ["t1", "t2"], 0.8, "split")]
    _, _, dets, _ = run(["O laudo da Defesa Civil, concluído na sexta, aponta rachaduras no viaduto."],
                        ["O laudo da Defesa Civil foi concluído na sexta.",
                         "O laudo da Defesa Civil aponta rachaduras no viaduto."], groups)
    assert "IN+" not in codes(dets) and "OM+" not in codes(dets)


def test_material_moved_into_a_merged_sentence_is_not_omitted():
    groups = [AlignmentGroup(["s1", "s2"], ["t1"], 0.8, "merge")]
    _, _, dets, _ = run(["A feira de livros começa amanhã.", "Ela terá debates com autores gaúchos."],
                        ["A feira de livros, com debates com autores gaúchos, começa amanhã."], groups)
    assert "OM+" not in codes(dets) and "IN+" not in codes(dets)


def test_exp_gloss_between_dashes():
    s, t, dets, _ = run(["O paciente teve uma síncope ontem à tarde."],
                        ["O paciente teve uma síncope — um desmaio — ontem à tarde."])
    d = only(dets, "EXP+")[0]
    assert "IN+" not in codes(dets)
    assert "um desmaio" in spans(t, d.target_spans)


def test_exp_explanatory_apposition_with_relative_clause_is_not_insertion():
    s, t, dets, _ = run(["O médico receitou um anticoagulante ao paciente idoso."],
                        ["O médico receitou um anticoagulante, remédio que afina o sangue, ao paciente idoso."])
    assert "IN+" not in codes(dets)
    d = only(dets, "EXP+")[0]
    assert spans(t, d.target_spans)[0] == "anticoagulante"
    assert "remédio que afina o sangue" in d.explanation


def test_mod_modal_periphrastic_passive_to_active():
    s, t, dets, _ = run(["As regras do condomínio devem ser cumpridas pelos moradores."],
                        ["Os moradores devem cumprir as regras do condomínio."])
    d = only(dets, "MOD+")[0]
    assert "passiva → ativa" in d.explanation
    assert spans(t, d.target_spans) == ["cumprir"]


def test_mod_polarity_needs_an_antonym_not_a_bare_negation():
    _, _, dets, _ = run(["A entrada no museu não é gratuita aos domingos."],
                        ["A entrada no museu é paga aos domingos."])
    d = only(dets, "MOD+")[0]
    assert "«gratuita» → «paga»" in d.explanation
    # the negation alone dropped: the meaning flipped, that is no modulation
    _, _, dets, _ = run(["O prefeito não aprovou o projeto."], ["O prefeito aprovou o projeto."])
    assert "MOD+" not in codes(dets)


def test_dl_moved_qualifier_that_gains_an_intensifier():
    s, t, dets, _ = run(["As provas, difíceis, foram corrigidas pelos professores ontem."],
                        ["As provas foram corrigidas pelos professores ontem e eram muito difíceis."])
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["difíceis"] and spans(t, d.target_spans) == ["muito difíceis"]
    assert "«muito difíceis»" in d.explanation


def test_dl_moved_phrase_that_gains_a_determiner_or_quantifier():
    s, t, dets, _ = run(["Durante a noite, os vigias percorreram o galpão do porto."],
                        ["Os vigias percorreram o galpão do porto durante toda a noite."])
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["Durante a noite"]
    assert spans(t, d.target_spans) == ["durante toda a noite"]


def test_dl_subject_put_back_before_its_verb_is_one_displacement():
    # the blind PorSimples annotators mark a subject put back before its verb as DL+ on the
    # subject ("Participaram arqueólogos …" → "Arqueólogos … participaram", round dlr7); the
    # verb and the adverb next to it are the frame, not phrases moved in their own right
    s, t, dets, _ = run(["Chegaram ontem os novos ônibus da linha."], ["Os novos ônibus da linha chegaram ontem."])
    moved = [d for d in dets if d.code == "DL+"]
    assert [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in moved] == [
        (["os novos ônibus da linha"], ["Os novos ônibus da linha"])]


@pytest.mark.parametrize("code,src,tgt", [
    ("RF+", "A adesão ao tratamento pressupõe o acompanhamento contínuo dos pacientes.",
     "Para o tratamento funcionar, os pacientes precisam ser acompanhados sempre."),
    ("SL+", "O réu foi absolvido.", "O acusado foi inocentado."),
    ("IN+", "A ponte foi reaberta.", "A ponte foi reaberta. Os motoristas comemoraram."),
    ("OM+", "O museu, inaugurado em 1922 durante o centenário, fechou.", "O museu fechou."),
    ("RP+", "A escola, que fica no centro, recebeu novos computadores.",
     "A escola fica no centro. Ela recebeu novos computadores."),
    ("RD+", "Choveu muito; entretanto, o jogo aconteceu.", "Choveu muito, mas o jogo aconteceu."),
    ("MOD+", "O remédio não é caro.", "O remédio é barato."),
    ("DL+", "Neste ano, a feira terá mais expositores.", "A feira terá mais expositores neste ano."),
    ("EXP+", "Ele teve um AVC.", "Ele teve um AVC (derrame)."),
])
def test_canonical_worked_examples_are_found_without_extra_lexical_labels(code, src, tgt, e5):
    """The taxonomy document's worked examples (docs/strategies.md)."""
    from analysis.align import align
    from analysis.segment import segment

    s, t = segment(src, "source"), segment(tgt, "target")
    dets, _ = detect_all(s, t, align(s, t, e5), e5)
    found = codes(dets)
    assert code in found
    if code == "RF+":
        assert "SL+" not in found   # "pressupõe" and "funcionar" do not correspond
