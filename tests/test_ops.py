"""Operations: metrics, Sentry scrubbing, JSON logs, rate limiting, settings, Streamlit config."""
from __future__ import annotations

import io
import json
import logging
import sys
import tomllib
from pathlib import Path

import pytest
import sentry_sdk

from ops import errors, metrics
from ops.limits import describe_limits
from ops.logging import configure_logging, log_event, workspace_hash
from ops.ratelimit import RateLimiter, rate_limit_message
from ops.settings import Settings
from services.diagnostics import diagnostics
from tests.helpers import MemoryTransport

ROOT = Path(__file__).resolve().parent.parent
KEY = "Zq8vK3mP0rT7wY2bN5cX9dLf"        # looks like a workspace key
TEXT = "O menino correu rapidamente pela estrada escura até a casa da avó."


# --- metrics ------------------------------------------------------------------------------

def _sample(name: str, **labels: str) -> float:
    value = metrics.REGISTRY.get_sample_value(name, labels or None)
    return 0.0 if value is None else value


def test_metrics_exposition_has_every_family_after_recording():
    before = _sample("netest_analyses_total", outcome="ok")
    metrics.record_analysis("ok", 1.5)
    metrics.record_analysis("cached", 0.01)
    metrics.record_model_load("e5-small", 2.5)
    metrics.record_decision("accept", "RF+", ("RF+",))
    metrics.record_db_error("save_analysis")
    metrics.record_rate_limited("analysis")
    metrics.record_corpus_pairs(3)
    text = metrics.render().decode()
    for name in (
        "netest_analyses_total", "netest_analysis_duration_seconds_bucket",
        "netest_model_load_seconds", "netest_review_decisions_total", "netest_database_errors_total",
        "netest_active_sessions", "netest_rate_limit_rejections_total",
        "netest_corpus_pairs_processed_total", "process_resident_memory_bytes",
    ):
        assert f"\n{name}" in text or text.startswith(name), name
    assert _sample("netest_analyses_total", outcome="ok") == before + 1
    assert _sample("netest_model_load_seconds", model="e5-small") == 2.5
    assert _sample("netest_corpus_pairs_processed_total", outcome="ok") >= 3
    assert 'le="2.0",outcome="ok"' in text


def test_metric_labels_stay_bounded_and_outcome_is_checked():
    metrics.record_decision("ACCEPT", "not-a-code", ("OM+",))
    assert _sample("netest_review_decisions_total", action="accept", code="other") >= 1
    metrics.record_decision("frobnicate", "OM+", ("OM+",))
    assert _sample("netest_review_decisions_total", action="other", code="OM+") >= 1
    with pytest.raises(ValueError):
        metrics.record_analysis("maybe", 1.0)


def test_metrics_survive_module_reimport():
    """Streamlit's watcher evicts project modules; a re-import must not duplicate metrics."""
    first = metrics.METRICS
    del sys.modules["ops.metrics"]
    import ops.metrics as again

    assert again.METRICS is first
    again.record_analysis("error", 0.2)
    sys.modules["ops.metrics"] = again


def test_active_sessions_is_zero_without_a_server():
    assert metrics.active_sessions() == 0
    assert "netest_active_sessions 0.0" in metrics.render().decode()


# --- Sentry -------------------------------------------------------------------------------

@pytest.fixture
def sentry_memory():
    transport = MemoryTransport()
    settings = Settings(SENTRY_DSN="https://public@o0.ingest.sentry.io/1")
    assert errors.init_sentry(settings, transport=transport) is True
    try:
        yield transport
    finally:
        errors.shutdown_sentry()


def _fail_with_research_data(source: str, target: str, w: str) -> None:
    texto = source + target          # noqa: F841  (a local that must not leave the process)
    raise ValueError(f"não consegui alinhar '{source}'")


def test_sentry_captures_exception_and_scrubs_texts_and_keys(sentry_memory):
    sentry_sdk.set_extra("source_text", TEXT)
    sentry_sdk.set_extra("workspace_key", KEY)
    sentry_sdk.set_tag("page", "analisar")
    try:
        _fail_with_research_data(TEXT, "O menino correu.", KEY)
    except ValueError as exc:
        error_id = errors.report_exception(exc, {"page": "analisar", "texto": TEXT,
                                                 "url": f"https://x.hf.space/?w={KEY}",
                                                 "note": f"chave {KEY}"})
    sentry_sdk.flush()
    events = sentry_memory.events()
    assert len(events) == 1
    event = events[0]
    assert error_id == event["event_id"]
    dumped = json.dumps(event, ensure_ascii=False)
    assert "ValueError" in dumped
    for secret in (TEXT, "correu rapidamente", KEY):
        assert secret not in dumped, secret
    frames = event["exception"]["values"][0]["stacktrace"]["frames"]
    assert frames and all("vars" not in f for f in frames)
    assert event["contexts"]["netest"]["page"] == "analisar"
    assert "texto" not in event["contexts"]["netest"]


def test_before_send_strips_request_bodies_and_query_keys():
    event = {
        "request": {"url": f"https://x.hf.space/analisar?w={KEY}", "method": "POST",
                    "query_string": f"w={KEY}&page=2", "data": {"source": TEXT},
                    "cookies": {"_streamlit_xsrf": "abc"},
                    "headers": {"User-Agent": "ua", "Cookie": "c=1", "Authorization": "Bearer t"}},
        "extra": {"target": TEXT, "nested": {"text": TEXT, "ok": 1}, "list": [f"w={KEY}"]},
        "breadcrumbs": {"values": [{"message": f"abrindo ?w={KEY}", "data": {"texto": TEXT}}]},
        "logentry": {"message": "falhou: %s", "params": [TEXT]},
        "user": {"id": "ws-hash", "ip_address": "10.0.0.1"},
    }
    out = errors.before_send(event, None)
    dumped = json.dumps(out, ensure_ascii=False)
    assert TEXT not in dumped and KEY not in dumped and "10.0.0.1" not in dumped
    assert "data" not in out["request"] and "cookies" not in out["request"]
    assert out["request"]["url"] == "https://x.hf.space/analisar"
    assert set(k.lower() for k in out["request"]["headers"]) == {"user-agent"}
    assert out["extra"]["nested"]["ok"] == 1
    assert out["user"] == {"id": "ws-hash"}


def test_no_sentry_traffic_without_dsn(monkeypatch):
    monkeypatch.delenv("SENTRY_DSN", raising=False)
    transport = MemoryTransport()
    assert errors.init_sentry(Settings(), transport=transport) is False
    assert errors.init_sentry(Settings(SENTRY_DSN="  "), transport=transport) is False
    assert errors.sentry_enabled() is False
    assert not sentry_sdk.get_client().is_active()
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        error_id = errors.report_exception(exc, {"page": "p"})
    assert len(error_id) == 10 and all(c in "0123456789abcdef" for c in error_id)
    assert errors.report_exception(RuntimeError("y"), {"level": "x", "frames": 1}) != error_id
    assert transport.envelopes == []


def test_friendly_message_is_portuguese_and_carries_the_id():
    msg = errors.friendly_message("abc123")
    assert "abc123" in msg and "Algo deu errado" in msg


# --- logs ---------------------------------------------------------------------------------

def test_json_logs_drop_texts_and_keys():
    stream = io.StringIO()
    configure_logging("INFO", stream=stream)
    configure_logging("INFO", stream=stream)          # idempotent: still one handler
    assert sum(1 for h in logging.getLogger("netest").handlers if getattr(h, "stream", None) is stream) == 1
    logged = log_event("analysis_finished", analysis_id="a-1", workspace_key=KEY, source=TEXT,
                       target_text=TEXT, texto=TEXT, seconds=1.25, outcome="ok", source_words=12)
    try:
        raise ValueError(f"frase: {TEXT}")
    except ValueError:
        logging.getLogger("netest.test").exception("falhou")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 2
    first = lines[0]
    assert first["event"] == "analysis_finished" and first["analysis_id"] == "a-1"
    assert first["workspace_hash"] == workspace_hash(KEY) and first["seconds"] == 1.25
    assert first["source_words"] == 12 and logged["outcome"] == "ok"
    assert lines[1]["error_type"] == "ValueError" and lines[1]["frames"]
    raw = stream.getvalue()
    assert TEXT not in raw and KEY not in raw and "frase" not in raw
    assert not {"source", "target_text", "texto", "workspace_key"} & set(first)


def test_workspace_hash_is_stable_short_and_one_way():
    h = workspace_hash(KEY)
    assert h == workspace_hash(KEY) and len(h) == 12 and KEY not in h
    assert h != workspace_hash(KEY + "x") and workspace_hash(None) is None


# --- rate limiting ------------------------------------------------------------------------

class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_sliding_window_with_injected_clock():
    clock = FakeClock()
    rl = RateLimiter(per_minute=3, window_seconds=60, clock=clock)
    assert [rl.check("ws-a")[0] for _ in range(3)] == [True, True, True]
    allowed, retry = rl.check("ws-a")
    assert not allowed and retry == pytest.approx(60.0)
    assert rl.check("ws-b") == (True, 0.0)          # another workspace is not affected
    clock.now += 20
    allowed, retry = rl.check("ws-a")
    assert not allowed and retry == pytest.approx(40.0)   # refused attempts are not counted
    clock.now += 40.001
    assert rl.check("ws-a")[0] is True
    assert rl.remaining("ws-a") == 0 or rl.remaining("ws-a") >= 0


def test_rate_limiter_forgets_idle_keys_and_is_thread_safe():
    import threading

    clock = FakeClock()
    rl = RateLimiter(per_minute=1000, window_seconds=10, clock=clock)
    results = []

    def worker():
        for _ in range(200):
            results.append(rl.check("shared")[0])

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1000 and results.count(False) == 600
    for i in range(50):
        rl.check(f"visitor-{i}")
    clock.now += 35                                   # > 2 windows idle
    rl.check("new")
    assert len(rl) == 1


def test_rate_limit_message_and_settings():
    assert rate_limit_message(12.2) == "Muitas análises em pouco tempo; tente de novo em 13 s."
    assert rate_limit_message(0.0).endswith("em 1 s.")
    rl = RateLimiter.from_settings(Settings(NETEST_RATE_LIMIT_PER_MINUTE="5"))
    assert rl.limit == 5 and rl.window == 60.0
    with pytest.raises(ValueError):
        RateLimiter(0)


# --- settings, limits, diagnostics --------------------------------------------------------

def test_settings_parse_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("NETEST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NETEST_MAX_UPLOAD_MB", "7")
    monkeypatch.setenv("NETEST_RATE_LIMIT_PER_MINUTE", "12")
    monkeypatch.setenv("NETEST_LOG_LEVEL", "warn")
    monkeypatch.setenv("SENTRY_DSN", "")
    monkeypatch.setenv("NETEST_APP_SCRIPT", "stand_in.py")
    s = Settings(_env_file=None)
    assert s.netest_data_dir == tmp_path and s.max_upload_mb == 7 and s.rate_limit_per_minute == 12
    assert s.log_level == "WARNING" and s.sentry_dsn is None and s.app_script == "stand_in.py"
    assert s.resolved_database_url == f"sqlite:///{tmp_path.as_posix()}/netest.db"
    monkeypatch.setenv("NETEST_MAX_UPLOAD_MB", "0")
    with pytest.raises(ValueError):
        Settings(_env_file=None)


def test_env_example_documents_every_setting():
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    documented = {line.split("=", 1)[0].lstrip("# ").strip() for line in text.splitlines()
                  if "=" in line and line.lstrip("# ").split("=", 1)[0].strip().isupper()}
    aliases = {f.alias for f in Settings.model_fields.values()}
    assert aliases <= documented, aliases - documented


def test_describe_limits_and_diagnostics_without_secrets():
    s = Settings(_env_file=None, DATABASE_URL="postgresql+psycopg://u:pw123@db.example:5432/netest",
                 SENTRY_DSN=None)
    limits = describe_limits(s)
    assert limits["max_upload_mb"]["value"] == s.max_upload_mb
    d = diagnostics({"name": "e5-small", "backend": "e5", "load_seconds": 1.5},
                    {"reachable": True, "at_head": True, "backend": "postgresql"}, settings=s)
    assert d["model"]["loaded"] and d["model"]["load_seconds"] == 1.5
    assert d["model"]["engine_workers"] == s.engine_workers
    assert d["database"]["reachable"] is True
    assert d["database"]["url"] == "postgresql+psycopg://db.example:5432/netest"
    assert d["versions"]["streamlit"] and d["versions"]["python"]
    assert "pw123" not in json.dumps(d, default=str)
    assert diagnostics(None, None, settings=s)["model"]["loaded"] is False


# --- Streamlit config ---------------------------------------------------------------------

def test_streamlit_config_has_required_keys_that_exist_in_streamlit():
    from streamlit import config as st_config

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["client"]["toolbarMode"] == "viewer"
    assert cfg["client"]["showErrorDetails"] == "none"
    assert cfg["runner"]["postScriptGC"] is False
    assert cfg["server"]["headless"] is True
    assert cfg["server"]["enableXsrfProtection"] is True
    assert cfg["server"]["maxUploadSize"] == Settings(_env_file=None).max_upload_mb
    assert cfg["theme"]["primaryColor"].startswith("#")
    known = set(st_config._config_options_template)
    for section, values in cfg.items():
        for key in values:
            assert f"{section}.{key}" in known, f"{section}.{key} is not a Streamlit 1.67 option"


def test_driver_and_third_party_lines_are_json_without_connection_details_or_texts():
    """SQLAlchemy/psycopg/Streamlit records go through the same JSON formatter, scrubbed."""
    import streamlit.logger as st_logger

    from ops.logging import scrub_message

    stream = io.StringIO()
    configure_logging("INFO", stream=stream)
    driver = ('(psycopg.OperationalError) connection failed: connection to server at "db.interno" '
              '(10.1.2.3), port 5433 failed: FATAL:  password authentication failed for user "netest"\n'
              "[SQL: INSERT INTO analysis (source) VALUES (%(source)s)]\n"
              f"[parameters: {{'source': '{TEXT}'}}]\n(Background on this error at: https://sqlalche.me/e/21/e3q8)")
    logging.getLogger("sqlalchemy.pool.impl.QueuePool").error(driver)
    logging.getLogger("db.engine").warning("falhou %s", "postgresql://netest:segredo@db.interno:5433/netest")
    st_logger.get_logger("streamlit.netest_test_logger").warning("host=db.interno port=5433 user=netest")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [p["logger"] for p in lines][:2] == ["sqlalchemy.pool.impl.QueuePool", "db.engine"]
    raw = stream.getvalue()
    for leak in ("db.interno", "10.1.2.3", "5433", '"netest"', "segredo", "postgresql://", TEXT[:20]):
        assert leak not in raw, leak
    assert "password authentication failed" in lines[0]["msg"]            # the kind stays readable
    # Streamlit's own console handler (created after configure_logging) writes JSON too
    handler = logging.getLogger("streamlit.netest_test_logger").streamlit_console_handler
    assert json.loads(handler.format(logging.makeLogRecord({"msg": "port 5433", "name": "streamlit.x"})))["msg"] \
        == "port [removido]"
    assert scrub_message("listening at [::1]:5433 and 127.0.0.1:8501") == "listening at [endereço] and [endereço]"
