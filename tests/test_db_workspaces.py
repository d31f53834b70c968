"""Workspace keys (unguessable, stored hashed) and isolation: crafted ids never reach another
workspace's rows, on either database."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from db import exports
from db.errors import NotFound
from db.repository import Repository
from db.views import Preferences
from db.workspaces import create_workspace, hash_key, resolve_workspace, workspace_for_account
from tests.helpers import SOURCE, TARGET, make_result


def test_keys_are_long_random_and_stored_only_hashed(engine):
    ws, key = create_workspace(engine, "Grupo")
    ws2, key2 = create_workspace(engine)
    assert len(key) >= 32 and key != key2                     # token_urlsafe(32): 256 bits
    assert resolve_workspace(engine, key).id == ws.id
    assert resolve_workspace(engine, key2).id == ws2.id
    for bad in ("", key[:-1], key + "x", "x" * 5000, hash_key(key)):
        assert resolve_workspace(engine, bad) is None
    with engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM workspace")) for v in row)
    assert key not in dump and hash_key(key) in dump


def test_account_workspace_is_deterministic_and_hashed(engine):
    a = workspace_for_account(engine, "oidc|ana@example.org")
    assert workspace_for_account(engine, "oidc|ana@example.org").id == a.id
    assert workspace_for_account(engine, "oidc|bia@example.org").id != a.id
    with engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM workspace")) for v in row)
    assert "ana@example.org" not in dump


def test_crafted_ids_never_reach_another_workspace(engine):
    victim_ws, _ = create_workspace(engine)
    attacker_ws, _ = create_workspace(engine)
    victim, attacker = Repository(engine, victim_ws.id), Repository(engine, attacker_ws.id)
    rec = victim.save_analysis(SOURCE, TARGET, make_result(), title="segredo")
    ann = victim.list_annotations(rec.id)[0]
    corpus = victim.create_corpus("privado", [("a", SOURCE, TARGET)])
    item = victim.corpus_items(corpus.id)[0]
    victim.save_preferences(Preferences(theme="dark"))

    attempts = [
        lambda: attacker.get_analysis(rec.id), lambda: attacker.list_annotations(rec.id),
        lambda: attacker.get_annotation(ann.id), lambda: attacker.accept(ann.id),
        lambda: attacker.reject(ann.id), lambda: attacker.relabel(ann.id, "RF+"),
        lambda: attacker.edit_span(ann.id, [(0, 1)], []), lambda: attacker.comment(ann.id, "x"),
        lambda: attacker.delete_annotation(ann.id), lambda: attacker.create_annotation(rec.id, "RF+", [(0, 1)], []),
        lambda: attacker.undo(rec.id), lambda: attacker.events(rec.id),
        lambda: attacker.rename_analysis(rec.id, "meu"), lambda: attacker.delete_analysis(rec.id),
        lambda: attacker.get_corpus(corpus.id), lambda: attacker.corpus_items(corpus.id),
        lambda: attacker.pending_items(corpus.id), lambda: attacker.mark_item_error(item.id, "x"),
        lambda: attacker.delete_corpus(corpus.id), lambda: exports.analysis_bundle(attacker, rec.id),
        lambda: exports.annotations_csv(attacker, rec.id), lambda: exports.corpus_csv(attacker, corpus.id),
        lambda: attacker.save_analysis(SOURCE, TARGET, make_result(), corpus_id=corpus.id),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            attempt()
    own = attacker.save_analysis(SOURCE, TARGET, make_result())
    with pytest.raises(NotFound):                    # own item id, victim's analysis id
        attacker.mark_item_done(item.id, own.id)
    own_corpus = attacker.create_corpus("meu", [("a", SOURCE, TARGET)])
    with pytest.raises(NotFound):
        attacker.mark_item_done(attacker.corpus_items(own_corpus.id)[0].id, rec.id)

    assert attacker.list_analyses(search="segredo").total == 0
    assert attacker.find_cached(SOURCE, TARGET, rec.settings, rec.engine_version).id == own.id
    assert attacker.list_corpora()[0].id == own_corpus.id and len(attacker.list_corpora()) == 1
    assert attacker.get_preferences().theme == "auto"
    assert attacker.code_counts([rec.id]) == {}
    # the victim's data is untouched
    assert victim.get_analysis(rec.id).title == "segredo"
    assert victim.get_annotation(ann.id).status == "pending" and victim.events(rec.id) == []
    assert victim.get_corpus(corpus.id).n_error == 0
