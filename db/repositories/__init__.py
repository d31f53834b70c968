"""Repositories per aggregate (analyses, review, corpus, preferences) sharing one workspace scope
(``base.WorkspaceScope``); ``db.repository.Repository`` composes them."""
