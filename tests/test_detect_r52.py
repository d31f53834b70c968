"""Round 52, precision and recall on real simplifications: what the engine said wrongly or
missed on the last ten judged PorSimples productions annotated blind to it
(``bench/data/porsimples_dev_h.jsonl``), read as general patterns. The texts here are written
for the purpose, no corpus text. Each rule is read twice: the right reading with it, and with
the rule patched out the reading turns, so every test can fail.

* MOD+: the frame "X ter Y como Z" said from Y's side ("O time tem Pedro como capitão" →
  "Pedro é o capitão do time") is the point of view turned round, the guide's MOD+, and not a
  clause rebuilt around another verb (RF+ stays silent there).
* RD+: "quando" after the comma that closes a time expression ("ontem à tarde, quando …") is
  the relative adverb of that time, no connective, so a split that repeats the time drops no
  link; "para que" after an adjective of need or weight ("é determinante para que …") opens its
  complement, no purpose, so rewording the frame drops no purpose link; "Tanto que" opening its
  clause (so much so that) is a conclusive connective, and dropping it leaves the link implicit;
  "contribuir para que" names a cause with a verb, so a "Por isso" opening the effect says that
  relation another way ("contribuiu para que os europeus buscassem" → "Por isso, os europeus").
* RF+: a countdown said as a distance in time ("A dois dias da final, …") told with "faltar"
  ("Faltando dois dias para a final, …") is an expression reworded as a whole, as the
  annotators read it twice.
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import mod, rd, rf
from tests.rule_cases import both_ways, no_connectives

_TEAM = ("O time tem Pedro como capitão.", "Pedro é o capitão do time.")

_BOOKS = ("Esses eram os livros que os funcionários guardavam na sala do diretor ontem à tarde, quando a equipe do"
          " jornal conseguiu entrar em um dos espaços mais fechados do prédio.",
          "Esses eram os livros que os funcionários guardavam na sala do diretor ontem à tarde. Ontem à tarde, a"
          " equipe do jornal conseguiu entrar em um dos espaços mais fechados do prédio.")

_HILLS = ("Como o vento vem do sul, a altitude da serra é determinante para que a cidade registre as menores"
          " temperaturas.",
          "O vento vem do sul. Com isso, a altura da serra causa as menores temperaturas na cidade.")

_FAMOUS = ("As pílulas ficaram famosas. Tanto que as irmãs cansaram de dar entrevistas.",
           "As pílulas ficaram famosas. As irmãs cansaram de dar entrevistas.")

_ROUTES = ("O domínio turco sobre as rotas de comércio contribuiu para que os europeus buscassem caminhos"
           " marítimos para o Oriente.",
           "Os turcos dominavam as rotas de comércio. Por isso, os europeus começaram a procurar caminhos pelo mar"
           " para o Oriente.")

_FINAL = ("A dois dias da final, o técnico ainda não definiu o time titular.",
          "Faltando dois dias para a final, o técnico ainda não definiu o time titular.")

CASES = [
    ((mod, "role_frame_turned"), lambda ctx: iter(()), "MOD+", _TEAM, ("tem", "é"), True),
    ((rf, "role_frame_turned"), lambda ctx: iter(()), "RF+", _TEAM, (_TEAM[0], None), False),
    ((connectives, "_TIME_ANTECEDENTS"), frozenset(), "RD+", _BOOKS, ("quando", None), False),
    ((connectives, "_GOVERN_PARA"), frozenset(), "RD+", _HILLS, ("para que", None), False),
    ((connectives, "CONNECTIVES"), no_connectives("tanto que"), "RD+", _FAMOUS, ("Tanto que", None), True),
    ((rd, "_CAUSING_VERBS"), rd._CAUSING_VERBS - {"contribuir"}, "RD+", _ROUTES, ("contribuiu", None), True),
    ((rf, "_countdown_with_faltar"), lambda ctx: None, "RF+", _FINAL, ("A dois dias da", "Faltando dois dias para"), True),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)
