"""The PorSimples loader used by the benchmarks (bench/porsimples.py), on small files written here
with the corpus' quirks: row order is document order, empty sentences and dangling links."""
from __future__ import annotations

from pathlib import Path

from bench.align_porsimples import Tally, gold_owner, raw_links
from bench.porsimples import gold_document, join_sentences, load_pairs, unique_sentences

SENTENCES = """production_id\tlevel\ttext_id\tsentence_id\tparagraph\tsentence_text
1\tORI\t10\t100\t1\tO ano era 1978.\x20
1\tORI\t10\t102\t1\tUm filme de piranhas, que fez sucesso, estreou.
1\tORI\t10\t101\t2\tHoje banhistas fogem do balneário.
1\tORI\t10\t103\t2\t\x20\x20\x20
1\tNAT\t11\t200\t1\tO ano era 1978.
1\tNAT\t11\t201\t1\tUm filme de piranhas estreou.
1\tNAT\t11\t202\t1\tEle fez sucesso.
1\tNAT\t11\t203\t2\tHoje banhistas fogem do balneário.
1\tSTR\t12\t300\t1\tO ano era 1978.
1\tSTR\t12\t301\t1\tUm filme de piranhas estreou e fez sucesso.
1\tSTR\t12\t302\t2\tHoje banhistas fogem do balneário.
"""
ALIGNS = """production_id\tlevel\ttext_id_from\tsentence_id_from\ttext_id_to\tsentence_id_to
1\tORI->NAT\t10\t100\t11\t200
1\tORI->NAT\t10\t102\t11\t201
1\tORI->NAT\t10\t102\t11\t202
1\tORI->NAT\t10\t101\t11\t203
1\tORI->NAT\t10\t103\t11\t203
1\tNAT->STR\t11\t200\t12\t300
1\tNAT->STR\t11\t201\t12\t301
1\tNAT->STR\t11\t202\t12\t301
1\tNAT->STR\t11\t203\t12\t302
1\tNAT->STR\t11\t999\t12\t302
"""


def write_corpus(root: Path) -> Path:
    (root / "dev_sentences.tsv").write_text(SENTENCES, encoding="utf-8")
    (root / "dev_aligns.tsv").write_text(ALIGNS, encoding="utf-8")
    return root


def test_pairs_keep_row_order_and_skip_quirks(tmp_path):
    pairs = load_pairs(write_corpus(tmp_path))
    assert [p.name for p in pairs] == ["1:ORI->NAT", "1:NAT->STR"]
    ori_nat, nat_str = pairs
    # row order (102 before 101), empty sentence 103 dropped, whitespace trimmed
    assert ori_nat.source.sentence_ids == [100, 102, 101]
    assert ori_nat.source.sentences[0] == (1, "O ano era 1978.")
    # split 102 -> 201, 202; link from the empty sentence and to a missing id dropped
    assert ori_nat.links == {(0, 0), (1, 1), (1, 2), (2, 3)}
    assert nat_str.links == {(0, 0), (1, 1), (2, 1), (3, 2)}
    assert len(unique_sentences(pairs)) == 6      # 3 ORI + 2 new in NAT + 1 new in STR
    assert len(load_pairs(tmp_path, limit=0)) == 0


def test_gold_document_offsets_index_the_joined_text(tmp_path):
    pair = load_pairs(write_corpus(tmp_path))[0]
    text, spans = join_sentences(pair.target.sentences)
    assert text == ("O ano era 1978. Um filme de piranhas estreou. Ele fez sucesso.\n\n"
                    "Hoje banhistas fogem do balneário.")
    doc = gold_document(pair.target.sentences, "target")
    assert doc.text == text
    assert [s.id for s in doc.sentences] == ["t1", "t2", "t3", "t4"]
    assert [p.sentence_ids for p in doc.paragraphs] == [["t1", "t2", "t3"], ["t4"]]
    for s, (a, b) in zip(doc.sentences, spans, strict=True):
        assert (s.start, s.end) == (a, b) and text[a:b] == s.text


def test_raw_scoring_maps_predicted_sentences_to_gold(tmp_path):
    from analysis.align import align
    from analysis.segment import segment

    pair = load_pairs(write_corpus(tmp_path))[0]
    s_text, s_spans = join_sentences(pair.source.sentences)
    t_text, t_spans = join_sentences(pair.target.sentences)
    src, tgt = segment(s_text, "source"), segment(t_text, "target")
    assert gold_owner(tgt, t_spans) == {0: 0, 1: 1, 2: 2, 3: 3}
    pred = raw_links(align(src, tgt, None), src, tgt, s_spans, t_spans)
    tally = Tally()
    tally.add(pred, pair.links)
    assert pred == pair.links and tally.f1 == 1.0
