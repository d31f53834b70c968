"""Corpus with three levels (issue 15 §2): a CSV/JSONL column ``forte`` (or strong, nivel3,
level3, third) makes that row a chain original → natural → forte; rows without it stay pairs."""
from __future__ import annotations

import json
from pathlib import Path

from analysis.corpus_files import read_corpus
from analysis.types import AnalysisSettings
from services.corpus_run import create_run, run_pending

DATA = Path(__file__).resolve().parent / "data" / "porsimples_levels"
ORIGINAL, NATURAL, FORTE = ((DATA / f"{n}.txt").read_text(encoding="utf-8").strip()
                            for n in ("original", "natural", "forte"))


def _csv() -> bytes:
    import csv
    import io

    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["nome", "original", "natural", "forte"])
    w.writerow(["ps142", ORIGINAL, NATURAL, FORTE])
    w.writerow(["só par", "O réu foi absolvido pelo juiz ontem.", "O acusado foi inocentado ontem.", ""])
    return out.getvalue().encode("utf-8")


def test_csv_and_jsonl_read_the_third_level_column():
    read = read_corpus("niveis.csv", _csv())
    assert [(p.name, bool(p.third)) for p in read.pairs] == [("ps142", True), ("só par", False)]
    assert read.pairs[0].third.startswith("A hipótese") and read.pairs[0].target.startswith("A hipótese")
    line = json.dumps({"id": "a", "source": ORIGINAL, "target": NATURAL, "strong": FORTE}, ensure_ascii=False)
    assert read_corpus("n.jsonl", line.encode("utf-8")).pairs[0].third.endswith("Irapuan Rodrigues.")


def test_a_three_level_row_is_analysed_as_one_chain_linked_to_the_corpus(repo):
    corpus_id = create_run(repo, "Níveis", read_corpus("niveis.csv", _csv()).pairs)
    summary = run_pending(repo, corpus_id, AnalysisSettings(model="e5"))
    assert (summary.done, summary.errors) == (2, 0)
    items = {i.name: i for i in repo.corpus_items(corpus_id)}
    chain = repo.get_analysis(items["ps142"].analysis_id)
    assert chain.levels["levels"] == ["original", "natural", "forte"] and len(chain.levels["steps"]) == 2
    assert repo.get_analysis(chain.levels["steps"][1]).target_text.startswith("A hipótese")
    assert repo.get_analysis(items["só par"].analysis_id).levels is None
    # the corpus lists one entry per row (a chain's later step is not a row of its own)
    assert repo.list_analyses(corpus_id=corpus_id).total == 2
    # the overview and the corpus exports show every step of the chain, each with its own counts
    import csv
    import io

    from db import exports
    from services.corpus_run import corpus_overview
    from services.preferences import ReviewFilter

    first, second = chain.levels["steps"]
    view = ReviewFilter.of(0.0, {a.code for s in (first, second) for a in repo.list_annotations(s)})
    ov = corpus_overview(repo, corpus_id, view=view)
    rows = [(r.name, r.levels, r.analysis_id) for r in ov.rows]
    assert rows == [("ps142", ("original", "natural"), first), ("ps142", ("natural", "forte"), second),
                    ("só par", None, items["só par"].analysis_id)]
    assert (ov.n_done, ov.total_pairs) == (2, 2)
    assert ov.rows[1].n_detections == len(repo.list_annotations(second)) > 0
    assert sum(ov.strategy_counts.values()) == sum(r.n_detections for r in ov.rows)
    summary = list(csv.DictReader(io.StringIO(exports.corpus_csv(repo, corpus_id).decode("utf-8-sig"))))
    assert [(r["pair"], r["step"], r["analysis_id"]) for r in summary] == [
        ("ps142", "original → natural", str(first)), ("ps142", "natural → forte", str(second)),
        ("só par", "", str(items["só par"].analysis_id))]
    assert summary[1]["flesch_pt_source"] == summary[0]["flesch_pt_target"]   # natural: out of step 1, into step 2
    anns = list(csv.DictReader(io.StringIO(exports.corpus_annotations_csv(repo, corpus_id).decode("utf-8-sig"))))
    assert {(r["step"], r["analysis_id"]) for r in anns if r["pair"] == "ps142"} == {
        ("original → natural", str(first)), ("natural → forte", str(second))}
    assert sum(r["analysis_id"] == str(second) for r in anns) == len(repo.list_annotations(second))


def test_a_zip_with_three_files_per_name_is_read_as_three_levels():
    from tests import files_fixtures as ff

    data = ff.make_zip({
        # PorSimples' way: the original keeps the bare name
        "ps142.txt": ORIGINAL.encode(), "ps142-natural.txt": NATURAL.encode(), "ps142-strong.txt": FORTE.encode(),
        # the two-file convention with a third role word
        "lei_fonte.txt": ORIGINAL.encode(), "lei_alvo.txt": NATURAL.encode(), "lei_forte.docx": ff.make_docx([FORTE]),
        # by folder
        "original/ciencia.txt": ORIGINAL.encode(), "natural/ciencia.txt": NATURAL.encode(),
        "forte/ciencia.txt": FORTE.encode(),
        # still a plain pair, and a bare name next to a single simplified file stays unpaired
        "par_fonte.txt": ORIGINAL.encode(), "par_alvo.txt": NATURAL.encode(),
        "solto.txt": ORIGINAL.encode(), "solto_alvo.txt": NATURAL.encode(),
        # a level word is weaker than a source/target word
        "homem_forte_fonte.txt": ORIGINAL.encode(), "homem_forte_alvo.txt": NATURAL.encode(),
    })
    read = read_corpus("niveis.zip", data)
    got = {p.name: (p.source[:20], p.target[:20], p.third[:20]) for p in read.pairs}
    three = (ORIGINAL[:20], NATURAL[:20], FORTE[:20])
    assert got == {"ps142": three, "lei": three, "ciencia": three, "par": (ORIGINAL[:20], NATURAL[:20], ""),
                   "homem": (ORIGINAL[:20], NATURAL[:20], "")}
    assert {f.name for f in read.unmatched} == {"solto.txt", "solto_alvo.txt"}
    # a missing original of a three-level name is said, and its files offered for pairing by hand
    partial = read_corpus("p.zip", ff.make_zip({"x_natural.txt": b"Um.", "x_forte.txt": b"Dois."}))
    assert partial.pairs == [] and {(f.name, f.role) for f in partial.unmatched} == {
        ("x_natural.txt", "target"), ("x_forte.txt", "strong")}
    assert any("Falta o arquivo fonte" in p.message_pt for p in partial.problems)
