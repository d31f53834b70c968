"""The workspace's preferences (language, theme, palette, what is listed)."""
from __future__ import annotations

import json

from sqlmodel import select

from db import review as rules
from db.engine import session_scope
from db.errors import ReviewError
from db.models import Preference, utcnow
from db.repositories.base import (
    WorkspaceScope,
)
from db.views import (
    LANGUAGES,
    PALETTES,
    THEMES,
    Preferences,
)


class PreferencesRepository(WorkspaceScope):
    # ============================================================= preferences
    def get_preferences(self) -> Preferences:
        with session_scope(self.engine, write=False) as s:
            row = s.exec(select(Preference).where(Preference.workspace_id == self.workspace_id)).first()
            if row is None:
                return Preferences()
            return Preferences(language=row.language, theme=row.theme, min_confidence=row.min_confidence,
                               enabled_strategies=list(json.loads(row.enabled_strategies)), palette=row.palette,
                               calibrated_confidence=bool(row.calibrated_confidence))

    def save_preferences(self, prefs: Preferences) -> Preferences:
        """Validates every field (ReviewError with a Portuguese message on a bad value)."""
        if prefs.language not in LANGUAGES:
            raise ReviewError(f"Idioma inválido: {prefs.language!r} (use pt-BR ou en).", "invalid_preference")
        if prefs.theme not in THEMES:
            raise ReviewError(f"Tema inválido: {prefs.theme!r} (use light, dark ou auto).", "invalid_preference")
        if prefs.palette not in PALETTES:
            raise ReviewError(f"Paleta inválida: {prefs.palette!r}.", "invalid_preference")
        try:
            conf = float(prefs.min_confidence)
        except (TypeError, ValueError):
            conf = -1.0
        if not 0.0 <= conf <= 1.0:
            raise ReviewError("A confiança mínima deve estar entre 0 e 1.", "invalid_preference")
        strategies = [rules.check_code(c) for c in dict.fromkeys(prefs.enabled_strategies)]
        with session_scope(self.engine) as s:
            row = s.exec(select(Preference).where(Preference.workspace_id == self.workspace_id)
                         .with_for_update()).first() or Preference(workspace_id=self.workspace_id)
            row.language, row.theme, row.palette, row.min_confidence = prefs.language, prefs.theme, prefs.palette, conf
            row.enabled_strategies = json.dumps(strategies)
            row.calibrated_confidence = bool(prefs.calibrated_confidence)
            row.updated_at = utcnow()
            s.add(row)
        return Preferences(language=prefs.language, theme=prefs.theme, min_confidence=conf,
                           enabled_strategies=strategies, palette=prefs.palette,
                           calibrated_confidence=bool(prefs.calibrated_confidence))
