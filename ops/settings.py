"""All configuration, from the environment (and a `.env` file), in one typed place.

Why pydantic-settings: one object documents every knob, validates it at start-up and is
shared by the app, the CLI and the benchmarks. Every variable is listed in `.env.example`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # where data lives
    netest_data_dir: Path = Field(default=Path("data"), alias="NETEST_DATA_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")

    # the embedded model: e5 | e5-enpt | hf:<id-or-path> | lexical
    netest_model: str = Field(default="e5", alias="NETEST_MODEL")
    # worker processes for fresh analyses in the app (0: in-process; server.py defaults to the cores)
    engine_workers: int = Field(default=0, ge=0, le=16, alias="NETEST_ENGINE_WORKERS")

    # error reporting
    sentry_dsn: str | None = Field(default=None, alias="SENTRY_DSN")
    sentry_environment: str = Field(default="production", alias="SENTRY_ENVIRONMENT")

    # limits (clear Portuguese messages when exceeded)
    max_text_chars: int = Field(default=100_000, ge=1, alias="NETEST_MAX_TEXT_CHARS")
    max_text_words: int = Field(default=15_000, ge=1, alias="NETEST_MAX_TEXT_WORDS")
    max_upload_mb: int = Field(default=10, ge=1, alias="NETEST_MAX_UPLOAD_MB")
    max_uncompressed_mb: int = Field(default=50, ge=1, alias="NETEST_MAX_UNCOMPRESSED_MB")
    max_corpus_pairs: int = Field(default=500, ge=1, alias="NETEST_MAX_CORPUS_PAIRS")

    # rate limiting: fresh analyses per workspace (or session) within a sliding window.
    # 30/min is far above what one researcher clicks, yet one client cannot monopolise the CPU.
    rate_limit_per_minute: int = Field(default=30, ge=1, alias="NETEST_RATE_LIMIT_PER_MINUTE")
    rate_limit_window_seconds: float = Field(default=60.0, gt=0, alias="NETEST_RATE_LIMIT_WINDOW_SECONDS")

    # observability
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", alias="NETEST_LOG_LEVEL")
    # when set, /metrics answers only to "Authorization: Bearer <token>" (public deployments)
    metrics_token: str | None = Field(default=None, alias="NETEST_METRICS_TOKEN")

    # the Streamlit UI script served by server.py (tests point it at a stand-in script)
    app_script: str = Field(default="app.py", alias="NETEST_APP_SCRIPT")

    @field_validator("database_url", "sentry_dsn", "metrics_token", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """`SENTRY_DSN=` in a .env file means "off", not a DSN made of nothing."""
        if isinstance(value, str) and not value.strip():
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        level = value.strip().upper()
        return {"WARN": "WARNING", "CRITICAL": "ERROR", "FATAL": "ERROR"}.get(level, level)

    @property
    def resolved_database_url(self) -> str:
        """DATABASE_URL, or a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.netest_data_dir / 'netest.db').as_posix()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
