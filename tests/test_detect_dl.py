"""DL+ on the cases of issue 10's third round: a phrase counts as moved relative to the words
of its sentence that kept their order, and a moved phrase is still found when its wording
changed a little. Every sentence is written for the purpose (no corpus text); each test fails
without the rule it names."""
from __future__ import annotations

from analysis.strategies import build_contexts, dl
from analysis.types import AlignmentGroup
from tests.test_strategies import make_doc, one_to_one, run, spans


def _split(n: int = 2) -> list[AlignmentGroup]:
    return [AlignmentGroup(["s1"], [f"t{k + 1}" for k in range(n)], 0.8, "split")]


def _dl(s, t, dets) -> list[tuple[list[str], list[str]]]:
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "DL+"]


def _ctx(src: str, tgt: list[str]):
    s, t = make_doc([[src]], "source"), make_doc([tgt], "target")
    groups = one_to_one(1) if len(tgt) == 1 else _split(len(tgt))
    return build_contexts(s, t, groups, None, None).pairs[0]


def _moved(ctx, src_text: str, tgt_text: str) -> dl.Moved:
    """The Moved record of a phrase given by its words on each side."""
    def find(words, text):
        n = len(text.split())
        for i in range(len(words) - n + 1):
            if " ".join(w.text for w in words[i:i + n]) == text:
                return i, i + n
        raise AssertionError(text)
    return dl.Moved(find(ctx.src_words, src_text), find(ctx.tgt_words, tgt_text), True)


# ---- precision: moved relative to the words that kept their order -----------------------------

def test_a_neighbour_that_moved_itself_is_no_evidence():
    # "apreenderam" went to the front; "com cuidado" kept its place among the other words
    ctx = _ctx("Os fiscais da prefeitura, com cuidado, apreenderam ontem os relógios falsos.",
               ["Apreenderam os fiscais da prefeitura, com cuidado, ontem os relógios falsos."])
    assert not dl.displaced(ctx, _moved(ctx, "com cuidado", "com cuidado"))


def test_a_phrase_that_jumped_over_words_in_order_is_displaced():
    ctx = _ctx("Com cuidado, os fiscais da prefeitura apreenderam ontem os relógios falsos.",
               ["Os fiscais da prefeitura apreenderam ontem os relógios falsos com cuidado."])
    assert dl.displaced(ctx, _moved(ctx, "Com cuidado", "com cuidado"))


def test_no_dl_for_a_phrase_that_stayed_with_its_noun_when_the_passive_turned_active():
    # the agent's acronym in brackets belongs to the agent: it went to the front with it (MOD+),
    # "com dados de 2010" still follows the noun it qualifies
    s, t, dets, _ = run(["O censo, com dados de 2010, foi organizado pelo Instituto Brasileiro de "
                         "Geografia (IBGE) e visitou cinco milhões de casas."],
                        ["O Instituto Brasileiro de Geografia (IBGE) organizou a contagem com dados de 2010.",
                         "O IBGE visitou cinco milhões de casas."], _split(), enabled=["DL+"])
    assert _dl(s, t, dets) == []
