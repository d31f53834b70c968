"""MT+ Mudança de título: a title/section heading changed.

Headings are paired through the alignment when it links them; headings that the aligner left
unpaired (a rewritten title often shares too little with the original) are paired in document
order, since a heading is replaced by a heading.

An intertitle inside a text whose sentences all end in a full stop (PorSimples adds one to every
sentence: "Metrópoles na mira.") is not flagged by segmentation; a 1:1 pair of such lines counts
when both sides look like one: a paragraph of its own, between two others, of a few words with
no verb (a noun phrase: "Metrópoles na mira." → "Metrópoles em observação.").
"""
from __future__ import annotations

from analysis.diff import Token, tokenize
from analysis.lexicon.voice import NEGATORS, OTHER_AUX_FORMS, PERFECT_AUX_FORMS, SER_FORMS, is_participle
from analysis.strategies.base import DocContext, PairContext
from analysis.strategies.registry import register
from analysis.types import Detection, Document, Sentence, msg

CODE = "MT+"

#: the most words of an intertitle ending in a full stop (a noun phrase, not a sentence)
MAX_INTERTITLE_WORDS = 6
#: endings of finite and gerund verb forms whose lemma is a verb ("chegou", "anuncia")
_FINITE_ENDINGS = ("ram", "am", "em", "ou", "eu", "iu", "ando", "endo", "indo", "ava", "iam", "ia", "ez", "ão")
#: words that make a short line a sentence, not a title: auxiliaries and copulas, personal
#: pronouns (a subject), negators, "que"/"se" (a clause)
_CLAUSE_WORDS = SER_FORMS | OTHER_AUX_FORMS | PERFECT_AUX_FORMS | NEGATORS | frozenset({
    "eu", "tu", "ele", "ela", "nós", "eles", "elas", "você", "vocês", "que", "se"})
_NOT_TITLE_CHARS = set(":;?!…\"'“”«»()[]—–")


def _intertitle(doc: Document, sent: Sentence) -> bool:
    """Is ``sent`` an intertitle: the only sentence of a paragraph that is neither the first
    nor the last, at most six words, ending in a full stop or nothing, opening with a capital,
    with no quotation, question, colon or dash, and no verb (no finite form, auxiliary,
    personal pronoun, negation or clause word)?"""
    pi = next((i for i, p in enumerate(doc.paragraphs) if p.id == sent.paragraph), None)
    if pi is None or not 0 < pi < len(doc.paragraphs) - 1 or len(doc.paragraphs[pi].sentence_ids) != 1:
        return False
    text = sent.text.strip()
    if not text or not text[0].isupper() or any(c in _NOT_TITLE_CHARS for c in text):
        return False
    if text.count(".") > 1 or ("." in text and not text.endswith(".")):
        return False
    words = [w for w in tokenize(text) if w.kind != "punct"]
    if not 1 <= len(words) <= MAX_INTERTITLE_WORDS:
        return False
    return not any(w.lower in _CLAUSE_WORDS or _verb(w, words[k - 1] if k else None) for k, w in enumerate(words))


#: articles and prepositions (with their contractions): a word after them is a noun ("na mira")
_NOUN_OPENERS = frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas", "no", "na", "nos", "nas",
                           "do", "da", "dos", "das", "ao", "aos", "à", "às", "em", "de", "com", "para",
                           "por", "pelo", "pela", "pelos", "pelas"})


def _verb(w: Token, prev: Token | None) -> bool:
    """A finite verb form: its lemma is a verb and it has a finite ending ("chegou", "anuncia"),
    or a present-tense ending ("promete", "avança") unless an article or a preposition makes it a
    noun ("na mira")."""
    if not w.lemma.endswith(("ar", "er", "ir")) or w.lower == w.lemma or is_participle(w.lower):
        return False   # a participle qualifies a noun ("Memória recuperada")
    if w.lower.endswith(_FINITE_ENDINGS):
        return True
    return w.lower.endswith(("a", "e", "am", "em")) and (prev is None or prev.lower not in _NOUN_OPENERS)


def _detection(ctx: PairContext, src, tgt, src_text: str, tgt_text: str, conf: float,
               paired_by: str) -> Detection:
    expl = msg("mt.title", source=src_text, target=tgt_text)
    return ctx.detection(CODE, conf, src, tgt, expl,
                         {"source_title": src_text, "target_title": tgt_text, "paired_by": paired_by})


@register(CODE, scope="document")
def detect_document(doc: DocContext) -> list[Detection]:
    out: list[Detection] = []
    for p in doc.pairs:
        if p.is_heading_pair and p.diff.changed:
            out.append(_detection(p, p.source_spans, p.target_spans, p.source_text, p.target_text,
                                  0.9, "alignment"))
        elif (p.is_pair and p.diff.changed and len(p.source) == 1 and len(p.target) == 1
              and _intertitle(doc.source, p.source[0]) and _intertitle(doc.target, p.target[0])):
            out.append(_detection(p, p.source_spans, p.target_spans, p.source_text, p.target_text,
                                  0.7, "intertitle"))
    src_alone = [p for p in doc.pairs if not p.target and p.source_heading]
    tgt_alone = [p for p in doc.pairs if not p.source and p.target_heading]
    for s, t in zip(src_alone, tgt_alone, strict=False):
        out.append(_detection(s, s.source_spans, t.target_spans, s.source_text, t.target_text,
                              0.75, "position"))
    return out


def unpaired_headings(doc: DocContext) -> set[int]:
    """Group indices of omitted/added heading groups that MT+ pairs (OM+/IN+ skip them)."""
    src_alone = [p.index for p in doc.pairs if not p.target and p.source_heading]
    tgt_alone = [p.index for p in doc.pairs if not p.source and p.target_heading]
    k = min(len(src_alone), len(tgt_alone))
    return set(src_alone[:k]) | set(tgt_alone[:k])
