"""Round 49, recall on real simplifications: what the engine missed on ten more PorSimples
productions annotated blind to it (``bench/data/porsimples_dev_e.jsonl``), read as general
patterns. The texts here are written for the purpose, no corpus text. Each rule is read twice:
the right reading with it, and with the rule patched out the reading turns, so every test can
fail.

* SL+: two adverbs joined by "ou" are an adverbial locution ("aproximadamente" → "mais ou
  menos"); a hyphenated word against its parts side by side is a spelling variant that leaves
  the place, the other words pairing without it ("mero fast-food" → "simples fast food"); an
  adjective said as a relative clause on a noun of its family ("estressante" → "que causou
  estresse"); a word written with the trema dropped in 2009 is as familiar as its spelling
  today ("sereno" → "tranqüilo"); "co-" doubling the consonant it meets is a prefix
  ("correlação" / "relação" is no respelling); an attribution whose author is a long noun
  phrase ("Para os moradores mais antigos do bairro," → "Na opinião dos moradores …"); a
  preposition of formal writing replaced by the common locution that says the same before
  the same complement ("após a aula" → "depois da aula", "diante de" → "na frente de").
* RD+: a clause set off by commas put last, where the diff moved the shorter run it passed
  ("as duas empresas, seja qual for a decisão do juiz, continuem" → "as duas empresas
  continuem …, seja qual for a decisão do juiz"); a connective with its infinitive is a
  reduced adverbial clause, whose move is RD+ ("antes de abrir escolas"), when on one side it
  opened its clause, closed by a comma (not one carried along while a phrase next to it
  moved: "… com a diretoria para discutir a reforma" → "… para discutir a reforma com a
  diretoria").
* MOD+: a participial clause made pronominal whose noun is the head of the phrase before it,
  a name after the head ("a empresa Silva & Filhos, contratada para" → "Contratou-se a
  empresa").
* OM+: one example set off by commas after the noun it exemplifies, dropped whole, counts
  however few its content words ("os primatas mais antigos, como o Sahelanthropus, …").
* DL+: a phrase moved with one synonym inside, found when the diff cannot see the move ("Em
  percursos longos, …" → "… em caminhos longos").
"""
from __future__ import annotations

from wordfreq import zipf_frequency

from analysis.lexicon import frequency
from analysis.strategies import dl, mod, om, rd, sl
from tests.rule_cases import both_ways

_STADIUM = ("O estádio recebeu aproximadamente vinte mil torcedores.",
            "O estádio recebeu mais ou menos vinte mil torcedores.")
_SNACK = ("A lanchonete da estrada virou um mero fast-food de turistas.",
          "A lanchonete da estrada virou um simples fast food de turistas.")
_WEEK = ("Foi uma semana estressante para a equipe do hospital.",
         "Foi uma semana que causou estresse para a equipe do hospital.")
_LAKE = ("Depois da chuva, o lago ficou sereno outra vez.",
         "Depois da chuva, o lago ficou tranqüilo outra vez.")
_SLEEP = ("Os médicos encontraram uma correlação entre o sono e a memória.",
          "Os médicos encontraram uma relação entre o sono e a memória.")
_SQUARE = ("Para os moradores mais antigos do bairro, a praça perdeu o encanto.",
           "Na opinião dos moradores mais antigos do bairro, a praça perdeu o encanto.")
_CLASS = ("Os alunos saíram da escola após a aula de música.",
          "Os alunos saíram da escola depois da aula de música.")
_JUDGE = ("O acordo permite que as duas empresas, seja qual for a decisão do juiz, continuem abertas.",
          "O acordo permite que as duas empresas continuem abertas, seja qual for a decisão do juiz.")
_SCHOOLS = ("O prefeito disse que, antes de abrir escolas, a cidade deveria reformar os prédios antigos do centro"
            " e contratar professores.",
            "O prefeito disse que a cidade deveria reformar os prédios antigos do centro e contratar professores"
            " antes de abrir escolas.")
_MEETING = ("Os técnicos vão se reunir no estádio com a diretoria do clube e membros do conselho para discutir a reforma.",
            "Os técnicos vão se reunir no estádio para discutir a reforma com a diretoria do clube e com membros do"
            " conselho.")
_ROOF = ("O museu fechou um contrato com a empresa Silva & Filhos, contratada para restaurar o telhado.",
         "O museu fechou um contrato com a empresa Silva & Filhos. Contratou-se a empresa para restaurar o telhado.")
_DIG = ("Os cientistas estudaram os primatas mais antigos, como o Sahelanthropus, em várias escavações.",
        "Os cientistas estudaram os primatas mais antigos em várias escavações.")
_BIKE = ("Em percursos longos, ele prefere andar de bicicleta.",
         "Ele prefere andar de bicicleta em caminhos longos.")

CASES = [
    ((sl, "_adverbs_either_way"), lambda locution: False, "SL+", _STADIUM, ("aproximadamente", "mais ou menos"), True),
    ((sl, "_compounds_spelled_apart"), lambda d, src, tgt: [], "SL+", _SNACK, ("mero", "simples"), True),
    # (round 65's relative clause closed by a family word reads this pair too: both off)
    ((sl, ("_relative_opens", "_description_ending_at")), (lambda words, tokens, k: False, lambda *a: None), "SL+",
     _WEEK, ("estressante", "que causou estresse"), True),
    ((frequency, "zipf"), lambda word: float(zipf_frequency(word.lower(), "pt")), "SL+", _LAKE,
     ("sereno", "tranqüilo"), True),
    ((sl, "_SHORT_PREFIXES"), ("a", "re", "en", "em", "es", "ex", "co", "com", "con", "pre", "pro", "sub"),
     "SL+", _SLEEP, ("correlação", "relação"), True),
    ((sl, "ATTRIBUTION_ADJUNCT_WINDOW"), 4, "SL+", _SQUARE, ("Para", "Na opinião dos"), True),
    ((sl, "PREPOSITION_LOCUTIONS"), {}, "SL+", _CLASS, ("após", "depois da"), True),
    ((rd, "_set_off_clause_passed"), lambda ctx, m: None, "RD+", _JUDGE,
     ("seja qual for a decisão do juiz", "seja qual for a decisão do juiz"), True),
    ((rd, "reduced_adverbial_clause"), lambda words: False, "RD+", _SCHOOLS,
     ("antes de abrir escolas", "antes de abrir escolas"), True),
    ((rd, "_opened_its_clause"), lambda ctx, m: True, "RD+", _MEETING,
     ("para discutir a reforma", "para discutir a reforma"), False),
    ((mod, "_noun_phrase_lemmas"), lambda words, i: {words[i - 1].lemma}, "MOD+", _ROOF,
     ("contratada", "Contratou-se"), True),
    ((om, "_example_aside"), lambda ctx, a, b: False, "OM+", _DIG, ("como o Sahelanthropus", ""), True),
    ((dl, "_key_with_synonym"), lambda src, a, b, syn, tgt: (None, None), "DL+", _BIKE,
     ("Em percursos longos", "em caminhos longos"), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)
