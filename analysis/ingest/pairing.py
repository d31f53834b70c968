"""Which file of a corpus zip is the source and which the simplified version of the same text.

Why word pairs instead of one pattern: research teams name files in their own way
(``texto-fonte.txt``/``texto-alvo.txt``, ``teste_origem_complexo.txt``/``teste_destino_simples.txt``,
``test_source_complex.txt``/``test_target_simple.txt``, ``original/t1.txt``/``simplificado/t1.txt``).
A name is cut into words at any separator (``_ - . space``); the words that say a role are taken
out and what is left names the pair. *Strong* role words (fonte, alvo, origem, destino, original,
simplificado, source, target...) decide; *weak* ones (complexo, simples, complex, simple) decide only
when no strong word is present (``frases_simples_fonte`` is a source); every role word is taken
out of the pair's name, so both sides of a pair get the same name. A name without any role word takes
the role of its nearest folder. The same name in two formats on both sides gives two pairs; what
cannot be paired is returned so the researcher can pair it by hand.

Three levels (original → natural → strong, as in PorSimples): a third file of the same name whose
name says *forte*, *strong*, *nivel3* or *level3* (or that sits in such a folder) is the strong
simplification, and the three are read as one chain; *natural* says target (the natural
simplification). ``texto_fonte`` / ``texto_alvo`` / ``texto_forte`` and ``X_original`` /
``X_natural`` / ``X_forte`` both work, and so does ``X.txt`` / ``X-natural.txt`` / ``X-strong.txt``:
a name without any role word is the original of the same-named natural and strong files (only
then; next to a single simplified file it stays unpaired, as before). A level word is weaker than
a source/target word (``o_homem_forte_fonte`` is a source) and stronger than a weak one.
Names are only parsed as strings, never used as paths.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

SOURCE, TARGET, STRONG = "source", "target", "strong"

_STRONG = {
    "fonte": SOURCE, "origem": SOURCE, "original": SOURCE, "orig": SOURCE, "source": SOURCE,
    "src": SOURCE,
    "alvo": TARGET, "destino": TARGET, "simplificado": TARGET, "simplificada": TARGET,
    "target": TARGET, "tgt": TARGET, "simplified": TARGET, "natural": TARGET,
}
#: the third level (strong simplification): weaker than a source/target word, stronger than a weak one
_LEVEL3 = {"forte": STRONG, "strong": STRONG, "nivel3": STRONG, "level3": STRONG}
_WEAK = {
    "complexo": SOURCE, "complexa": SOURCE, "complex": SOURCE,
    "simples": TARGET, "simple": TARGET, "simplificacao": TARGET,
}
_TABLES = (_STRONG, _LEVEL3, _WEAK)
_SEP_RE = re.compile(r"[\s_\-.]+")


@dataclass(frozen=True)
class CorpusFile:
    """One document of the zip that was not paired automatically."""

    member: str            # the member's full name inside the zip: what a manual choice refers to
    name: str              # its base name, for display
    role: str | None       # "source" / "target" / "strong" as guessed from the name; None when it says nothing


@dataclass(frozen=True)
class PlannedPair:
    name: str
    source_member: str
    target_member: str
    third_member: str = ""      # the strong level when the name has three files: read as a chain


@dataclass
class PairingPlan:
    pairs: list[PlannedPair] = field(default_factory=list)
    unmatched: list[CorpusFile] = field(default_factory=list)
    #: (name, Portuguese message): why a name or a file was not paired
    problems: list[tuple[str, str]] = field(default_factory=list)


def base_name(member: str) -> str:
    return member.replace("\\", "/").rsplit("/", 1)[-1]


def _split_ext(base: str) -> tuple[str, str]:
    dot = base.rfind(".")
    return (base[:dot], base[dot:].lower()) if dot > 0 else (base, "")


def role_of(member: str) -> tuple[str | None, str]:
    """``(role, pair name)`` read from a member name; role None when the name says nothing
    (or contradicts itself)."""
    stem, _ext = _split_ext(base_name(member))
    words = [w for w in _SEP_RE.split(stem) if w]
    roles: set[str] = set()
    for table in _TABLES:         # the first kind of role word present decides
        roles = {table[w.casefold()] for w in words if w.casefold() in table}
        if roles:
            break
    if len(roles) == 1:
        role = next(iter(roles))
        rest = [w for w in words if not any(w.casefold() in table for table in _TABLES)]
        return role, "_".join(rest)
    if roles:
        return None, stem
    # no role word in the name: the nearest folder that names one (fonte/, simplificado/, forte/...)
    for folder in reversed(member.replace("\\", "/").split("/")[:-1]):
        folder_roles = {_STRONG.get(w.casefold()) or _LEVEL3.get(w.casefold()) or _WEAK.get(w.casefold())
                        for w in _SEP_RE.split(folder)}
        folder_roles.discard(None)
        if len(folder_roles) == 1:
            return folder_roles.pop(), stem
    return None, stem


def plan_pairs(members: list[str]) -> PairingPlan:
    """Pair document members by name (see the module docstring), in archive order."""
    plan = PairingPlan()
    groups: dict[str, dict[str, list[str]]] = {}
    names: dict[str, str] = {}          # casefolded key -> the name as first written
    bare: list[tuple[str, str]] = []    # (member, stem) of names without any role word
    for member in members:
        role, name = role_of(member)
        if role is None:
            bare.append((member, name))
            continue
        key = name.casefold()
        names.setdefault(key, name)
        groups.setdefault(key, {SOURCE: [], TARGET: [], STRONG: []})[role].append(member)
    for member, stem in bare:
        group = groups.get("_".join(w for w in _SEP_RE.split(stem) if w).casefold())
        if group is not None and group[TARGET] and group[STRONG] and not group[SOURCE]:
            group[SOURCE].append(member)        # X.txt next to X-natural.txt and X-strong.txt
            continue
        plan.unmatched.append(CorpusFile(member, base_name(member), None))
        plan.problems.append((base_name(member), "O nome não diz se o arquivo é fonte ou alvo "
                              "(ex.: texto_fonte / texto_alvo); arquivo não pareado."))
    for key, name in names.items():
        _pair_group(plan, name or "texto", groups[key][SOURCE], groups[key][TARGET], groups[key][STRONG])
    return plan


def _role(member: str, sources: list[str], targets: list[str]) -> str:
    return SOURCE if member in sources else TARGET if member in targets else STRONG


def _pair_group(plan: PairingPlan, name: str, sources: list[str], targets: list[str],
                thirds: list[str] | None = None) -> None:
    thirds = thirds or []
    if len(sources) == 1 and len(targets) == 1 and len(thirds) <= 1:
        plan.pairs.append(PlannedPair(name, sources[0], targets[0], thirds[0] if thirds else ""))
        return
    if not sources or not targets:
        missing = "fonte" if not sources else "alvo (simplificado)"
        plan.problems.append((name, f"Falta o arquivo {missing} deste par; par não formado."))
        plan.unmatched.extend(CorpusFile(m, base_name(m), _role(m, sources, targets))
                              for m in sources + targets + thirds)
        return
    if thirds:      # several files on a side of a three-level text: no guess, pair it by hand
        plan.unmatched.extend(CorpusFile(m, base_name(m), _role(m, sources, targets))
                              for m in sources + targets + thirds)
        plan.problems.append((name, "Nome duplicado: há mais de um arquivo para um dos três níveis com este "
                                    "nome e não é possível saber quais formam a cadeia; escolha o par à mão."))
        return
    # several files for one name: pair them format by format (texto_fonte.pdf with texto_alvo.pdf)
    # only when every format has exactly one file on each side; anything else would be a guess
    by_ext: dict[str, dict[str, list[str]]] = {}
    for role, group in ((SOURCE, sources), (TARGET, targets)):
        for m in group:
            by_ext.setdefault(_split_ext(base_name(m))[1], {SOURCE: [], TARGET: []})[role].append(m)
    if all(len(sides[SOURCE]) == 1 and len(sides[TARGET]) == 1 for sides in by_ext.values()):
        for ext, sides in by_ext.items():
            plan.pairs.append(PlannedPair(f"{name} ({ext.lstrip('.')})", sides[SOURCE][0], sides[TARGET][0]))
        return
    plan.unmatched.extend(CorpusFile(m, base_name(m), SOURCE if m in sources else TARGET) for m in sources + targets)
    plan.problems.append((name, "Nome duplicado: há mais de um arquivo fonte ou alvo com este nome e não é "
                                "possível saber qual forma par com qual; escolha o par à mão."))
