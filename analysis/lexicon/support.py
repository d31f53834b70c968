"""Two small closed classes for telling a lexicalised phrase from an idiom reworded as a whole.

* Support (light) verbs: verbs whose meaning lies in the noun after them ("tomar uma
  decisão", "dar início", "fazer uso", "ter uma noção", "pôr fim"). A phrase of one of these and
  its noun replaced by one verb is a lexicalised phrase made common (SL+, annotation guide). A
  *full* verb with a noun ("ganhou fôlego", "veio à tona", "jogou a toalha") replaced by one
  verb may be such a phrase too ("perderam a vida" → "morreram") or a figurative idiom
  (RF+): the form alone cannot say which.
* General nouns: nouns that name only a class ("pessoa", "coisa", "lugar"); they carry no
  meaning of their own that a specific noun could be replaced by one for one. Nouns of kind
  ("tipo", "espécie") are such nouns when their "de" complement names the class ("tipos de
  trabalho").
"""
from __future__ import annotations

#: lemmas of the Portuguese support verbs (light verbs)
SUPPORT_VERBS = frozenset({"dar", "fazer", "ter", "tomar", "pôr"})

#: lemmas (and plural forms) of the general nouns
GENERAL_NOUNS = frozenset({
    "pessoa", "pessoas", "coisa", "coisas", "gente", "lugar", "lugares", "objeto", "objetos",
    "indivíduo", "indivíduos", "sujeito", "sujeitos",
})

#: nouns that name a kind of the noun their "de" complement names ("tipos de trabalho")
KIND_NOUNS = frozenset({"tipo", "tipos", "espécie", "espécies", "categoria", "categorias", "classe", "classes"})
