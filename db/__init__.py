"""Persistence of NET-EST: workspaces, analyses, the review record, preferences and corpora.

Public API (pages import these; nothing else in the app writes SQL):

- ``db.engine``: ``make_engine(url=None) -> Engine`` (memoised per URL), ``session_scope(engine)``.
- ``db.migrate``: ``upgrade(engine, revision="head")`` (call at start-up), ``downgrade``,
  ``current_revision``, ``head_revision``.
- ``db.health``: ``check(engine) -> DatabaseStatus``.
- ``db.workspaces``: ``create_workspace``, ``resolve_workspace``, ``workspace_for_account``.
- ``db.repository.Repository(engine, workspace_id)``: analyses, history, review actions, undo,
  events, feedback statistics, preferences, corpus runs. Returns dataclasses from ``db.views``.
- ``db.exports``: annotations CSV/JSONL/XLSX, analysis bundle export/import, corpus CSV/XLSX.
- ``db.errors``: ``ReviewError`` (an ``InputError``), ``NotFound`` (a ``ReviewError``),
  ``DatabaseUnavailable`` — every one has a Portuguese ``.message`` to show as is.

Additions to the suggested API: ``Repository.get_annotation``, ``Repository.get_corpus``,
``save_analysis(..., pair_index=None)``, ``engine.dispose_engine(url)``, and every review
action returns the updated ``AnnotationView``.
"""
