"""Attribution markers: the words that say whose statement a clause reports, with no reporting
verb ("Segundo o ministro, …", "Para a pesquisadora, …", "Na opinião dos médicos, …").

Why a list of its own: these are not connectives (they link no two clauses, guide section 2),
and the short prepositions among them are ambiguous ("segundo" is also an ordinal, "para" also
states a purpose), while the explicit ones name what is attributed ("opinião", "acordo"). A
short marker replaced by an explicit one in the same place is a lexical simplification."""
from __future__ import annotations

from analysis.lexicon.function_words import is_function_word

#: clause-initial markers that are prepositions (ambiguous out of context)
SHORT_MARKERS: frozenset[tuple[str, ...]] = frozenset({("segundo",), ("conforme",), ("para",)})

#: explicit markers: a noun says that what follows is someone's view or account
EXPLICIT_MARKERS: frozenset[tuple[str, ...]] = frozenset({
    ("na", "opinião", "de"), ("na", "opinião", "do"), ("na", "opinião", "da"),
    ("na", "opinião", "dos"), ("na", "opinião", "das"),
    ("na", "visão", "de"), ("na", "visão", "do"), ("na", "visão", "da"),
    ("na", "visão", "dos"), ("na", "visão", "das"),
    ("de", "acordo", "com"),
})

#: personal pronouns: a speaker named by one ("segundo ele" → "Ele diz que") is still named
PERSONAL_PRONOUNS = frozenset({"eu", "tu", "ele", "ela", "nós", "vós", "eles", "elas", "você", "vocês"})


def speaker_lemmas(tokens) -> set[str]:
    """Lemmas that name a speaker: content words and personal pronouns, not the articles and
    prepositions around them ("segundo o reitor Lucio Botelho" → reitor, Lucio, Botelho)."""
    return {t.lemma for t in tokens if t.kind == "word"
            and (t.lower in PERSONAL_PRONOUNS or not is_function_word(t.lower, t.lemma))}
