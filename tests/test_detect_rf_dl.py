"""Precision of RF+ and DL+ on the failure classes seen when their rules were read against
unannotated real simplifications (issue 10): each test is a sentence written for the purpose,
not a corpus text, and fails without the rule it names."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import codes, only, run, spans


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _dl_texts(s, t, dets) -> list[tuple[list[str], list[str]]]:
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


# ---- DL+: a phrase, not a predicate or a clause ---------------------------------------------

def test_dl_not_for_the_main_clause_when_a_purpose_clause_moved():
    # the diff may see the main clause as the moved run: it holds a finite verb, no phrase
    s, t, dets, _ = run(["Para não perder o prazo de entrega, ela revisará o texto hoje."],
                        ["Ela revisará o texto hoje para não perder o prazo de entrega."])
    assert not any("revisará" in " ".join(src) for src, _ in _dl_texts(s, t, dets))


def test_dl_not_for_the_main_clause_when_an_adverbial_moved_past_it():
    s, t, dets, _ = run(["Na reunião com os vizinhos do bairro, Ana foi firme:"],
                        ["Ana foi firme na reunião com os moradores do bairro:"])
    assert not any("firme" in " ".join(src) for src, _ in _dl_texts(s, t, dets))


def test_dl_still_when_verb_subject_order_turns_round():
    # the predicate and the subject trade places with their words (the annotation guide's
    # practice: "será totalmente proibido o ingresso" → "o ingresso será totalmente proibido"
    # is DL+); "estado" is a noun here, not a form of "estar"
    s, t, dets, _ = run(["Tinha quase dois metros de altura o boneco de papel do estado."],
                        ["O boneco de papel do estado tinha quase dois metros de altura."])
    d = only(dets, "DL+")[0]
    assert "boneco de papel do estado" in spans(s, d.source_spans)[0] or \
        spans(s, d.source_spans) == ["Tinha quase dois metros de altura"]


def test_dl_still_for_an_adverbial_holding_a_noun_read_as_a_verb():
    # "falta" is a noun here ("por falta de"): the phrase has no verb
    s, t, dets, _ = run(["Por falta de verba, a reforma da escola vai atrasar."],
                        ["A reforma da escola vai atrasar por falta de verba."])
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["Por falta de verba"]


# ---- DL+: a constituent of its own, in its own clause ----------------------------------------

def test_dl_not_for_a_nouns_complement_in_a_split():
    # "de Minas Gerais" hangs on "secretário": it went with its noun into the new sentence
    s, t, dets, _ = run(["O secretário adjunto de Minas Gerais, Carlos Souto, anunciou ontem que a "
                         "estrada será duplicada."],
                        ["Carlos Souto anunciou ontem que a estrada será duplicada.",
                         "Carlos Souto é o secretário auxiliar de Minas Gerais."], _split())
    assert not any(src and src[0].startswith("de ") for src, _ in _dl_texts(s, t, dets))


def test_dl_still_for_a_fronted_de_phrase_in_a_split():
    s, t, dets, _ = run(["Dos caminhões, descem homens de capacete com mangueiras para apagar o fogo."],
                        ["Homens de capacete descem dos caminhões.",
                         "Eles levam mangueiras para apagar o fogo."], _split())
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["Dos caminhões"]


def test_dl_not_for_a_run_cut_out_of_a_longer_phrase():
    # "circulação de ônibus" stands after "da": the diff cut it out of the phrase that moved
    s, t, dets, _ = run(["Nas ruas do centro, durante a feira, não há a proibição da circulação de ônibus."],
                        ["Não há proibição de circulação de ônibus nas ruas do centro durante a feira."])
    assert not any(src and src[0].startswith("circulação") for src, _ in _dl_texts(s, t, dets))


def test_dl_not_when_the_quotation_moved_around_a_reporting_clause():
    # the quotation went after the reporting clause (RD+); "ao jornal, por telefone" still
    # follows its verb
    s, t, dets, _ = run(['"Nós terminamos a ponte antes do prazo", disse o engenheiro ao jornal, por telefone.'],
                        ['O engenheiro disse ao jornal por telefone: "Nós terminamos a ponte antes do prazo".'])
    assert "DL+" not in codes(dets)


def test_dl_explanation_says_no_change_when_only_capitals_and_commas_differ():
    s, t, dets, _ = run(["Em todo o litoral sul, a pesca fica proibida até março."],
                        ["A pesca fica proibida até março em todo o litoral sul."])
    d = only(dets, "DL+")[0]
    assert d.message["key"] == "dl.moved"
    assert "ajustados" not in d.explanation


# ---- RF+ -------------------------------------------------------------------------------------

def test_rf_restructured_not_for_a_displaced_adverbial_and_subject(e5):
    # the same stretches in another order and nothing else: DL+, not a rebuilt frame
    _, _, dets, _ = run(["Em 1998, ocorreu a primeira eleição no clube."],
                        ["A primeira eleição no clube ocorreu em 1998."], encoder=e5)
    assert "RF+" not in codes(dets)
    assert "DL+" in codes(dets)


def test_rf_restructured_still_for_a_frame_rebuilt_with_new_words(e5):
    s, t, dets, _ = run(["Para construir a nova ponte, a prefeitura contou com o apoio de 300 "
                         "operários voluntários."],
                        ["Trezentos operários voluntários apoiaram a prefeitura a construir a "
                         "nova ponte."], encoder=e5)
    assert only(dets, "RF+")[0].evidence["kind"] == "restructured"


def test_rf_not_when_half_the_sentence_and_its_verb_are_kept(e5):
    # a reporting clause added and a qualifier reworded: the quoted frame stays word for word
    _, _, dets, _ = run(['"Aquele bairro todo da zona norte é, na sua maior parte, plano".'],
                        ['Rui Prado diz: "Aquele bairro todo da zona norte é formado de ruas retas".'],
                        encoder=e5)
    assert "RF+" not in codes(dets)


def test_rf_still_when_only_an_opening_without_the_verb_is_kept(e5):
    # half the sentence kept, but not its verb: the frame itself was reworded (an idiom)
    _, _, dets, _ = run(["Por sorte, os moradores agora põem mãos à obra."],
                        ["Por sorte, os moradores estão ajudando bastante."], encoder=e5)
    assert only(dets, "RF+")[0].message["key"] == "rf.sentence"


def test_rf_expression_not_for_a_participle_and_its_complement(e5):
    # "inscritos para fins" is a participle and the start of a purpose phrase: two constituents
    s, t, dets, _ = run(["Cada aluno tem dois livros inscritos para fins de empréstimo na biblioteca."],
                        ["Cada aluno tem dois livros registrados com o objetivo de empréstimo na biblioteca."],
                        encoder=e5)
    assert not any(d.code == "RF+" and d.evidence.get("kind") == "expression" for d in dets)


# ---- DL+: recall on phrases the diff does not call moved -------------------------------------

def test_dl_adverbial_kept_in_place_by_the_diff_while_the_object_jumped_over_it():
    # the diff keeps "por maioria" and moves "a proposta" (an object, not displaced for its
    # own sake): the swap is the adverbial's
    s, t, dets, _ = run(["A câmara municipal se reuniu em sessão extraordinária e aprovou por maioria a proposta."],
                        ["A câmara municipal fez uma sessão extraordinária.",
                         "A câmara municipal aprovou a proposta por maioria."], _split())
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["por maioria"] and spans(t, d.target_spans) == ["por maioria"]


def test_dl_phrase_opened_by_a_complex_preposition_in_a_split():
    s, t, dets, _ = run(["A ponte velha, devido às fortes chuvas da semana, foi fechada e só reabre em maio."],
                        ["A ponte velha foi fechada devido às fortes chuvas da semana.",
                         "Ela só reabre em maio."], _split())
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["devido às fortes chuvas da semana"]


def test_dl_not_for_a_relative_clause_made_a_sentence_of_its_own():
    # "que em 2001 lançou" → "O foguete lançou em 2001": the new main clause takes the usual
    # order; the phrase was not displaced for its own sake (RP+)
    _, _, dets, _ = run(["Foi o principal engenheiro do foguete Vega, que em 2001 lançou satélites de "
                         "pesquisa na órbita da Terra."],
                        ["Foi o principal engenheiro do foguete Vega.",
                         "O foguete lançou em 2001 satélites de pesquisa na órbita da Terra."], _split())
    assert "DL+" not in codes(dets)


def test_dl_quotes_round_a_term_do_not_cut_the_clause():
    # '"praticamente impossível"' quotes a term, not a speaker: the phrase's neighbours stand
    # beyond it and changed sides
    s, _, dets, _ = run(['Na opinião dos técnicos, seria "praticamente impossível" concluir a obra a tempo.'],
                        ['Concluir a obra a tempo seria "quase impossível" na opinião dos técnicos.'])
    d = only(dets, "DL+")[0]
    assert spans(s, d.source_spans) == ["Na opinião dos técnicos"]
