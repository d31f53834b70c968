"""Issue 11 item 13: what the engine writes (strategy explanations, notices on the pair) follows
the chosen language; stored analyses without messages keep showing their text."""
from __future__ import annotations

import string

from tests.ui_helpers import SRC, TGT, analysed_on_strategies, new_app, no_exceptions, text_area, use_database


def _fields(template: str) -> list[str]:
    return sorted(f[1] for f in string.Formatter().parse(template) if f[1])


def test_every_engine_message_has_both_languages_with_the_same_parameters():
    from analysis.messages import CATALOG

    for key, entry in CATALOG.items():
        assert entry["pt-BR"] and entry["en"], key
        assert entry["pt-BR"] != entry["en"] or key in ("rel.causal", "rel.temporal"), key
        assert _fields(entry["pt-BR"]) == _fields(entry["en"]), key


def test_detections_carry_a_message_rendering_their_portuguese_explanation():
    from analysis.pipeline import analyze
    from analysis.types import AnalysisResult, render_message

    result = analyze(SRC, TGT)
    assert result.strategies
    for d in result.strategies:
        assert d.message.get("key"), d
        assert d.explanation == render_message(d.message, "pt-BR")
        assert render_message(d.message, "en") != d.explanation
    again = AnalysisResult.from_json(result.to_json())       # stored and read back
    assert [d.message for d in again.strategies] == [d.message for d in result.strategies]


def test_notices_follow_the_language_and_old_results_show_their_text():
    from analysis.pipeline import analyze
    from analysis.types import AnalysisResult

    result = analyze(SRC, SRC)
    assert result.localized_notices("pt-BR") == result.notices
    assert any("identical" in n for n in result.localized_notices("en"))
    old = result.to_dict()
    old.pop("notice_messages")                                 # a result stored before item 13
    for det in old["strategies"]:
        det.pop("message")
    old_result = AnalysisResult.from_dict(old)
    assert old_result.localized_notices("en") == result.notices
    assert all(d.message == {} for d in old_result.strategies)


def test_numbers_in_messages_follow_the_locale():
    from analysis.types import msg, render_message

    m = msg("sl.slot", source="a", target="b", zs=2.345, zt=4.0)
    assert "Zipf 2,3" in render_message(m, "pt-BR") and "Zipf 2.3" in render_message(m, "en")
    assert "1.234 palavras" in render_message(msg("notice.size_mismatch", n_src=1234, n_tgt=10), "pt-BR")
    assert "1,234 words" in render_message(msg("notice.size_mismatch", n_src=1234, n_tgt=10), "en")


def test_researcher_rewrite_is_decoded_and_plain_text_is_kept():
    from analysis.types import encode_message, localized, msg

    stored = encode_message(msg("review.relabelled", old="SL+", new="RF+"))
    assert localized(stored, "en") == "Relabelled by a researcher: SL+ → RF+."
    assert localized(stored, "pt-BR") == "Reclassificado por um pesquisador: SL+ → RF+."
    assert localized("Texto antigo.", "en") == "Texto antigo."


def _page_text(at) -> str:
    parts = [c.value for c in at.caption] + [m.value for m in at.markdown] + [w.value for w in at.warning]
    return "\n".join(str(p) for p in parts)


def test_strategy_cards_and_exports_follow_english_and_portuguese(monkeypatch, tmp_path):
    """An analysed pair in English shows no Portuguese explanation on its cards; pt-BR shows them
    in Portuguese; the CSV export and HTML report follow the language."""
    from analysis.types import render_message
    from db.engine import make_engine
    from db.repository import Repository
    from services.export import annotations_file
    from services.preferences import ReviewFilter

    url = use_database(monkeypatch, tmp_path)
    at = new_app().run()
    aid = analysed_on_strategies(at, SRC, TGT)
    no_exceptions(at)
    repo = Repository(make_engine(url), at.session_state["workspace_id"])
    result = repo.get_analysis(aid).result
    shown = [d for d in result.strategies if d.code != "OM+"]
    assert shown
    pt_page = _page_text(at)
    for d in shown:
        assert d.explanation in pt_page, d.explanation

    at.session_state["lang"] = "en"           # the open tab (Estratégias) stays open in English
    at.run()
    no_exceptions(at)
    en_page = _page_text(at)
    for d in shown:
        assert d.explanation not in en_page, f"Portuguese left in English: {d.explanation}"
        assert render_message(d.message, "en") in en_page

    csv_en = annotations_file(repo, aid, "csv", ReviewFilter(), "en").decode("utf-8")
    csv_pt = annotations_file(repo, aid, "csv", ReviewFilter(), "pt-BR").decode("utf-8")
    for d in shown:
        assert render_message(d.message, "en") in csv_en and d.explanation not in csv_en
        assert d.explanation in csv_pt

    from components.items import from_annotation
    from components.report import build_report_html

    items = [from_annotation(a, result) for a in repo.list_annotations(aid)]
    html_en = build_report_html(result, items, "en")
    assert all(d.explanation not in html_en for d in shown)
    assert any(render_message(d.message, "en").split("«")[0] in html_en for d in shown)


def test_pair_warnings_before_analysis_follow_english(monkeypatch, tmp_path):
    use_database(monkeypatch, tmp_path)
    at = new_app().run()
    at.session_state["lang"] = "en"
    at.run()
    text_area(at, "Source text").input(SRC)
    text_area(at, "Simplified text").input(SRC)
    at.run()
    no_exceptions(at)
    warnings = " ".join(w.value for w in at.warning)
    assert "identical" in warnings and "idênticos" not in warnings


def test_model_fallback_notices_become_messages_in_both_languages():
    from analysis.types import model_notice_message, render_message
    from models.loader import lexical_fallback, load_encoder

    for lm in (lexical_fallback("e5", "OSError"), lexical_fallback("e5", "X", during="encode"),
               load_encoder("nao-existe")):
        m = model_notice_message(lm.notice)
        assert render_message(m, "pt-BR") == lm.notice
        assert "lexical similarity" in render_message(m, "en")


def test_refused_input_is_explained_in_the_chosen_language():
    from services.texts import check_texts

    empty = check_texts("   ", "Um texto qualquer.", "en")
    assert empty.error == "The source text is empty."
    assert check_texts("   ", "Um texto qualquer.", "pt-BR").error == "O texto fonte está vazio."
    long = check_texts("palavra " * 20000, "Um texto.", "en")
    assert long.error.startswith("The source text has") and "limit" in long.error


def test_unreadable_files_are_explained_in_the_chosen_language(tmp_path):
    """Issue 11 item 13: the file-reading refusals (format, corrupt document, binary, size) follow
    the language too, and keep their message across a process boundary (the engine pool)."""
    import pickle

    from analysis.types import InputError
    from services.texts import read_upload

    cases = [("planilha.xls", b"x", "is not accepted", "não é aceito"),
             ("texto.docx", b"PK\x03\x04 not really a zip", "the document seems damaged",
              "documento parece estar corrompido"),
             ("texto.pdf", b"%PDF-1.4 broken", "could not be opened", "não foi possível abrir o pdf"),
             ("texto.txt", b"\x00\x01\x02\x03" * 50, "binary content", "conteúdo binário")]
    for name, data, en, pt in cases:
        english = read_upload(name, data, "src", "en")
        portuguese = read_upload(name, data, "src", "pt-BR")
        assert english.text is None and en in english.detail, (name, english.detail)
        assert pt in portuguese.detail.lower(), (name, portuguese.detail)
    err = InputError.of({"key": "input.pdf_scanned", "args": {"name": "a.pdf"}}, "scanned_pdf")
    back = pickle.loads(pickle.dumps(err))
    assert back.code == "scanned_pdf" and "no text layer" in back.message_in("en")
