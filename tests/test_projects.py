"""Shared projects (issue 14, data layer + service) on SQLite and PostgreSQL: membership,
invitations, isolation with crafted ids, independent decisions, blind mode, agreement, exports."""
from __future__ import annotations

import io

import pytest
from sqlmodel import select

from db.engine import session_scope
from db.models import AnnotatorDecision, ProjectInvitation
from db.projects import ProjectStore
from db.repository import Repository
from db.workspaces import create_workspace, hash_key
from services import agreement as ag
from services.interop import cas_xmi, label_studio_task, type_system_xml
from services.projects import ProjectsService
from tests.helpers import SOURCE, TARGET, make_result, span_of

ROUNDS = 50   # bootstrap rounds: enough to exercise the interval, cheap on a shared machine


def _service(engine, name: str):
    ws, _key = create_workspace(engine, name)
    return ProjectsService(ProjectStore(engine, ws.id)), Repository(engine, ws.id)


def _ok(outcome):
    assert outcome.ok, (outcome.failure, outcome.message)
    return outcome.value


@pytest.fixture
def group(engine):
    """A coordinator (owner) with one analysis of 6 detections placed in a project, and two
    annotators (ana, bia) who joined with their own invitation keys."""
    coord, coord_repo = _service(engine, "coord")
    rec = coord_repo.save_analysis(SOURCE, TARGET, make_result(n_detections=6), title="Par 1")
    project = _ok(coord.create("Estudo", "Coordenação"))
    _ok(coord.place_analysis(project.id, rec.id))
    people = {}
    for name in ("ana", "bia"):
        svc, _repo = _service(engine, name)
        _inv_id, key = _ok(coord.invite(project.id))
        assert _ok(svc.join(key, name)).me.role == "annotator"
        people[name] = svc
    machine = sorted(coord_repo.list_annotations(rec.id), key=lambda a: a.detection_index)
    assert [a.code for a in machine] == ["SL+", "RF+", "DL+"] * 2
    dets = [a.id for a in machine]
    return {"engine": engine, "coord": coord, "repo": coord_repo, "pid": project.id, "aid": rec.id,
            "dets": dets, **people}


def test_invitation_keys_are_stored_hashed_single_use_and_revocable(engine, group):
    coord, pid = group["coord"], group["pid"]
    inv_id, key = _ok(coord.invite(pid, "annotator"))
    with session_scope(engine, write=False) as s:
        rows = list(s.exec(select(ProjectInvitation)))
    assert len(rows) == 3
    assert hash_key(key) in {r.key_hash for r in rows}
    assert all(key not in (r.key_hash, str(r.used_by)) for r in rows)   # never the plain key
    _ok(coord.revoke(pid, inv_id))
    carla, _ = _service(engine, "carla")
    refused = carla.join(key, "carla")
    assert refused.failure == "store_refused" and refused.code == "invalid_invitation"
    _inv2, key2 = _ok(coord.invite(pid))
    _ok(carla.join(key2, "carla"))
    dani, _ = _service(engine, "dani")
    assert dani.join(key2, "dani").code == "invalid_invitation"           # already used
    assert dani.join("chute", "dani").code == "invalid_invitation"        # guessed
    # annotators cannot invite, revoke, remove or place
    assert group["ana"].invite(pid).code == "not_coordinator"
    assert group["ana"].revoke(pid, inv_id).code == "not_coordinator"
    names = [m.display_name for m in _ok(coord.members(pid))]
    assert names == ["Coordenação", "ana", "bia", "carla"]


def test_isolation_crafted_ids_removed_members_and_other_projects(engine, group):
    coord, pid, aid, dets = group["coord"], group["pid"], group["aid"], group["dets"]
    outsider, outsider_repo = _service(engine, "fora")
    assert outsider.review(pid, aid).code == "not_found"
    assert outsider.decide(pid, dets[0], "accepted").code == "not_found"
    assert outsider.project_agreement(pid).code == "not_found"
    # the outsider's own project cannot reach the first project's analysis or detections
    other = _ok(outsider.create("Outro", "Eu"))
    assert outsider.review(other.id, aid).code == "not_found"
    assert outsider.decide(other.id, dets[0], "accepted").code == "not_found"
    assert outsider.annotate(other.id, aid, "SL+", [(0, 2)], []).code == "not_found"
    assert outsider.place_analysis(other.id, aid).code == "not_found"     # not their analysis
    # a project's own analysis under another project id: refused too
    mine = outsider_repo.save_analysis(SOURCE, TARGET, make_result(), title="Meu")
    _ok(outsider.place_analysis(other.id, mine.id))
    assert group["ana"].review(pid, mine.id).code == "not_found"
    assert coord.review(pid, mine.id).code == "not_found"
    # removal and leaving take effect at once
    ana_member = _ok(group["ana"].review(pid, aid)).me.id
    _ok(group["ana"].decide(pid, dets[0], "accepted"))
    _ok(coord.remove(pid, ana_member))
    assert group["ana"].review(pid, aid).code == "not_found"
    assert group["ana"].decide(pid, dets[1], "accepted").code == "not_found"
    assert "ana" not in _ok(coord.review(pid, aid)).others                 # their work left with them
    _ok(group["bia"].leave(pid))
    assert group["bia"].review(pid, aid).code == "not_found"
    assert coord.leave(pid).code == "last_coordinator"
    # members' decisions never touch the owner's private review
    assert {a.status for a in group["repo"].list_annotations(aid)} == {"pending"}
    assert group["repo"].get_analysis(aid).result.strategies


def test_decisions_are_independent_per_annotator_and_stale_is_refused(engine, group):
    ana, bia, pid, dets = group["ana"], group["bia"], group["pid"], group["dets"]
    a = _ok(ana.decide(pid, dets[0], "accepted"))
    b = _ok(bia.decide(pid, dets[0], "relabelled", code="RF+", comment="é reformulação"))
    assert (a.status, a.code) == ("accepted", "SL+")
    assert (b.status, b.code, b.comment) == ("relabelled", "RF+", "é reformulação")
    a2 = _ok(ana.decide(pid, dets[0], "rejected", expected_version=a.version))
    stale = ana.decide(pid, dets[0], "accepted", expected_version=a.version)
    assert stale.code == "stale"
    assert ana.decide(pid, dets[0], "relabelled", code="XX").code == "unknown_code"
    with session_scope(engine, write=False) as s:
        rows = {(d.member_id, d.status) for d in s.exec(select(AnnotatorDecision))}
    assert rows == {(a2.member_id, "rejected"), (b.member_id, "relabelled")}


def test_blind_mode_hides_others_until_done_and_the_coordinator_sees_all(group):
    ana, bia, coord, pid, aid, dets = (group[k] for k in ("ana", "bia", "coord", "pid", "aid", "dets"))
    _ok(ana.decide(pid, dets[0], "accepted"))
    _ok(ana.annotate(pid, aid, "EXP+", [], [span_of(TARGET, "Ela")]))
    _ok(bia.decide(pid, dets[0], "rejected"))
    view = _ok(bia.review(pid, aid))
    assert not view.others_visible and view.others == {} and view.others_annotations == {}
    assert [d.status for d in view.mine] == ["rejected"]
    assert bia.pair_agreement(pid, aid).code == "blind"
    assert bia.project_agreement(pid).code == "blind"
    coord_view = _ok(coord.review(pid, aid))
    assert coord_view.others_visible and set(coord_view.others) == {"ana", "bia"}
    assert [a.code for a in coord_view.others_annotations["ana"]] == ["EXP+"]
    _ok(bia.mark_done(pid, aid))
    _ok(bia.mark_done(pid, aid))   # idempotent
    view = _ok(bia.review(pid, aid))
    assert view.done and view.others_visible and [d.status for d in view.others["ana"]] == ["accepted"]
    assert _ok(bia.pair_agreement(pid, aid)).units
    assert not _ok(ana.review(pid, aid)).others_visible                    # ana is not done yet


def test_blind_off_shows_everyone(engine):
    coord, repo = _service(engine, "coord")
    rec = repo.save_analysis(SOURCE, TARGET, make_result())
    p = _ok(coord.create("Aberto", "Coord", blind=False))
    _ok(coord.place_analysis(p.id, rec.id))
    ana, _ = _service(engine, "ana")
    _ok(ana.join(_ok(coord.invite(p.id))[1], "ana"))
    _ok(coord.decide(p.id, repo.list_annotations(rec.id)[0].id, "accepted"))
    assert _ok(ana.review(p.id, rec.id)).others["Coord"][0].status == "accepted"


def test_worked_example_two_annotators_six_detections(group):
    """Machine codes of the 6 detections: SL+ RF+ DL+ SL+ RF+ DL+.

    ana: accept, accept, accept, reject, relabel→SL+, accept  → SL+ RF+ DL+ ∅ SL+ DL+
    bia: accept, reject, accept, reject, relabel→SL+, reject  → SL+ ∅   DL+ ∅ SL+ ∅

    Cohen's κ (by hand): agreements on d1 d3 d4 d5 → p_o = 4/6. Marginals ana SL 2, RF 1, DL 2,
    ∅ 1; bia SL 2, DL 1, ∅ 3 → p_e = (2·2 + 1·0 + 2·1 + 1·3)/36 = 9/36 = 1/4.
    κ = (2/3 − 1/4)/(3/4) = 5/9 ≈ 0.5556.

    Krippendorff's α nominal (by hand): 12 pooled values, n_SL 4, n_RF 1, n_DL 3, n_∅ 4.
    D_o = 4 mismatching ordered pairs (d2, d6) / 12 = 1/3;
    D_e = (12² − (16 + 1 + 9 + 16)) / (12·11) = 102/132. α = 1 − (1/3)/(102/132) = 29/51 ≈ 0.5686.

    With the machine: ana kept the machine's code on d1 d2 d3 d6 (4 of 6); bia on d1 d3 (2 of 6).
    Per code SL+ (units d1 d4 d5, both annotators identical) κ = 1.
    """
    ana, bia, coord, pid, aid, dets = (group[k] for k in ("ana", "bia", "coord", "pid", "aid", "dets"))
    plan = {"ana": ["accepted", "accepted", "accepted", "rejected", ("relabelled", "SL+"), "accepted"],
            "bia": ["accepted", "rejected", "accepted", "rejected", ("relabelled", "SL+"), "rejected"]}
    for who, steps in plan.items():
        for det, step in zip(dets, steps, strict=True):
            status, code = step if isinstance(step, tuple) else (step, None)
            _ok(group[who].decide(pid, det, status, code=code))
    result = _ok(coord.pair_agreement(pid, aid, rounds=ROUNDS))
    assert [u.values for u in result.units] == [
        {"ana": "SL+", "bia": "SL+"}, {"ana": "RF+", "bia": ag.NONE}, {"ana": "DL+", "bia": "DL+"},
        {"ana": ag.NONE, "bia": ag.NONE}, {"ana": "SL+", "bia": "SL+"}, {"ana": "DL+", "bia": ag.NONE}]
    assert result.overall.kappa.value == pytest.approx(5 / 9)
    assert result.overall.alpha.value == pytest.approx(29 / 51)
    assert result.overall.kappa.n_units == 6 and result.overall.alpha.n_annotators == 2
    assert result.overall.alpha.interval is not None
    assert [(m.annotator, m.judged, m.agreed) for m in result.machine] == [("ana", 6, 4), ("bia", 6, 2)]
    assert [d.unit.key for d in result.disagreements] == [f"{aid}:m2", f"{aid}:m6"]
    sl = next(c for c in result.per_code if c.code == "SL+")
    assert sl.kappa.value == pytest.approx(1.0) and sl.kappa.n_units == 3
    # the project figure pools the same single pair: identical numbers
    pooled = _ok(coord.project_agreement(pid, rounds=ROUNDS))
    assert pooled.overall.kappa.value == pytest.approx(5 / 9)


def test_one_annotator_is_not_enough_data(group):
    for det in group["dets"]:
        _ok(group["ana"].decide(group["pid"], det, "accepted"))
    result = _ok(group["coord"].pair_agreement(group["pid"], group["aid"], rounds=ROUNDS))
    assert result.overall.kappa.value is None and result.overall.kappa.reason == "few_annotators"
    assert result.overall.alpha.value is None and not result.overall.alpha.available


def test_human_annotations_join_units_and_export_per_annotator(group):
    ana, bia, coord, pid, aid, dets = (group[k] for k in ("ana", "bia", "coord", "pid", "aid", "dets"))
    ela = span_of(TARGET, "Ela tem")
    _ok(ana.annotate(pid, aid, "EXP+", [], [ela], "pronome"))
    _ok(bia.annotate(pid, aid, "EXP+", [], [(ela[0], ela[0] + 3)]))        # overlaps: the same unit
    assert bia.annotate(pid, aid, "EXP+", [], [(0, 10_000)]).code == "span_out_of_bounds"
    assert bia.annotate(pid, aid, "EXP+", [], []).code == "no_span"
    _ok(ana.decide(pid, dets[0], "accepted", comment="ok"))
    _ok(bia.decide(pid, dets[0], "rejected"))
    for who in (ana, bia):
        _ok(who.mark_done(pid, aid))
    units = _ok(coord.pair_agreement(pid, aid, rounds=ROUNDS)).units
    human = [u for u in units if u.machine_code is None]
    assert [u.values for u in human] == [{"ana": "EXP+", "bia": "EXP+"}]
    assert ana.export_pair(pid, aid).code == "not_coordinator"
    everyone = _ok(coord.export_pair(pid, aid))
    assert [s.origin for s in everyone.spans].count("machine") == 6
    assert {(s.annotator, s.origin, s.status) for s in everyone.spans if s.annotator} == {
        ("ana", "review", "accepted"), ("bia", "review", "rejected"), ("ana", "human", "created"),
        ("bia", "human", "created")}
    only_bia = _ok(coord.export_pair(pid, aid, "bia"))
    assert {s.annotator for s in only_bia.spans} == {"", "bia"}
    # the exports take it as is: Label Studio keeps ana's kept labels apart from bia's
    task = label_studio_task(everyone)
    assert len(task["predictions"][0]["result"]) == sum(len(s.source_spans) + len(s.target_spans)
                                                         for s in everyone.spans if s.origin == "machine")
    by = {a["completed_by"]["email"]: a["result"] for a in task["annotations"]}
    assert {r["value"]["text"] for r in by["bia"]} == {"Ela"}
    assert {r["value"]["text"] for r in by["ana"]} == {"município", "cidade", "Ela tem"}
    from cassis import load_cas_from_xmi, load_typesystem

    cas = load_cas_from_xmi(io.BytesIO(cas_xmi(everyone)), typesystem=load_typesystem(io.BytesIO(type_system_xml())))
    texts = {(fs.annotator, fs.code, fs.get_covered_text()) for fs in cas.select("netest.Strategy")}
    assert ("bia", "EXP+", "Ela") in texts and ("ana", "EXP+", "Ela tem") in texts


def test_corpus_placed_in_a_project_opens_its_analyses(engine):
    coord, repo = _service(engine, "coord")
    corpus = repo.create_corpus("C", [("p1", SOURCE, TARGET)])
    rec = repo.save_analysis(SOURCE, TARGET, make_result(), corpus_id=corpus.id, pair_name="p1", pair_index=0)
    p = _ok(coord.create("Corpus", "Coord"))
    assert coord.review(p.id, rec.id).code == "not_found"
    _ok(coord.place_corpus(p.id, corpus.id))
    assert _ok(coord.review(p.id, rec.id)).machine
    outsider, _ = _service(engine, "fora")
    other = _ok(outsider.create("X", "Y"))
    assert outsider.place_corpus(other.id, corpus.id).code == "not_found"


def test_an_analysis_or_corpus_in_a_project_is_not_deleted_with_the_annotators_work(engine, group):
    from db.errors import ReviewError

    _ok(group["ana"].decide(group["pid"], group["dets"][0], "accepted"))
    with pytest.raises(ReviewError) as err:
        group["repo"].delete_analysis(group["aid"])
    assert err.value.code == "in_project"
    assert _ok(group["ana"].review(group["pid"], group["aid"])).mine            # nothing was lost
    coord, repo = _service(engine, "coord2")
    corpus = repo.create_corpus("C", [("p1", SOURCE, TARGET)])
    _ok(coord.place_corpus(_ok(coord.create("P", "Coord")).id, corpus.id))
    with pytest.raises(ReviewError):
        repo.delete_corpus(corpus.id)
    loose = repo.save_analysis(SOURCE, TARGET, make_result(), title="fora de projeto")
    repo.delete_analysis(loose.id)                                             # unaffected elsewhere


def test_account_invitation_joins_only_through_the_signed_in_e_mail(engine, group):
    """OIDC: an invitation by e-mail is stored only as a hash; the key it hashes is not secret,
    so ``join`` (the ``?invite=`` path) refuses it and only ``join_account`` accepts it."""
    coord, pid = group["coord"], group["pid"]
    inv_id = _ok(coord.invite_account(pid, " Dora@Exemplo.org "))
    assert _ok(coord.invite_account(pid, "dora@exemplo.org")) == inv_id       # the same invitation
    with session_scope(engine, write=False) as s:
        hashes = [r.key_hash for r in s.exec(select(ProjectInvitation))]
    assert not any("dora" in h for h in hashes)
    dora, _repo = _service(engine, "dora")
    assert _ok(dora.account_invitations("dora@exemplo.org")) == [(pid, "Estudo")]
    assert _ok(dora.account_invitations("eva@exemplo.org")) == []
    crafted = dora.join(f"account:{pid}:dora@exemplo.org", "Dora")
    assert crafted.code == "invalid_invitation"
    assert dora.join_account(pid, "eva@exemplo.org", "Eva").code == "invalid_invitation"
    assert _ok(dora.join_account(pid, "DORA@exemplo.org", "Dora")).me.role == "annotator"
    assert _ok(dora.account_invitations("dora@exemplo.org")) == []            # used
    assert dora.join_account(pid, "dora@exemplo.org", "Dora 2").code == "invalid_invitation"
    assert coord.invite_account(pid, "sem-arroba").code == "invalid_email"
