"""DL+ on the cases of issue 10's third round: a phrase counts as moved relative to the words
of its sentence that kept their order, and a moved phrase is still found when its wording
changed a little. Every sentence is written for the purpose (no corpus text); each test fails
without the rule it names."""
from __future__ import annotations

from analysis.strategies import build_contexts, dl
from analysis.types import AlignmentGroup
from tests.test_strategies import make_doc, one_to_one, run, spans


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _dl(s, t, dets) -> list[tuple[list[str], list[str]]]:
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _ctx(src: str, tgt: list[str]):
    s, t = make_doc([[src]], "source"), make_doc([tgt], "target")
    groups = one_to_one(1) if len(tgt) == 1 else _split(len(tgt))
    return build_contexts(s, t, groups, None, None).pairs[0]


def _moved(ctx, src_text: str, tgt_text: str) -> dl.Moved:
    """The Moved record of a phrase given by its words on each side."""
    def find(words, text):
        n = len(text.split())
        for i in range(len(words) - n + 1):
            if " ".join(w.text for w in words[i:i + n]) == text:
                return i, i + n
        raise AssertionError(text)
    return dl.Moved(find(ctx.src_words, src_text), find(ctx.tgt_words, tgt_text), True)


# ---- precision: moved relative to the words that kept their order -----------------------------

def test_a_neighbour_that_moved_itself_is_no_evidence():
    # "apreenderam" went to the front; "com cuidado" kept its place among the other words
    ctx = _ctx("Os fiscais da prefeitura, com cuidado, apreenderam ontem os relógios falsos.",
               ["Apreenderam os fiscais da prefeitura, com cuidado, ontem os relógios falsos."])
    assert not dl.displaced(ctx, _moved(ctx, "com cuidado", "com cuidado"))


def test_a_phrase_that_jumped_over_words_in_order_is_displaced():
    ctx = _ctx("Com cuidado, os fiscais da prefeitura apreenderam ontem os relógios falsos.",
               ["Os fiscais da prefeitura apreenderam ontem os relógios falsos com cuidado."])
    assert dl.displaced(ctx, _moved(ctx, "Com cuidado", "com cuidado"))


def test_no_dl_for_a_phrase_that_stayed_with_its_noun_when_the_passive_turned_active():
    # the agent's acronym in brackets belongs to the agent: it went to the front with it (MOD+),
    # "com dados de 2010" still follows the noun it qualifies
    s, t, dets, _ = run(["O censo, com dados de 2010, foi organizado pelo Instituto Brasileiro de "
                         "Geografia (IBGE) e visitou cinco milhões de casas."],
                        ["O Instituto Brasileiro de Geografia (IBGE) organizou a contagem com dados de 2010.",
                         "O IBGE visitou cinco milhões de casas."], _split(), enabled=["DL+"])
    assert _dl(s, t, dets) == []


# ---- recall: a phrase put first, whatever word opens it ----------------------------------------

def test_dl_for_a_fronted_phrase_set_off_by_a_comma_in_a_split():
    # "Mais uma vez" opens with no preposition: its place (first, before a comma) and its small
    # letter inside the other sentence make it a circumstance put first
    s, t, dets, _ = run(["Mais uma vez, o time da cidade perdeu o jogo em casa, e a torcida vaiou os jogadores."],
                        ["O time da cidade perdeu mais uma vez o jogo em casa.",
                         "A torcida vaiou os jogadores."], _split(), enabled=["DL+"])
    assert _dl(s, t, dets) == [(["Mais uma vez"], ["mais uma vez"])]


def test_no_dl_for_a_name_put_first_in_a_split():
    s, t, dets, _ = run(["Dona Maria Helena, a diretora da escola, abriu a feira de ciências, e os alunos aplaudiram."],
                        ["A diretora da escola abriu a feira de ciências com Dona Maria Helena.",
                         "Os alunos aplaudiram."], _split(), enabled=["DL+"])
    assert _dl(s, t, dets) == []


def test_dl_for_a_bracketed_qualifier_moved_before_the_name():
    s, t, dets, _ = run(["O ministro Rui Lima (Saúde) visitou ontem o hospital da cidade."],
                        ["O ministro da Saúde Rui Lima visitou ontem o hospital da cidade."], enabled=["DL+"])
    # (round dlr9: the spans are the constituent at both places, the aside with its brackets
    # and the "de" phrase it became, as the dev gold has "(Agricultura)" → "da Agricultura")
    assert _dl(s, t, dets) == [(["(Saúde)"], ["da Saúde"])]


def test_no_dl_for_an_acronym_in_brackets():
    # an acronym in brackets labels the name before it: no qualifier moved
    s, t, dets, _ = run(["O diretor Rui Lima (OMS) visitou ontem o hospital da cidade."],
                        ["O diretor da OMS Rui Lima visitou ontem o hospital da cidade."], enabled=["DL+"])
    assert _dl(s, t, dets) == []


# ---- recall: a phrase out of the order of the rest, though the diff left it in place -----------

def test_dl_for_a_phrase_put_before_an_object_that_was_slightly_reworded():
    # the object lost "que foram" and two adjectives swapped: the diff keeps the phrase in place
    # and calls the object's pieces moved; on the order of the other words the phrase moved
    s, t, dets, _ = run(["Muitos turistas gostariam de levar o monte de conchas coloridas raras que foram "
                         "achadas na praia para dentro do hotel."],
                        ["Muitos turistas gostariam de levar para dentro do hotel o monte de conchas raras "
                         "coloridas achadas na praia."], enabled=["DL+"])
    assert _dl(s, t, dets) == [(["para dentro do hotel"], ["para dentro do hotel"])]


def test_dl_for_a_phrase_moved_when_a_passive_relative_was_reduced():
    s, t, dets, _ = run(["Os pescadores levaram as redes velhas que tinham sido rasgadas pela tempestade "
                         "para o galpão do porto."],
                        ["Os pescadores levaram para o galpão do porto as redes velhas rasgadas pela tempestade."],
                        enabled=["DL+"])
    assert _dl(s, t, dets) == [(["para o galpão do porto"], ["para o galpão do porto"])]


def test_no_dl_for_a_phrase_in_a_rebuilt_sentence():
    s, t, dets, _ = run(["Os pescadores levaram as redes velhas que tinham sido rasgadas pela tempestade "
                         "para o galpão do porto."],
                        ["Para o galpão do porto, os homens carregaram tudo o que a tempestade rasgou."],
                        enabled=["DL+"])
    assert _dl(s, t, dets) == []


def test_no_dl_for_an_infinitive_clause_put_first_moving_to_the_end():
    # "Para entender a origem ..." holds a verb and its object: a (non-finite) clause, whatever
    # edges the comma gives it. The guide reads a moved clause as RD+ (an opening purpose clause
    # put after its main clause); DL+ stays silent (see tests/test_detect_dlp.py)
    s, t, dets, _ = run(["Para entender a origem das enchentes, a equipe usou um método de mapear os rios, "
                         "comparando fotos entre as décadas passadas."],
                        ["A equipe comparou as fotos entre os anos de chuva para entender a origem das enchentes."],
                        enabled=["DL+"])
    assert _dl(s, t, dets) == []


def test_dl_when_material_was_only_added_to_the_sentence():
    # the added list is IN+; the rest of the sentence stayed as it was, so the phrase's move
    # is still a displacement
    s, t, dets, _ = run(["Na semana passada, o museu abriu uma sala nova para as crianças."],
                        ["O museu abriu uma sala nova para as crianças na semana passada, com jogos, livros "
                         "ilustrados, brinquedos de madeira e muitas atividades de pintura."], enabled=["DL+"])
    assert _dl(s, t, dets) == [(["Na semana passada"], ["na semana passada"])]


def test_dl_only_for_the_phrase_that_moved_when_the_reporting_clause_turned_round():
    # the quotation went after the reporting clause (RD+) and "afirmou o engenheiro" became
    # "o engenheiro afirmou": the quotation is no skeleton for the clause's phrases, and where
    # two orders tie ("afirmou"/"engenheiro") neither word is evidence; "ao jornal" still
    # follows the verb, only "por telefone" moved
    s, t, dets, _ = run(['"A obra fica pronta em maio", afirmou o engenheiro ao jornal, por telefone.'],
                        ['Por telefone, o engenheiro afirmou ao jornal: "A obra fica pronta em maio".'],
                        enabled=["DL+"])
    assert _dl(s, t, dets) == [(["por telefone"], ["Por telefone"])]


def test_a_neighbour_that_went_to_another_sentence_is_no_skeleton():
    # the name went to a sentence of its own: the phrase's order is judged in its own sentence,
    # where it jumped over the verb
    # (the three words of the name and the three after the phrase would tie as the skeleton)
    s, t, dets, _ = run(["Preocupado, o diretor da escola estadual de Lages, Paulo Ramos Lima, pediu há cerca de "
                         "um mês a saída dos alunos."],
                        ["Há cerca de um mês, preocupado, o diretor da escola estadual de Lages pediu a saída "
                         "dos alunos.", "O diretor é Paulo Ramos Lima."], _split(), enabled=["DL+"])
    assert _dl(s, t, dets) == [(["há cerca de um mês"], ["Há cerca de um mês"])]


# ---- recall: a number written out where it opens the sentence ---------------------------------

def test_dl_for_a_number_written_out_when_it_moved_to_the_start():
    s, t, dets, _ = run(["Dos moradores com mais de 60 anos, 30% disseram já ter usado o aplicativo."],
                        ["Trinta por cento dos moradores com mais de 60 anos disseram já ter usado o aplicativo."],
                        enabled=["DL+"])
    dl_dets = [d for d in dets if d.code == "DL+"]
    assert _dl(s, t, dl_dets) == [(["30%"], ["Trinta por cento"])]
    assert "escrito de outra forma" in dl_dets[0].explanation


def test_no_dl_for_a_number_written_out_in_its_place():
    s, t, dets, _ = run(["Os 30 alunos da turma visitaram o museu ontem."],
                        ["Os trinta alunos da turma visitaram o museu ontem."], enabled=["DL+"])
    assert _dl(s, t, dets) == []


def test_numbers_read_in_words_and_digits():
    from analysis.lexicon.numbers import read_digits, read_words
    assert read_words("cento e vinte confeiteiros".split(), 0) == (120, 3)
    assert read_words("dois mil e quinhentos".split(), 0) == (2500, 4)
    assert read_words("cinqüenta pessoas".split(), 0) == (50, 1)
    assert read_words("um carro".split(), 0) is None      # the article
    assert read_digits("20%") == (20, True) and read_digits("1.500") == (1500, False)
    assert read_digits("3,5%") is None


def test_dl_for_an_adverb_when_the_subject_and_the_phrase_traded_places():
    # two orders of the other words tie ("convidados festa" / "Pedro Ana"), but "também"
    # changed sides with words of both: it moved under either reading
    s, t, dets, _ = run(["Entre os convidados da festa estão também Pedro e Ana."],
                        ["Pedro e Ana também estão entre os convidados da festa."],
                        enabled=["DL+"])
    assert (["também"], ["também"]) in _dl(s, t, dets)
