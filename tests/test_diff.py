"""Token diff of aligned pairs: offsets, lemmas, ignored punctuation/case, moved runs."""
from __future__ import annotations

from analysis.diff import diff_texts, diff_tokens, tokenize


def _changes(d):
    return [(op.tag, op.source_text, op.target_text) for op in d.ops if op.tag != "equal"]


def test_tokens_carry_document_offsets_and_kinds():
    text = "Custou R$ 1.500,50 em 2023, disse-lhe."
    toks = tokenize(text, offset=10)
    for t in toks:
        assert ("x" * 10 + text)[t.start:t.end] == t.text
    kinds = {t.text: t.kind for t in toks}
    assert kinds["1.500,50"] == "num"
    assert kinds[","] == "punct"
    # hyphenated clitic is split so the verb lemmatises on its own
    assert [t.text for t in toks if t.text in ("disse", "lhe")] == ["disse", "lhe"]


def test_contractions_get_a_stable_lemma():
    lem = {t.lower: t.lemma for t in tokenize("pela pelos da dos na")}
    assert lem["pela"] == lem["pelos"] == "pelo"
    assert lem["da"] == lem["dos"]


def test_identical_and_punctuation_or_case_only_pairs_have_no_change():
    assert not diff_texts("A loja abriu às oito.", "A loja abriu às oito.").changed
    assert not diff_texts("A loja, enfim, abriu!", "a loja enfim abriu").changed
    assert not diff_texts("O SOL NASCEU", "O sol nasceu.").changed


def test_inflection_is_not_a_change_but_a_word_swap_is():
    assert not diff_texts("Os meninos correram.", "O menino correu.").changed
    d = diff_texts("O carteiro trouxe a encomenda.", "O carteiro trouxe o pacote.")
    assert _changes(d) == [("replace", "encomenda", "pacote")]


def test_replace_spans_point_at_the_words_in_the_document():
    src = "Título\n\nO carteiro trouxe a encomenda."
    tgt = "Título novo\n\nO carteiro trouxe o pacote."
    s_off, t_off = src.index("O carteiro"), tgt.index("O carteiro")
    d = diff_tokens(tokenize(src[s_off:], s_off), tokenize(tgt[t_off:], t_off), src, tgt)
    op = next(o for o in d.ops if o.tag == "replace")
    assert src[op.source_span[0]:op.source_span[1]] == "encomenda"
    assert tgt[op.target_span[0]:op.target_span[1]] == "pacote"


def test_insert_and_delete_are_reported_with_their_text():
    d = diff_texts("A padaria vende pão.", "A padaria do bairro vende pão quentinho.")
    assert ("insert", "", "do bairro") in _changes(d)
    assert ("insert", "", "quentinho") in _changes(d)
    d = diff_texts("O gato preto dormiu no sofá.", "O gato dormiu.")
    assert ("delete", "preto", "") in _changes(d)
    assert ("delete", "no sofá", "") in _changes(d)


def test_moved_adverbial_is_found_with_both_spans():
    src, tgt = "Amanhã cedo, o trem sairá da estação.", "O trem sairá da estação amanhã cedo."
    d = diff_texts(src, tgt)
    assert len(d.moves) == 1
    m = d.moves[0]
    assert src[m.source_span[0]:m.source_span[1]] == "Amanhã cedo"
    assert tgt[m.target_span[0]:m.target_span[1]] == "amanhã cedo"
    assert d.equal_ratio() == 1.0


def test_a_lone_article_is_not_a_moved_unit():
    d = diff_texts("A moça viu o barco.", "O barco viu a moça.")
    assert all(len(m.lemmas) > 1 or m.lemmas[0] not in {"o"} for m in d.moves)


def test_containment_ignores_omission_but_not_rewording():
    omitted = diff_texts("O parque, criado em 1990 pela prefeitura, fechou.", "O parque fechou.")
    assert omitted.containment() == 1.0
    reworded = diff_texts("A ingestão de fibras melhora o trânsito intestinal.",
                          "Comer verduras ajuda a barriga a funcionar.")
    assert reworded.containment() < 0.3


def test_unmoved_runs_cut_ranges_at_moved_words() -> None:
    from analysis.diff import unmoved_runs

    assert unmoved_runs(0, 6, set()) == [(0, 6)]
    assert unmoved_runs(0, 6, {2, 3}) == [(0, 2), (4, 6)]
    assert unmoved_runs(3, 5, {3, 4}) == []
    assert unmoved_runs(2, 2, set()) == []


def test_moved_run_search_is_bounded_on_a_pathological_diff(monkeypatch) -> None:
    """Thousands of changed words from a tiny vocabulary: the search stays within its budget
    (it grew with the cube of the length) and still reports the moves it found."""
    import random

    from analysis import diff

    rng = random.Random(7)
    vocab = "casa rio escola menino governo cidade chuva livro estrada ponte".split()
    src = " ".join(rng.choice(vocab) for _ in range(3000))
    tgt = " ".join(rng.choice(vocab) for _ in range(3000))
    spent = []
    real = diff._longest_common_run

    def counted(a, b):
        spent.append(len(a) + len(b) + diff._COMPARISON_OVERHEAD)
        return real(a, b)

    monkeypatch.setattr(diff, "_longest_common_run", counted)
    d = diff.diff_texts(src, tgt)
    assert sum(spent) <= diff.MOVE_SEARCH_BUDGET
    assert d.moves and all(m.lemmas == tuple(w.lemma for w in d.src_words[m.src[0]:m.src[1]])
                           for m in d.moves)


def test_moved_run_search_within_budget_finds_every_move() -> None:
    """Below the budget the heap search is the plain greedy search: a two-word and a one-word
    displacement in a longer sentence are both found."""
    from analysis.diff import diff_texts

    src = ("Ontem à noite, o conselho municipal aprovou o novo plano de transporte "
           "depois de muita discussão com os moradores do bairro.")
    tgt = ("O conselho municipal aprovou ontem à noite o novo plano de transporte "
           "com os moradores do bairro, depois de muita discussão.")
    moved = {" ".join(m.lemmas) for m in diff_texts(src, tgt).moves}
    assert any("ontem" in m for m in moved)
    assert any("depois" in m for m in moved)
