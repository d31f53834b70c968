"""Round 67, from the development gold (no new annotation). DL+: a noun phrase of time with no
preposition ("um dia", "toda semana", "o ano passado") is the verb's circumstance and moves as
one ("planejava um dia morar na África" → "planejava morar na África um dia", dev 109 g2), where
an article-first run is otherwise a subject or an object trading places. A word the source
holds twice says nothing of a neighbour's side ("… de 144 municípios -- este ano, … em 162
municípios" → "Neste ano, … em 162 municípios": the phrase kept its place, dev 74 g6, a false
alarm the first rule raised).
MOD+: "por" before a determiner or a number and a noun of cause or time ("por algum motivo",
"por dois anos") opens a locution, no agent of a passive (a false alarm on a written pair).
RD+: a finite subordinate clause that opened its sentence, told after its main clause in a
later sentence of a split ("Como havia lobos nas Américas, os cientistas quiseram testar …" →
"Os cientistas quiseram testar …. Isso ocorreu porque havia lobos ali", dev 135 g10): the order
of the ideas changed, besides the connective replaced; one of its content words (with its
preposition: "nas Américas") may have gone to the main clause's sentence. A clause put first
and taken up again by "isso" (a left dislocation), told in its place after the verb it
completes ("Agora, se sou socialista, isso ainda não sei" → "Agora, ainda não sei se sou
socialista", dev 106 g4 and 73 g22).
A purpose said by "para" and an action noun, told by "com o objetivo de" and the noun's own
verb ("para a melhor compreensão" → "com o objetivo de compreender melhor", dev 149 g7), is the
same link wherever the split put it.
Precision, from the DL+ rows on the unannotated levels of the development productions: a
condition opened by "se" moved is a clause (RD+ reports it), no phrase displaced too; and a
subordinate clause and its main clause that traded places are one move, the subordinate
clause's (the main clause was reported as moved as well, ps9 NAT→STR).
The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.lexicon.voice import por_locution
from analysis.strategies import dl, rd
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_PAINTER = ("Quando criança, o pintor planejava um dia morar em Paris.",
            "Quando criança, o pintor planejava morar em Paris um dia.")
_SALES = ("O comércio vendeu muito o ano passado na cidade.", "O ano passado o comércio vendeu muito na cidade.")
_SCHOOLS = ("Em 2006, o programa atendeu 150 mil crianças de 144 cidades -- este ano, já são 157 mil atendidas "
            "em 162 cidades.",
            "Em 2006, o programa atendeu 150 mil crianças de 144 cidades. Neste ano, 157 mil já foram atendidas "
            "em 162 cidades.")
_WOLVES = ("Como também havia lobos selvagens nas Américas antes da chegada dos humanos, outros cientistas "
           "quiseram testar as hipóteses sobre a domesticação no novo continente.",
           "Outros cientistas quiseram testar as hipóteses sobre a domesticação nas Américas. Isso ocorreu "
           "porque também havia lobos selvagens ali antes da chegada dos humanos.")
_WOLVES_THERE = ("Como havia lobos nas Américas antes da chegada dos humanos, os cientistas quiseram testar as "
                 "hipóteses sobre a domesticação.",
                 "Os cientistas quiseram testar as hipóteses sobre a domesticação nas Américas. Isso ocorreu "
                 "porque havia lobos ali antes da chegada dos humanos.")
_RAIN = ("Quando a chuva finalmente parou, os moradores voltaram para suas casas destruídas.",
         "Os moradores voltaram para suas casas destruídas. Isso aconteceu quando a chuva finalmente parou.")
_PROJECT = ("Agora, se o projeto vai dar certo, isso ninguém sabe ainda.",
            "Agora, ninguém sabe ainda se o projeto vai dar certo.")

_CLICK = ("O usuário pode também ler explicações sobre cada planeta se clicar sobre a sua imagem.",
          "Se clicar sobre a sua imagem, o usuário pode também ler explicações sobre cada planeta.")
_TRIPS = ("As viagens de ônibus ficam mais divertidas quando as crianças podem fazer algo além de olhar "
          "pela janela.",
          "Quando as crianças podem fazer algo além de olhar pela janela, as viagens de ônibus ficam mais "
          "divertidas.")

_SQUARE = ("A cidade investiu todo o dinheiro para a recuperação da praça central no chamado plano verde, o "
           "programa de obras do bairro.",
           "A cidade investiu no plano verde com o objetivo de recuperar a praça central. O plano verde é o "
           "programa de obras do bairro.")

CASES = [
    ((rd, "_nominal_purpose_told_by_its_verb"), lambda *a: False, "RD+", _SQUARE, ("para", "com o objetivo de"),
     True),
    ((dl, "opens_condition"), lambda *a: False, "DL+", _CLICK,
     ("se clicar sobre a sua imagem", "Se clicar sobre a sua imagem"), False),
    ((rd, "_frame_of_a_moved_clause"), lambda *a: False, "RD+", _TRIPS,
     ("As viagens de ônibus ficam mais divertidas", "as viagens de ônibus ficam mais divertidas"), False),
    ((dl, "is_time_noun_phrase"), lambda words: False, "DL+", _PAINTER, ("um dia", "um dia"), True),
    ((dl, "is_time_noun_phrase"), lambda words: False, "DL+", _SALES, ("o ano passado", "O ano passado"), True),
    ((dl, "_said_twice"), lambda d: set(), "DL+", _SCHOOLS, ("este ano", "Neste ano"), False),
    ((rd, "_subordinate_opening"), lambda *a: False, "RD+", _RAIN,
     ("Quando a chuva finalmente parou", "Isso aconteceu quando a chuva finalmente parou"), True),
    ((rd, "SUBORDINATE_STRAYS"), 0, "RD+", _WOLVES,
     ("Como também havia lobos selvagens nas Américas antes da chegada dos humanos",
      "Isso ocorreu porque também havia lobos selvagens ali antes da chegada dos humanos"), True),
    ((rd, "SUBORDINATE_STRAYS"), 0, "RD+", _WOLVES_THERE,
     ("Como havia lobos nas Américas antes da chegada dos humanos",
      "Isso ocorreu porque havia lobos ali antes da chegada dos humanos"), True),
    ((rd, "_dislocated_clause_put_back"), lambda ctx: iter(()), "RD+", _PROJECT,
     ("se o projeto vai dar certo", "se o projeto vai dar certo"), True),
]

test_round_67_reads_the_pair_right, test_round_67_without_the_rule_the_reading_turns = both_ways(CASES)


def test_the_subordinate_clause_is_what_moved():
    """With its main clause silent, the clause that traded places with it is still reported."""
    assert ("quando as crianças podem fazer algo além de olhar pela janela",
            "Quando as crianças podem fazer algo além de olhar pela janela") in analyzed_pairs("RD+", *_TRIPS)
    assert ("se clicar sobre a sua imagem", "Se clicar sobre a sua imagem") in analyzed_pairs("RD+", *_CLICK)


def test_para_before_a_noun_of_another_verb_is_no_purpose_told_anew():
    """The verb after "com o objetivo de" is of another family than the noun after "para": no
    pair is drawn across the split by the noun."""
    source = ("A cidade investiu todo o dinheiro para a recuperação da praça central no chamado plano verde, o "
              "programa de obras do bairro.")
    target = ("A cidade investiu no plano verde com o objetivo de limpar a praça central. O plano verde é o "
              "programa de obras do bairro.")
    assert ("para", "com o objetivo de") not in analyzed_pairs("RD+", source, target)


def test_por_with_a_noun_of_cause_or_time_is_no_agent():
    """A locution after a passive is no agent made explicit; a person or an institution is."""
    assert por_locution("foram levados por algum motivo".split(), 2)
    assert por_locution("ficou fechada por dois anos".split(), 2)
    assert por_locution("foi escrito por um lado".split(), 2)
    assert not por_locution("foi roubado por um homem".split(), 2)
    assert not por_locution("foi ferido por dois cães".split(), 2)
    assert not por_locution("foi atacado por uma pessoa".split(), 2)
    source = "Os filhotes nasceram no parque e, por algum motivo, tiveram de ser levados ao zoológico."
    target = "Os filhotes nasceram no parque. Eles tiveram de ser levados ao zoológico por algum motivo."
    assert not [p for p in analyzed_pairs("MOD+", source, target) if p[1] == "por algum motivo"]
    assert ("por algum motivo", "por algum motivo") in analyzed_pairs("DL+", source, target)


def test_an_opening_noun_phrase_with_a_word_elsewhere_is_no_clause_put_after():
    """A subject whose apposition a split made a sentence before it keeps its place: only a
    subordinate clause may leave one word in the main clause's sentence."""
    source = ("Algumas frases do livro, lançado em 1943 nos Estados Unidos, dois anos antes de o autor "
              "desaparecer no mar durante uma viagem, não saem tão cedo da memória.")
    target = ("O livro foi lançado em 1943 nos Estados Unidos. O livro foi lançado dois anos antes de o autor "
              "desaparecer no mar durante uma viagem. Algumas frases do livro não saem tão cedo da memória.")
    assert not [p for p in analyzed_pairs("RD+", source, target) if p[0] == "Algumas frases do livro"]


def test_a_clause_still_taken_up_by_isso_kept_its_place():
    """The target keeps the demonstrative ("isso" still there, the clause after a colon): no
    dislocation undone, whatever else moved."""
    source = "Agora, se o projeto vai dar certo, isso ninguém sabe ainda."
    target = "Agora, isso ninguém sabe ainda: se o projeto vai dar certo."
    assert not [p for p in analyzed_pairs("RD+", source, target) if p[0].startswith("se o projeto")]
