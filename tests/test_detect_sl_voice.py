"""SL+ recall (issue 10, ninth round): a passive turned active with *another* verb. MOD+ reads
the voice change; the verb itself was replaced too, by a more frequent one, and the slots
cannot pair the two because the clause turned round. Every sentence is written for the purpose
(not a PorSimples text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(src: str, tgt: str):
    s, t, dets, _ = run([src], [tgt])
    return [(spans(s, d.source_spans)[0], spans(t, d.target_spans)[0]) for d in dets if d.code == "SL+"]


def _mod(src: str, tgt: str):
    _, _, dets, _ = run([src], [tgt])
    return [d for d in dets if d.code == "MOD+"]


def test_sl_for_a_passive_turned_active_with_a_plainer_verb():
    src = "As amostras foram inoculadas em camundongos no laboratório."
    tgt = "Colocaram as amostras em camundongos no laboratório."
    assert ("inoculadas", "Colocaram") in _sl(src, tgt)
    assert _mod(src, tgt)   # the voice change stays MOD+'s


def test_sl_for_a_passive_with_its_agent_made_subject_of_a_plainer_verb():
    pairs = _sl("Os ativistas foram rechaçados pelos tripulantes do navio.",
                "Os tripulantes do navio expulsaram os ativistas.")
    assert ("rechaçados", "expulsaram") in pairs


def test_sl_not_for_the_same_verb_in_the_active():
    # "foram salvos" → "Salvaram": the voice changed, not the word
    assert _sl("Os marinheiros foram salvos pelos pescadores ontem.",
               "Os pescadores salvaram os marinheiros ontem.") == []


def test_sl_not_for_a_light_verb_standing_for_the_participle():
    # "realizado pelo Ibope" → "O Ibope fez": "fazer" says nothing without its complement
    pairs = _sl("O levantamento, realizado pelo Ibope no mês passado, mostra a mudança.",
                "O Ibope fez o levantamento no mês passado. O levantamento mostra a mudança.")
    assert not any(t == "fez" for _, t in pairs)
