"""Acronyms and the words they stand for ("UFSC" / "Universidade Federal de Santa Catarina",
"ONGs" / "organizações não governamentais"): OM+ does not count an expansion beside its kept
acronym as omitted, RF+ reads an acronym as the subject its words named."""
from __future__ import annotations

#: small words an acronym's letters may leave out ("Ministério da Saúde" → "MS")
INITIALS_GLUE = frozenset({"de", "da", "do", "das", "dos", "e", "em", "para", "a", "o"})
#: the word that announces an acronym's expansion ("Sars (sigla em inglês para …)")
ACRONYM_WORD = "sigla"
#: the shortest acronym read as standing for a run of words
MIN_ACRONYM = 2


def spells_acronym(text: str, words) -> bool:
    """Is ``text`` an acronym (capitals only, a plural "s" allowed: "ONGs") whose letters are, in
    order, the initials of a run of ``words`` (tokens: ``.text``, ``.lower``), glue words aside?"""
    letters = text[:-1] if text.endswith("s") and text[:-1].isupper() else text
    if len(letters) < MIN_ACRONYM or not letters.isupper() or not letters.isalpha():
        return False
    initials = [(w.text[:1].upper(), w.lower in INITIALS_GLUE) for w in words]
    for a in range(len(initials)):
        k, n = a, 0
        while k < len(initials) and n < len(letters):
            if initials[k][0] == letters[n]:
                n += 1
            elif not initials[k][1]:
                break
            k += 1
        if n == len(letters):
            return True
    return False
