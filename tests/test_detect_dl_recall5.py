"""DL+ recall on the misses found by reading DL+ on unannotated PorSimples productions (issue 10,
fifth round): a phrase set off by punctuation (put first before a comma, or between commas) that
moved with one word replaced, gained or lost, or with another preposition, and a "de" phrase
that went back to the noun it qualifies. Every sentence is written for the purpose (no corpus
text); each "DL+" test fails without the change, each "no DL+" test guards a false alarm the
change would otherwise bring."""
from __future__ import annotations

from analysis.types import AlignmentGroup
from tests.test_strategies import run, spans


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _dl(src: list[str], tgt: list[str], groups=None, encoder=None) -> list[tuple[list[str], list[str]]]:
    s, t, dets, _ = run(src, tgt, groups, encoder, enabled=["DL+"])
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _messages(src: list[str], tgt: list[str], groups=None, encoder=None) -> list[dict]:
    _, _, dets, _ = run(src, tgt, groups, encoder, enabled=["DL+"])
    return [d.message for d in dets if d.code == "DL+"]


# ---- a word of the moved phrase replaced by a synonym ------------------------------------------

def test_no_dl_when_the_model_does_not_confirm_the_replaced_word(e5):
    # "ladrões" / "assaltantes": close, but the set-off rule speaks only when the embedded model
    # finds the two phrases all but identical (precision first: a replaced word is weak evidence)
    assert _dl(["Para impedir a ação dos ladrões, foi instalada uma cerca no terreno."],
               ["Foi colocada uma cerca em volta do terreno para impedir a ação dos assaltantes."],
               encoder=e5) == []

# ---- a place or time moved from the front to the end, the rest reworded ------------------------

def test_dl_for_a_fronted_place_when_the_verb_was_also_replaced():
    assert _dl(["Em Pelotas, as temperaturas despencaram para 2º C."],
               ["As temperaturas caíram para 2 graus em Pelotas."]) == [(["Em Pelotas"], ["em Pelotas"])]


def test_dl_for_a_fronted_time_phrase_across_a_split():
    # the diff calls the verb phrase moved; the punctuation says the time phrase did
    assert _dl(["Ainda neste mês, outro consórcio, formado por dois bancos, apresentará proposta à prefeitura."],
               ["Outro consórcio apresentará proposta à prefeitura ainda neste mês.",
                "Esse consórcio é formado por dois bancos."], _split()) == [
        (["Ainda neste mês"], ["ainda neste mês"])]


# ---- a "de" phrase back next to its noun --------------------------------------------------------

def test_dl_for_a_de_phrase_reattached_to_its_noun():
    assert _dl(["Os alunos voltaram a ir mal no exame que mede habilidades em leitura, escrita e cálculo "
                "de jovens de 40 países."],
               ["Os alunos voltaram a ir mal no exame.",
                "O exame mede as habilidades de jovens de 40 países em leitura, escrita e cálculo."],
               _split()) == [(["de jovens de 40 países"], ["de jovens de 40 países"])]


# ---- gained or lost a determiner, intensifier or commas (the requirement) ---------------

def test_dl_for_a_phrase_that_lost_a_quantifier():
    assert _dl(["Durante todo o inverno, os abrigos da cidade ficarão abertos."],
               ["Os abrigos da cidade ficarão abertos durante o inverno."]) == [
        (["Durante todo o inverno"], ["durante o inverno"])]


# ---- false alarms the set-off matching must not bring --------------------------------------------

def test_no_dl_for_an_attribution_whose_noun_became_a_predicate():
    # "da Comissão ..." now hangs on "presidente", the predicate of a sentence built for it
    assert _dl(["Segundo o presidente da Comissão de Obras da Câmara, Paulo Souza, o projeto de reforma será votado:"],
               ["Paulo Souza é o presidente da Comissão de Obras da Câmara.",
                "Ele disse que o projeto de reforma será votado:"], _split()) == []


def test_no_dl_for_a_purpose_phrase_made_the_complement_of_a_noun():
    assert _dl(["Para enfeitar a praça, foram produzidas dezenas de bandeiras amarelas, distribuídas aos moradores."],
               ["Os moradores receberam bandeiras amarelas.", "As bandeiras tinham o objetivo de enfeitar a praça."],
               _split()) == []


def test_no_dl_for_a_circumstance_followed_by_a_subordinate_clause_in_a_split():
    # whose circumstance is "no fim de abril": the visit's or the hope's? Landing elsewhere
    # than right after the subordinate clause's verb, the move says nothing
    assert _dl(["No fim de abril, quando visitar Lisboa, o prefeito espera assinar o acordo com os bancos."],
               ["O prefeito vai visitar Lisboa.", "O prefeito espera assinar no fim de abril o acordo com os bancos."],
               _split()) == []


def test_dl_for_a_circumstance_that_crossed_the_subordinate_clauses_verb():
    # (round 8: the blind dev annotation of production 13 reads this as DL+: the phrase
    # crossed the verb "visitar" whichever clause it belonged to)
    got = _dl(["No fim de abril, quando visitar Lisboa, o prefeito espera assinar o acordo com os bancos."],
              ["O prefeito vai visitar Lisboa no fim de abril.", "O prefeito espera assinar o acordo com os bancos."],
              _split())
    assert len(got) == 1


def test_no_dl_for_a_phrase_in_the_same_place():
    assert _dl(["Em várias regiões do estado, as escolas também ficarão fechadas."],
               ["Em várias partes do estado, as escolas também vão ficar fechadas."]) == []


def test_one_dl_for_two_phrases_that_traded_places():
    # "no Brasil" and "da Rede Mundial" swapped: one displacement, not two
    assert len(_dl(["O deputado Rui Lima (PT), presidente no Brasil da Rede Parlamentar Mundial, "
                    "é o único gaúcho no evento."],
                   ["O deputado Rui Lima do PT é o único gaúcho no evento.",
                    "Rui Lima é presidente da Rede Parlamentar Mundial no Brasil."], _split())) <= 1


# ---- neighbours, "a cada", and a swap reported once -----------------------------------------------

def test_dl_for_a_time_phrase_opened_by_a_before_cada():
    # "A" before "cada" is the preposition, not the article of a subject
    assert _dl(["A cada ano, o número de visitantes cresce 10%."],
               ["O número de visitantes cresce 10% a cada ano."]) == [(["A cada ano"], ["a cada ano"])]


def test_dl_when_the_nearest_neighbours_were_replaced():
    # the words after the phrase ("Universidade Federal do Paraná") became an acronym: they say
    # nothing, and the verb's place tells the move
    assert _dl(["Depois, seguiria para o centro, passaria pelo viaduto e, pela Avenida Sete de Setembro, "
                "iria até a Universidade Federal do Paraná (UFPR)."],
               ["Depois, seguiria para o centro, passaria pelo viaduto e iria até a UFPR "
                "pela Avenida Sete de Setembro."]) == [
        (["pela Avenida Sete de Setembro"], ["pela Avenida Sete de Setembro"])]


def test_one_dl_for_two_neighbouring_phrases_that_traded_places():
    # (a guard: either phrase may be the one reported, never both)
    assert len(_dl(["-- Esperei até as 9h pela resposta do gerente."],
                   ["-- Esperei pela resposta do gerente até as 9h."])) == 1


def test_dl_for_a_fronted_phrase_with_a_quoted_title_and_an_aside_dropped():
    # the quoted title belongs to the phrase; the bracketed address closing it was dropped
    assert _dl(['Num estudo publicado na revista médica "Lancet" (www.thelancet.com), a equipe mostrou '
                'que o remédio reduz a febre.'],
               ['A equipe mostrou que o remédio reduz a febre num estudo publicado na revista médica "Lancet".']
               ) == [(['Num estudo publicado na revista médica "Lancet"'],
                      ['num estudo publicado na revista médica "Lancet"'])]


def test_dl_for_a_fronted_phrase_ending_with_a_list_of_names():
    assert _dl(["Com Tom Jobim, Vinicius de Moraes e João Gilberto, de novo a bossa nova se tornou algo "
                "conhecido no mundo inteiro."],
               ["A bossa nova voltou a ser conhecida no mundo inteiro com Tom Jobim, Vinicius de Moraes e "
                "João Gilberto."]) == [
        (["Com Tom Jobim, Vinicius de Moraes e João Gilberto"], ["com Tom Jobim, Vinicius de Moraes e João Gilberto"])]


def test_dl_for_a_phrase_from_front_to_end_when_the_voice_changed():
    # MOD+ rebuilt the rest; the time phrase still went from one end of the sentence to the other
    assert _dl(["-- Há dois anos, fui atropelado por um ciclista."],
               ["-- Um ciclista me atropelou há dois anos."]) == [(["Há dois anos"], ["há dois anos"])]


def test_dl_for_two_phrases_that_traded_places_across_a_split():
    # the diff keeps both in place; the skeleton of anchors sees the swap ("10h" whole)
    assert _dl(["O técnico Rui Lima, 40 anos, por exemplo, precisava estar às 9h em Curitiba para uma entrevista."],
               ["O técnico Rui Lima precisava estar em Curitiba às 9h para uma entrevista.", "Rui Lima tem 40 anos."],
               _split()) == [(["às 9h"], ["às 9h"])]


# ---- the set-off rule speaks only with strong evidence (precision round) ------------------------

def test_no_dl_for_a_phrase_that_ends_a_sentence_built_around_it_in_a_split():
    # "Os balões serviram para ...": a new clause was built around the phrase; it did not move
    assert _dl(["Para animar a festa, foram comprados dezenas de balões coloridos, distribuídos às crianças."],
               ["As crianças receberam balões coloridos.", "Os balões serviram para animar a festa."],
               _split()) == []


def test_no_dl_for_a_phrase_with_another_number():
    # another year: another phrase, not the same one moved
    assert _dl(["No ano de 2005, a empresa abriu uma filial em Recife."],
               ["A empresa abriu uma filial em Recife no ano de 2006."]) == []


def test_no_dl_for_a_phrase_with_another_name():
    assert _dl(["Na reunião com Lula, o ministro falou pouco sobre a crise."],
               ["O ministro falou pouco sobre a crise na reunião com Dilma."]) == []


def test_no_dl_for_a_phrase_with_another_noun(e5):
    # same edges, another place: the model does not find the two phrases the same
    assert _dl(["Na sede da empresa, os diretores discutiram o novo plano."],
               ["Os diretores discutiram o novo plano na sede da polícia."], encoder=e5) == []


def test_no_dl_without_the_model_for_a_phrase_with_a_word_replaced():
    # nothing confirms "regiões" / "partes" without the embedded model: silent
    assert _dl(["Em várias regiões do estado, as escolas também ficarão fechadas."],
               ["As escolas também ficarão fechadas em várias partes do estado."]) == []


def test_no_dl_when_the_rest_of_the_sentence_was_reworded_too(e5):
    # only "cerca" is left of the rest of the sentence: whose order would the phrase have left?
    assert _dl(["Para conter os invasores, foi montada uma cerca no local."],
               ["Foi colocada uma cerca em volta da área para conter os invasores."], encoder=e5) == []


def test_dl_for_a_phrase_moved_with_only_its_preposition_and_article_changed():
    """Same content words, another preposition and article: the same constituent, moved."""
    assert _dl(["Em meio à chuva de granizo, um muro desabou, ferindo dois operários."],
               ["Um muro desabou no meio da chuva de granizo, ferindo dois operários."]) == [
        (["Em meio à chuva de granizo"], ["no meio da chuva de granizo"])]


def test_no_dl_when_a_content_word_of_the_phrase_changed():
    """A content word gained, or the phrase's head lost: not matched. On the blind validation
    part of PorSimples such matches were wrong 2 times in 4. (Round 8: a qualifier dropped by
    a phrase put first that crossed its verb is matched, as the blind dev gold of production 3
    marks "Em meio à intensa troca de tiros" → "no meio da troca de tiros"; see
    test_detect_dl_recall8. An attribution marker replaced by another, "segundo" → "Na opinião
    de", is the phrase's preposition since round 7; see test_detect_dl_recall7.)"""
    assert _dl(["Em meio à chuva de granizo, um muro desabou, ferindo dois operários."],
               ["Um muro desabou no meio da forte chuva de granizo, ferindo dois operários."]) == []
    assert _dl(["Durante a greve dos motoristas, a cidade parou."],
               ["A cidade parou durante os motoristas."]) == []
