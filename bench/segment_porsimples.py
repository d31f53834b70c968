"""Sentence-boundary F1 of analysis.segment on PorSimples dev (paragraph-joined gold sentences)."""
import csv, json, re, sys, time
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import punkt
from analysis.segment import segment

rows = list(csv.reader(open(Path(__file__).resolve().parents[2] / "shared/data/porsimples/dev_sentences.tsv", encoding="utf-8"), delimiter="\t"))[1:]
texts = OrderedDict()
for prod, level, tid, sid, par, sent in rows:
    sent = " ".join(sent.split())
    if not sent:
        continue
    texts.setdefault(tid, []).append((par, sent))

def build(items):
    text, gold, para_starts = "", set(), set()
    prev_par = None
    for par, sent in items:
        if prev_par is None:
            para_starts.add(0)
        elif par != prev_par:
            text += "\n\n"; para_starts.add(len(text))
        else:
            text += " "; gold.add(len(text))
        text += sent
        prev_par = par
    return text, gold, para_starts

def score(splitter):
    tp = fp = fn = 0
    errs = []
    t0 = time.time()
    for tid, items in texts.items():
        text, gold, pstarts = build(items)
        pred = set(splitter(text)) - pstarts
        tp += len(pred & gold); fp += len(pred - gold); fn += len(gold - pred)
        for o in sorted(pred ^ gold):
            errs.append(("FP" if o in pred else "FN", text[max(0, o - 40):o] + " || " + text[o:o + 30]))
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4), "tp": tp, "fp": fp, "fn": fn,
            "sec": round(time.time() - t0, 2)}, errs

def punkt_plain(prefixes):
    tok = punkt.tokenizer_for("portuguese", prefixes=prefixes)
    return lambda text: [a for para in [text] for a, b in tok.span_tokenize(text)]

def ours(text):
    return [s.start for s in segment(text).sentences]

def regex_rule(text):
    return [0] + [m.end() for m in re.finditer(r"[.!?…]+[\"”»')]*\s+(?=[\"“«(—–-]*[A-ZÀ-Ú0-9])", text)]

res = {}
for name, fn in [("punkt_pt", punkt_plain(False)), ("punkt_pt_prefixes", punkt_plain(True)), ("regex_naive", regex_rule), ("netest_segment", ours)]:
    r, errs = score(fn)
    res[name] = r
    print(name, r, file=sys.stderr)
    if "-v" in sys.argv and name == "netest_segment":
        for e in errs:
            print("   ", e, file=sys.stderr)
print(json.dumps({"texts": len(texts), "gold_boundaries_within_paragraphs": res["netest_segment"]["tp"] + res["netest_segment"]["fn"], **{k: v["f1"] for k, v in res.items()}, "netest_segment_detail": res["netest_segment"]}))
