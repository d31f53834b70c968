"""DL+ Deslocamento de unidades lexicais: the same words moved to another position, with
little else changed (typically an adverbial: "Neste ano, X" → "X neste ano").

A moved unit is a *phrase* (adverbial, prepositional phrase, object, qualifier), never a clause
(a clause opened by a subordinator, or one holding a reporting verb, moved: RD+). It keeps
counting as moved when it gains or loses a determiner, an intensifier, commas or capitals on the
way ("Em casos de diarreia" → "em casos graves de diarreia" is not, "surpreendentes" →
"muito surpreendentes" is): such runs are matched on their content words.

Inside one sentence (1:1) a moved phrase is DL+ when little else changed, the voice stayed (in
a passive/active switch arguments trade places: MOD+) and the connectives stayed (relinked
clauses: RD+). In a split or merge, word order follows the new boundaries: on the PorSimples
development part, phrases "moved" there were mostly not displacements, so DL+ stays silent.
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.diff import Token
from analysis.lexicon.function_words import MOVABLE_ADVERBS, is_adverbial, is_clause
from analysis.strategies.base import PairContext
from analysis.strategies.mod import voice_changed
from analysis.strategies.rd import CLAUSE_MOVE_WORDS, connectives_changed
from analysis.strategies.registry import register
from analysis.types import KIND_ONE_TO_ONE, Detection, msg

CODE = "DL+"
MAX_OTHER_CHANGE = 0.2       # share of (unmoved) words changed elsewhere in a 1:1 pair
#: Words a moved phrase may gain or lose on the way without ceasing to be the same phrase.
_ADJUSTABLE = frozenset({
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "muito", "muita", "muitos", "muitas",
    "bem", "mais", "tão", "bastante", "bastantes", "extremamente", "já", "ainda", "e",
    "todo", "toda", "todos", "todas",
})


_DETERMINERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"})
#: a run ending on one of these is a fragment, not a phrase ("Universo e")
_LOOSE_ENDS = frozenset({"e", "ou", "de", "do", "da", "dos", "das", "em", "a", "o", "os", "as",
                         "que", "com", "para", "por", "ser", "mas"})
#: subordinators inside a run make it (part of) a clause
_CLAUSE_INSIDE = frozenset({"que", "quando", "porque", "embora", "enquanto", "onde"})
#: a preposition followed by an infinitive opens an infinitive clause ("para evitar...")
_BEFORE_INFINITIVE = frozenset({"para", "de", "antes", "depois", "sem", "ao", "até", "por"})


def _clause_inside(words: list[Token]) -> bool:
    if any(w.lower in _CLAUSE_INSIDE for w in words):
        return True
    return any(a.lower in _BEFORE_INFINITIVE and len(b.lower) > 3 and b.lower == b.lemma
               and b.lower.endswith(("ar", "er", "ir", "or"))
               for a, b in zip(words, words[1:], strict=False))


@dataclass(frozen=True)
class Moved:
    src: tuple[int, int]
    tgt: tuple[int, int]
    exact: bool


_INTENSIFIERS = frozenset({"muito", "muita", "muitos", "muitas", "bem", "mais", "tão", "bastante",
                           "extremamente", "super", "pouco", "menos"})


def _set_off(ctx: PairContext, side: str, i: int) -> bool:
    """Word i stands alone between commas/dashes (a parenthetical qualifier: "os resultados,
    surpreendentes, foram...")."""
    words = ctx.src_words if side == "s" else ctx.tgt_words
    text = (ctx.source_doc if side == "s" else ctx.target_doc).text
    w = words[i]
    before = text[words[i - 1].end:w.start] if i > 0 else ""
    after = text[w.end:words[i + 1].start] if i + 1 < len(words) else ""
    return any(c in before for c in ",—–") and any(c in after for c in ",—–")


def _unit(ctx: PairContext, m: Moved) -> bool:
    """A lexical unit worth reporting: two words or more, one adverb, or one qualifier that
    shows it is one (set off by commas, or gaining/losing an intensifier on the way)."""
    words = ctx.src_words[m.src[0]:m.src[1]]
    if len(words) >= 2:
        return any(w.is_content or w.kind == "num" for w in words)
    w = words[0]
    if w.lower in MOVABLE_ADVERBS or w.lower.endswith("mente"):
        return True
    if not w.is_content:
        return False
    tw, sw = ctx.tgt_words, ctx.src_words
    gained = m.tgt[0] > 0 and tw[m.tgt[0] - 1].lower in _INTENSIFIERS
    lost = m.src[0] > 0 and sw[m.src[0] - 1].lower in _INTENSIFIERS
    return gained or lost or _set_off(ctx, "s", m.src[0]) or _set_off(ctx, "t", m.tgt[0])


def _key(words: list[Token]) -> tuple[str, ...]:
    return tuple(w.lemma for w in words if w.lower not in _ADJUSTABLE)


def _fuzzy_moves(ctx: PairContext) -> list[Moved]:
    """Removed and added runs with the same words but for determiners/intensifiers, in another
    place: a phrase moved that gained or lost a determiner, an intensifier or commas."""
    d = ctx.diff
    src_runs = [op.src for op in d.ops if op.tag in ("delete", "replace")]
    tgt_runs = [op.tgt for op in d.ops if op.tag in ("insert", "replace")]
    # each added run as its kept (non-adjustable) words: a phrase's key is a contiguous stretch
    # of them, from a kept word to a kept word (linear per run, not every sub-run: long
    # unpunctuated inputs made the all-sub-runs search cubic)
    tgt_kept = [[(i, w.lemma) for i, w in enumerate(d.tgt_words[c:e]) if w.lower not in _ADJUSTABLE]
                for c, e in tgt_runs]
    out = []
    used: set[tuple[int, int]] = set()
    for a, b in src_runs:
        key = _key(d.src_words[a:b])
        if sum(1 for w in d.src_words[a:b] if w.is_content) < 1 or len(key) < 2:
            continue
        for (c, e), kept in zip(tgt_runs, tgt_kept, strict=True):
            if (c, e) in used:
                continue
            # the phrase may sit inside a longer added run: look for its key there
            hit = _find_key(kept, key)
            if hit is not None:
                out.append(Moved((a, b), (c + hit[0], c + hit[1]), False))
                used.add((c, e))
                break
    return [m for m in out if not _same_place(ctx, m)]


def _find_key(kept: list[tuple[int, str]], key: tuple[str, ...]) -> tuple[int, int] | None:
    """The first sub-run (start, end) of a run whose kept words' lemmas are ``key``."""
    n = len(key)
    for j in range(len(kept) - n + 1):
        if kept[j][1] == key[0] and all(kept[j + t][1] == key[t] for t in range(1, n)):
            return kept[j][0], kept[j + n - 1][0] + 1
    return None


def _same_place(ctx: PairContext, m: Moved) -> bool:
    def eq_before(idx: int, side: str) -> int:
        return sum((op.src[1] - op.src[0]) for op in ctx.diff.ops if op.tag == "equal"
                   and (op.src if side == "s" else op.tgt)[1] <= idx)
    return eq_before(m.src[0], "s") == eq_before(m.tgt[0], "t")


@register(CODE)
def detect(ctx: PairContext) -> list[Detection]:
    if not ctx.is_pair or not ctx.diff.changed:
        return []
    d = ctx.diff
    one = ctx.kind == KIND_ONE_TO_ONE
    if not one:
        return []  # in a split/merge word order follows the new boundaries (measured on dev)
    if voice_changed(d) or connectives_changed(ctx):
        return []  # arguments trade places (MOD+) or clauses were relinked (RD+)
    fuzzy = _fuzzy_moves(ctx)
    # an exact run inside a fuzzy one is the same phrase minus what it gained or lost
    moves = [Moved(m.src, m.tgt, True) for m in d.moves
             if not any(f.src[0] <= m.src[0] and m.src[1] <= f.src[1] for f in fuzzy)] + fuzzy
    if not moves:
        return []
    total = len(d.src_words) + len(d.tgt_words)
    moved = sum((m.src[1] - m.src[0]) + (m.tgt[1] - m.tgt[0]) for m in moves)
    other = sum((op.src[1] - op.src[0]) + (op.tgt[1] - op.tgt[0]) for op in d.ops if op.tag != "equal")
    other_share = max(0, other - moved) / max(1, total)
    if one and other_share > MAX_OTHER_CHANGE:
        return []
    out: list[Detection] = []
    for m in moves:
        words = d.src_words[m.src[0]:m.src[1]]
        if not _unit(ctx, m) or is_clause(words) or is_clause(d.tgt_words[m.tgt[0]:m.tgt[1]]):
            continue
        if m.exact and len(words) >= CLAUSE_MOVE_WORDS and not is_adverbial(words):
            continue  # a long non-adverbial run: RD+ decides whether it is a clause
        if not one and (len(words) < 2 or not is_adverbial(words)):
            continue  # in a split/merge only adverbial phrases move for their own sake
        if words[0].lower in _DETERMINERS and len(words) <= 3:
            continue  # a subject or object trading places: the clause was rebuilt
        if words[-1].lower in _LOOSE_ENDS or _clause_inside(words):
            continue  # a fragment cut by the new word order, or a clause
        if m.exact and m.tgt[0] > 0 and d.tgt_words[m.tgt[0] - 1].lower in _INTENSIFIERS \
                and (m.src[0] == 0 or d.src_words[m.src[0] - 1].lower not in _INTENSIFIERS):
            m = Moved(m.src, (m.tgt[0] - 1, m.tgt[1]), False)   # it gained an intensifier
        elif m.exact and m.src[0] > 0 and d.src_words[m.src[0] - 1].lower in _INTENSIFIERS \
                and (m.tgt[0] == 0 or d.tgt_words[m.tgt[0] - 1].lower not in _INTENSIFIERS):
            m = Moved((m.src[0] - 1, m.src[1]), m.tgt, False)   # it lost one
        s_span, t_span = d.src_span(*m.src), d.tgt_span(*m.tgt)
        s_text = ctx.source_doc.text[s_span[0]:s_span[1]]
        t_text = ctx.target_doc.text[t_span[0]:t_span[1]]
        base = 0.55 + 0.35 * (1 - min(1.0, other_share / MAX_OTHER_CHANGE)) if one else 0.6
        conf = base if m.exact else base * 0.9
        if m.exact:
            expl = msg("dl.moved", text=s_text)
        else:
            expl = msg("dl.moved_adjusted", text=s_text, target=t_text)
        out.append(ctx.detection(CODE, conf, [s_span], [t_span], expl,
                                 {"words": len(words), "text": s_text, "target_text": t_text,
                                  "exact": m.exact, "other_change": round(other_share, 2)}))
    return out
