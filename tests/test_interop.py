"""INCEpTION (UIMA CAS XMI via dkpro-cassis) and Label Studio exports, read back and checked."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest

from analysis.pipeline import analyze
from services.interop import (
    T_LINK,
    T_PART,
    T_STRATEGY,
    ExportSpan,
    PairExport,
    cas_xmi,
    inception_zip,
    label_studio_config,
    label_studio_json,
    type_system_xml,
)

SOURCE = ("O réu foi absolvido pelo tribunal. A decisão, proferida ontem, é definitiva.\n\n"
          "Os advogados comemoraram.")
TARGET = ("O acusado foi inocentado pelo tribunal. A decisão foi dada ontem. Ela é definitiva.\n\n"
          "Os advogados comemoraram.")


@pytest.fixture(scope="module")
def pair(e5) -> PairExport:
    result = analyze(SOURCE, TARGET, encoder=e5)
    s, t = result.source.text, result.target.text
    spans = [
        ExportSpan("SL+", [(s.index("absolvido"), s.index("absolvido") + 9)],
                   [(t.index("inocentado"), t.index("inocentado") + 10)], 0.81, "accepted", "ana", "ok"),
        ExportSpan("RP+", [(s.index("A decisão"), len(s.split("\n")[0]))], [(t.index("A decisão"), t.index("\n"))],
                   0.9, "pending"),
        ExportSpan("EXP+", [], [(t.index("Ela"), t.index("Ela") + 3)], None, "created", "bia", "", "human"),
    ]
    first = result.alignments[0]
    return PairExport("Par 1: réu", result, spans, {(tuple(first.source), tuple(first.target))})


def test_cas_xmi_reads_back_with_cassis_and_every_span_matches(pair):
    from cassis import load_cas_from_xmi, load_typesystem

    ts = load_typesystem(io.BytesIO(type_system_xml()))
    cas = load_cas_from_xmi(io.BytesIO(cas_xmi(pair)), typesystem=ts)
    parts = {p.role: p for p in cas.select(T_PART)}
    texts = {"source": pair.result.source.text, "target": pair.result.target.text}
    for role, p in parts.items():
        assert p.get_covered_text() == texts[role]
    strategies = cas.select(T_STRATEGY)
    expected = sorted(((sp, role, se) for sp in pair.spans
                       for role, spans in (("source", sp.source_spans), ("target", sp.target_spans)) for se in spans),
                      key=lambda e: (parts[e[1]].begin + e[2][0], parts[e[1]].begin + e[2][1]))
    assert len(strategies) == len(expected)
    for fs, (sp, role, (start, end)) in zip(strategies, expected, strict=True):
        assert fs.role == role and fs.code == sp.code and fs.status == sp.status
        assert fs.get_covered_text() == texts[role][start:end]
        # the offset inside its part is NET-EST's own offset
        assert (fs.begin - parts[role].begin, fs.end - parts[role].begin) == (start, end)
        assert fs.annotator == (sp.annotator or "NET-EST") and fs.comment == sp.comment
        assert fs.confidence == pytest.approx(sp.confidence or 0.0)
    links = cas.select(T_LINK)
    n_links = sum(len(g.source) * len(g.target) for g in pair.result.alignments)
    assert len(links) == n_links and n_links > 0
    assert {lk.setBy for lk in links} == {"researcher", "machine"}
    for lk in links:
        assert lk.Governor.role == "source" and lk.Dependent.role == "target"


def test_inception_zip_ships_the_type_system_and_one_document_per_pair(pair):
    data = inception_zip([pair, pair])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = sorted(zf.namelist())
        ET.fromstring(zf.read("typesystem.xml"))
    assert names == ["Par_1__réu-2.xmi", "Par_1__réu.xmi", "typesystem.xml"]


def test_label_studio_tasks_validate_against_the_config(pair):
    config = ET.fromstring(label_studio_config())
    allowed = {lab.get("name"): ({x.get("value") for x in lab}, lab.get("toName")) for lab in config.iter("Labels")}
    text_names = {t.get("name"): t.get("value") for t in config.iter("Text")}
    tasks = json.loads(label_studio_json([pair]))
    assert len(tasks) == 1
    task = tasks[0]
    results = task["predictions"][0]["result"] + [r for a in task["annotations"] for r in a["result"]]
    assert len(task["predictions"][0]["result"]) == 4          # machine spans only: SL+ (2) + RP+ (2)
    assert [a["completed_by"]["email"] for a in task["annotations"]] == ["ana", "bia"]
    assert [len(a["result"]) for a in task["annotations"]] == [2, 1]   # ana kept SL+; bia added EXP+
    for r in results:
        labels, to_name = allowed[r["from_name"]]
        assert r["to_name"] == to_name and set(r["value"]["labels"]) <= labels
        text = task["data"][text_names[r["to_name"]].lstrip("$")]
        assert text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"] != ""


def test_single_analysis_exports_read_back_with_cassis_and_match_label_studio_labels(repo):
    """Exportar tab: one workspace analysis to INCEpTION (XMI read back with cassis, every span's
    text) and Label Studio (every result's label is in the config, its text is the span's)."""
    import io
    import json
    import zipfile

    from cassis import load_cas_from_xmi, load_typesystem

    from services.export import WORKSPACE_ANNOTATOR, inception_file, label_studio_file
    from services.interop import SEPARATOR, T_STRATEGY
    from services.preferences import ReviewFilter
    from tests.helpers import SOURCE, TARGET, make_result

    rec = repo.save_analysis(SOURCE, TARGET, make_result(n_detections=3), title="Par único")
    anns = sorted(repo.list_annotations(rec.id), key=lambda a: a.detection_index)
    repo.reject(anns[0].id)
    view = ReviewFilter.of(0.0, {a.code for a in anns})
    zf = zipfile.ZipFile(io.BytesIO(inception_file(repo, rec.id, view)))
    ts = load_typesystem(io.BytesIO(zf.read("typesystem.xml")))
    [xmi] = [n for n in zf.namelist() if n.endswith(".xmi")]
    cas = load_cas_from_xmi(io.BytesIO(zf.read(xmi)), typesystem=ts)
    spans = list(cas.select(T_STRATEGY))
    offset = len(SOURCE) + len(SEPARATOR)
    expected = {(a.original_code, side, start, end) for a in anns
                for side, found in (("source", a.source_spans), ("target", a.target_spans)) for start, end in found}
    for fs in spans:
        text, base = (SOURCE, 0) if fs.role == "source" else (TARGET, offset)
        assert (fs.code, fs.role, fs.begin - base, fs.end - base) in expected
        assert fs.get_covered_text() == text[fs.begin - base:fs.end - base]
    reviewed = [fs for fs in spans if fs.origin == "review"]
    assert {fs.status for fs in reviewed} == {"rejected"} and {fs.annotator for fs in reviewed} == {WORKSPACE_ANNOTATOR}

    ls = zipfile.ZipFile(io.BytesIO(label_studio_file(repo, rec.id, view)))
    config = ls.read("label-studio-config.xml").decode()
    tasks = json.loads(ls.read("tasks.json"))
    results = tasks[0]["predictions"][0]["result"]
    assert len(results) >= 3
    for r in results:
        assert f'value="{r["value"]["labels"][0]}"' in config
        side = SOURCE if r["to_name"] == "source" else TARGET
        assert side[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
