"""What a page rerun must not redo: the pair check and the login-configuration lookup are
answered once (per pair, per half minute), not on every rerun of every session."""
from __future__ import annotations

from services import texts

SRC = ("O relatório foi entregue pela comissão ontem à tarde. Todavia, o prefeito não compareceu "
       "à reunião marcada para discutir o orçamento da cidade.")
TGT = "A comissão entregou o relatório ontem. Mas o prefeito não foi à reunião sobre o orçamento."


def test_the_pair_check_runs_once_per_pair(monkeypatch):
    calls = []
    real = texts.check_pair_messages

    def counting(source, target, limits):
        calls.append(1)
        return real(source, target, limits)

    monkeypatch.setattr(texts, "check_pair_messages", counting)
    texts._checked.cache_clear()
    first = texts.check_texts(SRC, TGT)
    again = texts.check_texts(SRC, TGT)
    assert again == first and len(calls) == 1
    texts.check_texts(SRC + " Mais uma frase.", TGT)
    assert len(calls) == 2


def test_a_refused_pair_is_refused_every_time():
    texts._checked.cache_clear()
    for _ in range(2):
        checked = texts.check_texts("   ", TGT)
        assert checked.error and checked.warnings == ()


def test_login_configuration_is_looked_up_once_per_interval(monkeypatch):
    from components import runtime

    lookups = []

    class Secrets:
        def __contains__(self, key):
            lookups.append(key)
            return False

    monkeypatch.setattr(runtime.st, "secrets", Secrets())
    monkeypatch.setattr(runtime, "_auth_checked", [])
    assert runtime.auth_configured() is False
    assert runtime.auth_configured() is False
    assert lookups == ["auth"]
    runtime._auth_checked[:] = [(runtime._auth_checked[0][0] - runtime.AUTH_RECHECK_SECONDS - 1, False)]
    runtime.auth_configured()
    assert lookups == ["auth", "auth"]
