"""All configuration, from the environment (and a `.env` file), in one typed place.

Why pydantic-settings: one object documents every knob, validates it at start-up and is
shared by the app, the CLI and the benchmarks. Every variable is listed in `.env.example`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # where data lives
    netest_data_dir: Path = Field(default=Path("data"), alias="NETEST_DATA_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")

    # the embedded model: e5 | e5-enpt | hf:<id-or-path> | lexical
    netest_model: str = Field(default="e5", alias="NETEST_MODEL")

    # error reporting
    sentry_dsn: str | None = Field(default=None, alias="SENTRY_DSN")
    sentry_environment: str = Field(default="production", alias="SENTRY_ENVIRONMENT")

    # limits (clear Portuguese messages when exceeded)
    max_text_chars: int = Field(default=100_000, alias="NETEST_MAX_TEXT_CHARS")
    max_text_words: int = Field(default=15_000, alias="NETEST_MAX_TEXT_WORDS")
    max_upload_mb: int = Field(default=10, alias="NETEST_MAX_UPLOAD_MB")
    max_uncompressed_mb: int = Field(default=50, alias="NETEST_MAX_UNCOMPRESSED_MB")
    max_corpus_pairs: int = Field(default=500, alias="NETEST_MAX_CORPUS_PAIRS")
    rate_limit_per_minute: int = Field(default=30, alias="NETEST_RATE_LIMIT_PER_MINUTE")

    @property
    def resolved_database_url(self) -> str:
        """DATABASE_URL, or a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.netest_data_dir / 'netest.db').as_posix()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
