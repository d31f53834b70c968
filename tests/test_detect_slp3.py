"""SL+ precision round on unseen productions (branch slp3, dump blocks 151-300): a full verb and
the "por" phrase of its agent or cause, lumped against one verb, are cut back to the verb (the
"por" phrase was dropped, not replaced); a verb idiom replaced by one word keeps firing. One word
paired with the head of its rendering while a word of its own family sits next to it stays
silent; a term described with the proper name it comes from keeps firing.
Each sentence is written for the purpose (not a corpus text)."""
from __future__ import annotations

from tests.test_strategies import run, spans


def _sl(s, t, dets):
    return [(spans(s, d.source_spans), spans(t, d.target_spans)) for d in dets if d.code == "SL+"]


def test_verb_and_its_por_phrase_are_cut_back_to_the_verb(e5):
    # "pela seca" was dropped; "deteriorou" → "piorou" is the substitution, not "deteriorou pela seca"
    s, t, dets, _ = run(["Os analistas dizem que a colheita se deteriorou pela seca, e os preços vão subir."],
                        ["Os analistas dizem que a colheita piorou, e os preços vão subir."], encoder=e5)
    pairs = _sl(s, t, dets)
    assert (["deteriorou"], ["piorou"]) in pairs, pairs


def test_verb_idiom_replaced_by_one_word_keeps_firing(e5):
    # near miss: no "por" phrase, the idiom as a whole took the place of one word
    s, t, dets, _ = run(["A frente fria perde força hoje e retoma a carga no domingo, com menos chuva."],
                        ["A frente fria perde força hoje e volta no domingo, com menos chuva."], encoder=e5)
    assert (["retoma a carga"], ["volta"]) in _sl(s, t, dets)


def test_word_rendered_with_its_own_family_word_nearby_is_not_paired_with_the_head(e5):
    # "liderança" → "posição … de líder": "líder" carries the source word, "posição" alone is no
    # plainer word for it
    s, t, dets, _ = run(["Os motivos da liderança paulista no setor são antigos."],
                        ["Os motivos da posição paulista de líder no setor são antigos."], encoder=e5)
    assert (["liderança"], ["posição"]) not in _sl(s, t, dets)


def test_term_described_with_the_name_it_comes_from_keeps_firing(e5):
    # near miss: the family word is the proper name the term comes from; the common noun takes
    # the term's place in a description of it
    s, t, dets, _ = run(["Os neandertais viveram na Europa durante milhares de anos."],
                        ["Os homens de Neandertal viveram na Europa durante milhares de anos."], encoder=e5)
    assert [p for p in _sl(s, t, dets) if p[0] == ["neandertais"]], _sl(s, t, dets)
