"""Seed the e2e server's database directly: a workspace with chosen preferences and analyses.

Why: the browser tests for Histórico and the themes need a known starting state; building it
through the UI would repeat the analyse journey each time. The server reads the same SQLite file.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace


def seed_workspace(db_file: Path, pairs: list[tuple[str, str, str]], theme: str = "auto",
                   language: str = "pt-BR") -> SimpleNamespace:
    """A new workspace with ``pairs`` (title, source, target) analysed and saved, oldest first;
    returns ``.key`` (for ``?w=``) and ``.ids`` (analysis ids in the same order)."""
    from analysis.pipeline import analyze
    from db.engine import make_engine
    from db.repository import Repository
    from db.views import Preferences
    from db.workspaces import create_workspace

    engine = make_engine(f"sqlite:///{Path(db_file).as_posix()}")
    ws, key = create_workspace(engine)
    repo = Repository(engine, ws.id)
    prefs = repo.get_preferences()
    repo.save_preferences(Preferences(language=language, theme=theme, min_confidence=prefs.min_confidence,
                                      enabled_strategies=prefs.enabled_strategies, palette=prefs.palette))
    ids = [repo.save_analysis(src, tgt, analyze(src, tgt), title=title).id for title, src, tgt in pairs]
    return SimpleNamespace(key=key, ids=ids, repo=repo)
