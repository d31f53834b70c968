"""Precision on real simplifications, judged detection by detection: PorSimples productions nobody annotated.

The gold annotation (``bench/strategies_porsimples.py``) covers 68 productions; the other 50 of the
development split have no gold. ``bench/data/porsimples_judged.json`` holds the engine's
detections on those 50 (original -> strong) judged one by one against ``docs/annotation-guide.md``:
every RF+, DL+ and IN+ detection, a seeded random sample of SL+, RD+ and MOD+ (the file says how
many of how many). This benchmark runs the engine again exactly as the app does (raw text, the
engine's own segmentation, every automatic code on) and matches each detection to a judgement by
production, code and the text of its source and target spans:

* **precision** per code = right / judged detections still produced; "span" verdicts (the right
  pair, a span that leaves out words the substitution needs) count as wrong here, and as right in
  the lenient figure;
* **unjudged**: detections of a fully judged code that the judgements do not know (a rule changed
  since the judging: they must be judged and added); for a sampled code, detections outside the
  sample are expected and only counted;
* **gone**: judged detections no longer produced (right ones gone are recall lost).

What the figure means: one judge (the developer), the guide's conventions, development data (a
rule was built on one judged detection). It says how often a label a researcher sees on a real
simplification is right; it says nothing of recall (nobody listed what the engine missed).

Prints per-code numbers and a final JSON line; exits 1 when a code with at least 10 judged
detections is under 0.90 strict precision, or a fully judged code has unjudged detections.

    .venv/bin/python bench/judged_porsimples.py [--model e5]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.pipeline import analyze  # noqa: E402
from analysis.types import AUTOMATIC_CODES, AnalysisSettings, Detection  # noqa: E402
from bench.porsimples import DEFAULT_ROOT, join_sentences, load_texts  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "porsimples_judged.json"
MIN_PRECISION = 0.90
MIN_JUDGED = 10


def span_text(text: str, spans) -> str:
    """The detection's spans as the judgements quote them: joined by " | ", one line."""
    return " | ".join(text[a:b] for a, b in spans).replace("\n", " ").replace("\t", " ")


def detections(source: str, target: str, model: str) -> list[Detection]:
    settings = AnalysisSettings(model=model, strategies=AUTOMATIC_CODES)
    return list(analyze(source, target, settings).strategies)


def score(judged_set: dict, produced: dict[int, list[tuple[str, str, str]]]) -> dict:
    """Per code: right, span, wrong among judged detections produced now; unjudged; gone."""
    fully = {code for code, s in judged_set["sample"].items() if s["judged"] == s["of"]}
    # a pair said twice in a production (the same words substituted in two sentences) is judged
    # as often as it was sampled: each judgement stands for one detection
    verdicts: dict[tuple, list[str]] = {}
    for j in judged_set["judgements"]:
        verdicts.setdefault((j["production_id"], j["code"], j["source"], j["target"]), []).append(j["verdict"])
    counts: dict[str, Counter] = {code: Counter() for code in judged_set["sample"]}
    for pid, dets in produced.items():
        for code, src, tgt in dets:
            if code not in counts:
                continue
            left = verdicts.get((pid, code, src, tgt))
            counts[code][left.pop(0) if left else "unjudged"] += 1
    for key, left in verdicts.items():
        for verdict in left:
            counts[key[1]][f"gone_{verdict}"] += 1
    out = {}
    for code, c in counts.items():
        n = c["right"] + c["span"] + c["wrong"]
        out[code] = {
            "judged": n, "right": c["right"], "span": c["span"], "wrong": c["wrong"],
            "precision": round(c["right"] / n, 3) if n else None,
            "lenient_precision": round((c["right"] + c["span"]) / n, 3) if n else None,
            "unjudged": c["unjudged"], "fully_judged": code in fully,
            "gone_right": c["gone_right"], "gone_wrong": c["gone_wrong"] + c["gone_span"],
        }
    return out


def misses(per_code: dict) -> list[str]:
    out = []
    for code, s in per_code.items():
        if s["judged"] >= MIN_JUDGED and s["precision"] is not None and s["precision"] < MIN_PRECISION:
            out.append(f"{code} precision {s['precision']} < {MIN_PRECISION}")
        if s["fully_judged"] and s["unjudged"]:
            out.append(f"{code}: {s['unjudged']} detections not judged yet")
    return out


def run_set(judged_set: dict, productions: list[int], texts, model: str) -> dict:
    """Run the engine on one level's pairs and score its judged detections."""
    src_level, tgt_level = judged_set["level"].split("->")
    produced: dict[int, list[tuple[str, str, str]]] = {}
    for pid in productions:
        source = join_sentences(texts[(pid, src_level)].sentences)[0]
        target = join_sentences(texts[(pid, tgt_level)].sentences)[0]
        produced[pid] = [(d.code, span_text(source, d.source_spans), span_text(target, d.target_spans))
                         for d in detections(source, target, model)]
    return score(judged_set, produced)


def report(level: str, per_code: dict, sample: dict) -> None:
    print(f"-- {level} --")
    print("code   judged right span wrong  precision lenient  unjudged gone(right/wrong)  sample")
    for code, s in per_code.items():
        p = "-" if s["precision"] is None else f"{s['precision']:.2f}"
        lp = "-" if s["lenient_precision"] is None else f"{s['lenient_precision']:.2f}"
        size = "all" if s["fully_judged"] else f"{sample[code]['judged']} of {sample[code]['of']}"
        print(f"{code:<6} {s['judged']:>6} {s['right']:>5} {s['span']:>4} {s['wrong']:>5}  {p:>9} {lp:>7}  "
              f"{s['unjudged']:>8} {s['gone_right']:>6}/{s['gone_wrong']:<6}  {size}")


def pooled(levels: dict[str, dict]) -> dict:
    """Both levels' judged detections together, per code (the headline: more judgements)."""
    out: dict[str, dict] = {}
    for per_code in levels.values():
        for code, s in per_code.items():
            o = out.setdefault(code, {"judged": 0, "right": 0, "span": 0, "wrong": 0})
            for k in o:
                o[k] += s[k]
    for o in out.values():
        o["precision"] = round(o["right"] / o["judged"], 3) if o["judged"] else None
    return out


def at_judging(judged: dict) -> dict[str, dict]:
    """Per code, both levels: the verdicts as the file holds them, i.e. the engine at the commit
    it was judged on, before any rule was built on the judgements (the blind figure)."""
    out: dict[str, dict] = {}
    for s in judged["sets"]:
        for j in s["judgements"]:
            if "judged_later" in j:
                continue   # a detection a later rule added, judged when it appeared
            o = out.setdefault(j["code"], {"judged": 0, "right": 0})
            o["judged"] += 1
            o["right"] += j["verdict"] == "right"
    for o in out.values():
        o["precision"] = round(o["right"] / o["judged"], 3)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="e5", help="NETEST_MODEL value (e5, lexical...)")
    args = ap.parse_args()
    os.environ.setdefault("NETEST_MODEL", args.model)
    judged = json.loads(DATA.read_text(encoding="utf-8"))
    texts = load_texts(DEFAULT_ROOT)
    t0 = time.perf_counter()
    levels = {s["level"]: run_set(s, judged["productions"], texts, args.model) for s in judged["sets"]}
    seconds = round(time.perf_counter() - t0, 1)
    print(f"== {len(judged['productions'])} PorSimples productions without gold when judged "
          f"(all 50 annotated since: porsimples_dev_d … dev_h.jsonl), judged {judged['judged_on']} (development data) ==")
    for s in judged["sets"]:
        report(s["level"], levels[s["level"]], s["sample"])
    both = pooled(levels)
    print("-- both levels --")
    for code, o in both.items():
        p = "-" if o["precision"] is None else f"{o['precision']:.2f}"
        print(f"{code:<6} {o['judged']:>6} {o['right']:>5} {o['span']:>4} {o['wrong']:>5}  {p:>9}")
    blind = at_judging(judged)
    print(f"-- as judged (engine {judged['engine_commit']}, before any rule built on the judgements) --")
    for code, o in blind.items():
        print(f"{code:<6} {o['judged']:>6} {o['right']:>5}  {o['precision']:.2f}")
    missed = [f"{level}: {m}" for level, per_code in levels.items() for m in misses(per_code)]
    if missed:
        print("targets missed: " + "; ".join(missed))
    total = sum(o["judged"] for o in both.values())
    right = sum(o["right"] for o in both.values())
    line = {"bench": "judged_porsimples", "data": DATA.name, "model": args.model, "seconds": seconds,
            "productions": len(judged["productions"]), "pairs": len(judged["productions"]) * len(judged["sets"]),
            "judged": total,
            "micro_precision": round(right / total, 3) if total else None,
            "precision": {c: o["precision"] for c, o in both.items()},
            "judged_per_code": {c: o["judged"] for c, o in both.items()},
            "at_judging": {"engine_commit": judged["engine_commit"],
                           "judged": sum(o["judged"] for o in blind.values()),
                           "micro_precision": round(sum(o["right"] for o in blind.values())
                                                    / max(1, sum(o["judged"] for o in blind.values())), 3),
                           "precision": {c: o["precision"] for c, o in blind.items()}},
            "levels": levels, "targets_met": not missed}
    print(json.dumps(line, ensure_ascii=False))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
