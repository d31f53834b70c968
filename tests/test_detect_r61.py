"""Round 61, from the development gold (no new annotation): the order of ideas (RD+).

A cause put first in a split is found past a short attribution aside that stood between the
consequence and its cause ("Isso pode ser uma boa coisa, avalia, já que a tendência do vírus
seria …" → "A tendência do vírus seria … . Isso pode ser uma boa coisa.", dev_h 145 g24): the
consequence is the clause before the aside, not the aside itself.

A clause of an earlier time ("quando", "depois que") that followed its main clause and became
a sentence before it follows the order of events as a cause put first does ("Braga, que já havia
sido mordido por um vira-lata quando entrou para os Correios, em 2000, está sem trabalhar" →
"Braga entrou para os Correios em 2000. Um vira-lata mordeu Braga em 2000. …", dev_d 79 g16;
dev 42 g2). The development annotators code both as a change in the order of ideas; with
the time clause put first, its "quando" (a form that also asks) linked that clause, and the
split left the link implicit (the annotators code it too, 79 g16).

An opening clause put after its main clause may come back behind another connective of the same
relation ("Enquanto realizavam …, os astronautas prestaram …" → "Os astronautas prestaram … ao
mesmo tempo em que realizavam …", dev_h 159 g22), and in a split the order is read in the
sentence that took the clause.

A connective set off by commas inside its sentence ("Eles, por sua vez, iniciam …", "Foi essa,
aliás, a faceta …") and dropped is a link left implicit however much of the sentence was rebuilt
around it (dev_f 151 g13, dev_e 17 g8); not a link of time ("tentando, agora, descobrir"), a
coordinator whose item went with it, an adverb of emphasis ("tornar-se, de fato, um direito"),
nor where the target says the link another way ("Já quem critica …").

A reporting clause put before the speech behind the gerund clause that followed it ('"…",
diz, gesticulando …' → 'Gesticulando …, diz: "…"', dev_f 162 g3) moved as one with a subject
does. DL+: "além de" opens an adverbial phrase as the other complex prepositions do
("oferece, além da obra, todos os móveis" → "Além da obra, o programa oferece …", dev_e 31
g20). A preposition opens a clause past a negation before its infinitive ("para nunca mais
aparecer", "para não se perder"), and a purpose "para" deleted where a split put a sentence
boundary left the purpose implicit ("… em maio de 2006 para nunca mais aparecer" → "… em maio
de 2006. Nunca mais apareceu.", dev_d 111 g27). The texts are written for the purpose, no
corpus text.
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import dl, rd
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_FEE = ("A mudança pode ser boa para os alunos, avalia o diretor, já que a escola passaria a abrir "
        "mais cedo todos os dias.",
        "A escola passaria a abrir mais cedo todos os dias. A mudança pode ser boa para os alunos.")
_BITE = ("Carlos, que já tinha sido multado por um guarda quando comprou o carro novo, em 2019, "
         "não dirige desde o acidente.",
         "Carlos comprou o carro novo em 2019. Um guarda multou Carlos em 2019. "
         "Carlos não dirige desde o acidente.")
_SHOW = ("Enquanto esperavam a chegada do ônibus escolar na praça, os alunos cantaram uma canção, "
         "em coro, para os moradores do bairro.",
         "Os alunos cantaram uma canção para os moradores do bairro. Os alunos cantaram ao mesmo "
         "tempo em que esperavam a chegada do ônibus escolar na praça. Os alunos cantaram em coro.")

_TISSUE = ("As células formam os tecidos do corpo. Os tecidos, por sua vez, formam os órgãos, como o "
           "coração e os pulmões, que trabalham juntos.",
           "As células formam os tecidos do corpo. Os tecidos formam os órgãos. O coração e os pulmões "
           "são órgãos que trabalham juntos.")

_GESTURE = ('"Temos um saco de 200 quilos de areia para peneirar", diz, apontando para o trabalho à frente.',
            'Apontando para o trabalho à frente, diz: "Temos um saco de 200 quilos de areia para peneirar".')

_FURNITURE = ("A escola tem uma verba de R$ 20 mil e recebe, além da reforma, todos os livros -- doados por editoras.",
              "A escola tem uma verba de R$ 20 mil. Além da reforma, a escola recebe todos os livros. "
              "As editoras doam os livros.")

_HOME = ("Depois de uma briga com os irmãos, saiu de casa em março de 2010 para nunca mais voltar.",
         "Depois de uma briga com os irmãos, saiu de casa em março de 2010. Nunca mais voltou.")

CASES = [
    ((connectives, "_past_negation"), lambda words, k: k, "RD+", _HOME, ("para", None), True),
    ((dl, "_COMPLEX_PREPOSITIONS"), dl._COMPLEX_PREPOSITIONS - {"além"}, "DL+", _FURNITURE,
     ("além da reforma", "Além da reforma"), True),
    ((rd, "_gerund_opening"), lambda ctx, j: None, "RD+", _GESTURE,
     ("diz", "Apontando para o trabalho à frente, diz"), True),
    ((rd, "_its_clause_put_first"), lambda ctx, r: False, "RD+", _BITE, ("quando", None), True),
    ((rd, "_set_off_aside"), lambda ctx, m: False, "RD+", _TISSUE, ("por sua vez", None), True),
    ((rd, "_attribution_aside"), lambda words: False, "RD+", _FEE,
     ("a escola passaria a abrir mais cedo todos os dias", "A escola passaria a abrir mais cedo todos os dias"), True),
    ((rd, "_EARLIER_CONJUNCTIONS"), frozenset(), "RD+", _BITE,
     ("comprou o carro novo", "Carlos comprou o carro novo em 2019"), True),
    ((rd, "_same_relation_openers"), lambda ctx, s0: set(), "RD+", _SHOW,
     ("Enquanto esperavam a chegada do ônibus escolar na praça",
      "ao mesmo tempo em que esperavam a chegada do ônibus escolar na praça"), True),
    ((rd, "_where_the_order_is_read"), lambda ctx, ta, tb: ctx.diff.tgt_words, "RD+", _SHOW,
     ("Enquanto esperavam a chegada do ônibus escolar na praça",
      "ao mesmo tempo em que esperavam a chegada do ônibus escolar na praça"), True),
]

test_round_61_reads_the_pair_right, test_round_61_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_time_clause_kept_after_its_main_clause_is_no_change_of_order():
    """The split keeps the main clause first: the order of ideas is the source's."""
    src = "Carlos foi multado por um guarda quando comprou o carro novo, em 2019."
    tgt = "Carlos foi multado por um guarda em 2019. Isso aconteceu quando comprou o carro novo."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if p[0] == "comprou o carro novo"]


def test_an_aside_is_short_and_says_who_holds_the_statement():
    """A reporting verb with its subject, or an attribution marker, is an aside; a clause of
    its own is not."""
    def words(text):
        return [w for w in rd.tokenize(text) if w.kind == "word"]
    assert rd._attribution_aside(words("avalia o diretor"))
    assert rd._attribution_aside(words("segundo a estatal brasileira"))
    assert not rd._attribution_aside(words("a escola abriu as portas mais cedo"))
    assert not rd._attribution_aside(words("disse o diretor da escola estadual do bairro"))


def test_an_aside_of_time_or_emphasis_is_no_link_left_implicit():
    """"agora" between commas places the act in time; "de fato" stresses the predicate."""
    for src, tgt, form in (
            ("Os cientistas estão tentando, agora, descobrir de onde veio o vírus que chegou ao país.",
             "Os cientistas tentam descobrir de onde veio o vírus. O vírus chegou ao país.", "agora"),
            ("Só assim a leitura deixará de ser privilégio de poucos para tornar-se, de fato, um direito de todos.",
             "Só assim ler deixará de ser privilégio de poucos e será um direito de todos.", "de fato")):
        assert not [p for p in analyzed_pairs("RD+", src, tgt) if p[0] == form], form


def test_an_aside_whose_link_the_target_says_another_way_is_not_dropped():
    """A new connective opens the sentence ("Já"): the contrast is still said."""
    src = "Os defensores da lei elogiam a medida. Os críticos, por sua vez, afirmam que a lei é inútil e cara."
    tgt = "Os defensores da lei elogiam a medida. Já quem critica diz que a lei é inútil e cara."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if p[0] == "por sua vez"]
    # (the same sentence without the new opener: the link went out)
    tgt = "Os defensores da lei elogiam a medida. Os críticos dizem que a lei é inútil e cara."
    assert [p for p in analyzed_pairs("RD+", src, tgt) if p[0] == "por sua vez"]


def test_a_negated_infinitive_still_opens_a_clause():
    """"para não errar", "para nunca mais voltar", "por não ter", "depois de não ver": the
    preposition opens a negative clause; "para não" alone, with no verb after, does not."""
    for text, expected in (("para nunca mais voltar", True), ("para não se perder", True),
                           ("por não ter", True), ("depois de não ver", True), ("para não", False)):
        words = text.split()
        assert connectives.opens_reduced_clause(words, 0) is expected, text


def test_a_purpose_cut_where_a_sentence_now_ends_needs_the_boundary_there():
    """The "para" deleted alone counts only where the split put a sentence boundary in its place."""
    src = "Depois de uma briga com os irmãos, saiu de casa em março de 2010 para nunca mais voltar."
    tgt = "Depois de uma briga com os irmãos, saiu de casa em março de 2010 e nunca mais voltou."
    assert not [p for p in analyzed_pairs("RD+", src, tgt) if p[0] == "para"]
