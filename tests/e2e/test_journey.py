"""Browser journeys in Debian's Chromium against a real `streamlit run server.py`.

The researcher's path: paste a pair → Analisar → highlights with codes on both texts → accept one
detection and reject another → reload the same workspace URL → both decisions are still there →
Histórico lists the analysis → the CSV export contains both decisions. Plus: a .docx upload, a
text that tries to run script (it shows as text and runs nothing), and workspace isolation.
"""
from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (
    ANALYSIS_TIMEOUT_MS,
    SOURCE,
    TARGET,
    annotation_comments,
    annotation_statuses,
    click_analyse,
    download,
    fill_texts,
    open_tab,
    wait_app_ready,
    wait_highlights,
    workspace_key,
)

pytestmark = pytest.mark.browser


def _decision_buttons(page, name: str):  # noqa: ANN001
    return page.get_by_role("button", name=re.compile(rf"\b{name}$"))


def test_analyse_review_reload_history_and_export(page, app_server):  # noqa: ANN001
    page.goto(app_server.url)
    fill_texts(page, SOURCE, TARGET)
    title = page.get_by_label("Título (opcional)")
    title.fill("Jornada e2e")
    title.press("Tab")
    page.wait_for_timeout(500)
    click_analyse(page)
    wait_highlights(page)

    # highlights with codes on both texts
    texts = page.locator("div.netest-text")
    assert texts.count() >= 2
    for i in range(2):
        assert texts.nth(i).locator("mark[data-codes]").count() >= 1
        labels = texts.nth(i).locator("sup.netest-label").all_inner_texts()
        assert any(re.search(r"[A-Z]{2,3}\+", lab) for lab in labels), labels
    key = workspace_key(page.url)
    assert key, page.url

    # accept one detection, reject another
    open_tab(page, "Estratégias")
    accept = _decision_buttons(page, "Aceitar")
    accept.nth(1).wait_for(timeout=60_000)   # at least two detections to decide on (cards render progressively)
    accept.first.click()
    page.get_by_text("Aceita", exact=True).first.wait_for(timeout=30_000)
    reject = _decision_buttons(page, "Rejeitar")
    reject.nth(1).click()
    page.get_by_text("Rejeitada", exact=True).first.wait_for(timeout=30_000)
    statuses = [s for _, _, s in annotation_statuses(app_server.db)]
    assert statuses.count("accepted") == 1 and statuses.count("rejected") == 1

    # a card's tools open on demand; a comment typed and saved in one go is the typed one.
    # The box is looked up inside the opened card: "Comentário" is also the label of the
    # new-annotation form further down, which a page-wide lookup finds before the card's box
    # has drawn (that, not the app, emptied a fresh-clone run's comment)
    wait_app_ready(page)
    tools = page.locator('[data-testid="stExpander"]').filter(
        has_text="Reclassificar, comentar, editar trecho").first
    tools.get_by_text("Reclassificar, comentar, editar trecho").click()
    comment = tools.get_by_label("Comentário", exact=True)
    comment.wait_for(timeout=30_000)
    comment.fill("rever com o grupo")
    expect(comment).to_have_value("rever com o grupo")
    tools.get_by_role("button", name="Salvar comentário").click()
    page.get_by_text("Comentário salvo.").wait_for(timeout=30_000)
    assert "rever com o grupo" in annotation_comments(app_server.db)

    # reload the same workspace URL: both decisions are still there
    url_before = page.url
    page.reload()
    assert workspace_key(page.url) == key
    open_tab(page, "Estratégias")
    page.get_by_text("Aceita", exact=True).first.wait_for(timeout=60_000)
    page.get_by_text("Rejeitada", exact=True).first.wait_for(timeout=30_000)
    assert "a=" in url_before

    # the CSV export contains both decisions
    open_tab(page, "Exportar")
    csv_file = download(page, re.compile(r"\bCSV$"))
    rows = list(csv.DictReader(io.StringIO(csv_file.path().read_text(encoding="utf-8-sig"))))
    assert {"accepted", "rejected"} <= {r["status"] for r in rows}

    # Histórico lists the analysis
    page.get_by_role("link", name=re.compile("Histórico")).click()
    page.get_by_text(re.compile(r"1 análise\(s\)")).wait_for(timeout=30_000)
    expect(page.get_by_label("Novo título")).to_have_value("Jornada e2e")   # the listed analysis
    assert workspace_key(page.url) == key


def test_docx_upload_fills_the_text_and_analyses(page, app_server, tmp_path):  # noqa: ANN001
    from docx import Document

    src_file, tgt_file = tmp_path / "fonte.docx", tmp_path / "alvo.docx"
    for path, text in ((src_file, "O réu foi absolvido pelo juiz ontem à tarde."),
                       (tgt_file, "O acusado foi inocentado pelo juiz ontem à tarde.")):
        doc = Document()
        doc.add_paragraph(text)
        doc.save(path)
    page.goto(app_server.url)
    page.get_by_label("Texto fonte", exact=True).wait_for(timeout=60_000)
    uploaders = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    uploaders.nth(0).set_input_files(str(src_file))
    page.wait_for_function(
        "() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('absolvido'))",
        timeout=60_000)
    uploaders.nth(1).set_input_files(str(tgt_file))
    page.wait_for_function(
        "() => [...document.querySelectorAll('textarea')].some(t => t.value.includes('inocentado'))",
        timeout=60_000)
    assert "absolvido" in page.get_by_label("Texto fonte", exact=True).input_value()
    click_analyse(page)
    wait_highlights(page)
    shown = page.locator("div.netest-text").first.inner_text()
    assert "absolvido pelo juiz ontem" in shown


XSS_SOURCE = 'Texto com <script>window.__xss=1</script> e <img src=x onerror="window.__xss=2"> no meio.'
XSS_TARGET = 'Um texto com <script>window.__xss=1</script> e <img src=x onerror="window.__xss=2"> no meio dele.'


def test_html_in_texts_shows_as_text_and_runs_nothing(page, app_server):  # noqa: ANN001
    page.goto(app_server.url)
    fill_texts(page, XSS_SOURCE, XSS_TARGET)
    click_analyse(page)
    page.locator("div.netest-text").first.wait_for(timeout=ANALYSIS_TIMEOUT_MS)
    page.wait_for_timeout(1000)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    shown = page.locator("div.netest-text").first.inner_text()
    assert "<script>window.__xss=1</script>" in shown
    assert '<img src=x onerror="window.__xss=2">' in shown
    assert page.locator("div.netest-text img").count() == 0
    assert page.locator("div.netest-text script").count() == 0


def test_a_second_workspace_does_not_see_the_first(browser, app_server):  # noqa: ANN001
    ctx_a = browser.new_context(locale="pt-BR")
    ctx_b = browser.new_context(locale="pt-BR")
    try:
        a = ctx_a.new_page()
        a.set_default_timeout(60_000)
        a.goto(app_server.url)
        fill_texts(a, "A prefeitura vai ampliar o efetivo da guarda municipal.",
                   "A prefeitura vai aumentar o número de guardas municipais.")
        a.get_by_label("Título (opcional)").fill("Só do espaço A")
        a.get_by_label("Título (opcional)").press("Tab")
        a.wait_for_timeout(500)
        click_analyse(a)
        wait_highlights(a)
        key_a = workspace_key(a.url)
        a.get_by_role("link", name=re.compile("Histórico")).click()
        a.get_by_text(re.compile(r"1 análise\(s\)")).wait_for()
        expect(a.get_by_label("Novo título")).to_have_value("Só do espaço A")

        b = ctx_b.new_page()
        b.set_default_timeout(60_000)
        b.goto(app_server.url)
        b.get_by_label("Texto fonte", exact=True).wait_for()
        key_b = workspace_key(b.url)
        assert key_b and key_b != key_a
        b.get_by_role("link", name=re.compile("Histórico")).click()
        b.get_by_text(re.compile("Nenhuma análise ainda")).wait_for()
        assert b.get_by_label("Novo título").count() == 0

        # a made-up key never opens anyone's data: a fresh workspace, with a clear message
        c = ctx_b.new_page()
        c.goto(app_server.url + "/?w=chave-inventada-que-nao-existe")
        c.get_by_text(re.compile("não é válido")).first.wait_for(timeout=60_000)
        assert workspace_key(c.url) not in (None, key_a, "chave-inventada-que-nao-existe")
    finally:
        ctx_a.close()
        ctx_b.close()


# ----------------------------------------------------------- issue 11 items 1 and 11 (ui)
def _choose(page, label: str, option: str) -> None:  # noqa: ANN001
    """Pick ``option`` in the Streamlit selectbox labelled ``label``."""
    page.get_by_role("combobox", name=label, exact=True).click(timeout=60_000)
    page.get_by_role("option", name=option).click()
    wait_app_ready(page)


def test_history_keeps_the_chosen_analysis_through_rename_delete_and_open(page, app_server):  # noqa: ANN001
    """Item 1: after renaming an older analysis, Excluir names it and Abrir opens it (not the top row)."""
    from tests.e2e.seed import seed_workspace

    ws = seed_workspace(app_server.db, [("Mais antiga", SOURCE, TARGET),
                                        ("Mais nova", "O juiz absolveu o réu.", "O juiz inocentou o acusado.")])
    older = ws.ids[0]
    page.goto(f"{app_server.url}/historico?w={ws.key}")
    wait_app_ready(page)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=90_000)
    _choose(page, "Análise", f"#{older} — Mais antiga")
    title = page.get_by_label("Novo título")
    # as a person does: type once the box shows the chosen analysis's title (the run that swaps
    # the box may not have started when the selector closes; typing earlier went into the old one)
    expect(title).to_have_value("Mais antiga", timeout=30_000)
    title.fill("Renomeada")
    title.press("Tab")
    wait_app_ready(page)
    page.get_by_role("button", name="Renomear").click()
    expect(page.get_by_text("Título salvo.")).to_be_visible(timeout=30_000)
    wait_app_ready(page)
    page.get_by_role("button", name="Excluir").click()
    wait_app_ready(page)
    warning = page.locator('[data-testid="stAlertContainer"]').filter(has_text="Excluir")
    expect(warning).to_contain_text(f"#{older}")
    expect(warning).to_contain_text("Renomeada")
    page.get_by_role("button", name="Cancelar").click()
    wait_app_ready(page)
    page.get_by_role("button", name="Abrir").click()
    page.wait_for_url(re.compile(rf"[?&]a={older}\b"), timeout=60_000)
    assert ws.repo.get_analysis(older).title == "Renomeada"

    # item 16: clicking a row opens that analysis (the second row is the older one)
    page.goto(f"{app_server.url}/historico?w={ws.key}")
    wait_app_ready(page)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 14, box["y"] + 35 + 35 + 17)      # row marker of data row 2
    page.wait_for_url(re.compile(rf"[?&]a={older}\b"), timeout=60_000)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_analisar_meets_wcag_aa_in_each_theme(page, app_server, theme):  # noqa: ANN001
    """Item 11: axe-core on Analisar with a result and its review cards: no serious or critical
    violation (white-on-white buttons in dark and a 2.2:1 primary button in light were)."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.seed import seed_workspace

    ws = seed_workspace(app_server.db, [("Tema", SOURCE, TARGET)], theme=theme)
    page.goto(f"{app_server.url}/?w={ws.key}&a={ws.ids[0]}")
    wait_highlights(page)
    open_tab(page, "Estratégias")
    expect(page.get_by_role("button", name=re.compile(r"Aceitar$")).first).to_be_visible()
    page.wait_for_timeout(1000)
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["html"][:80] for n in v["nodes"][:3]])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, serious
    assert "color-contrast" in {p["id"] for p in results.response["passes"]}   # the check did run


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("path", "heading"), [("historico", "Histórico"), ("sobre", "Sobre o NET-EST")])
def test_history_and_about_meet_wcag_aa_in_each_theme(page, app_server, theme, path, heading):  # noqa: ANN001
    """The date field's empty segments (dark slate on the dark box) and Sobre's reference tables
    (now static tables in the workspace's theme): no serious or critical axe violation."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.seed import seed_workspace

    ws = seed_workspace(app_server.db, [("Tema", SOURCE, TARGET)], theme=theme)
    page.goto(f"{app_server.url}/{path}?w={ws.key}")
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible(timeout=90_000)
    page.wait_for_timeout(1500)
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["html"][:80] for n in v["nodes"][:3]])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, serious
    assert "color-contrast" in {p["id"] for p in results.response["passes"]}


def test_workspace_link_in_the_sidebar_loads_only_when_opened(page, app_server):  # noqa: ANN001
    """The sidebar's workspace link is an ``st.code`` box (a copy button), whose 1.5 MB
    syntax-highlighting bundle cost a fresh visitor ~0.7 s before "Texto fonte" could be typed into.
    Its expander now runs its content only once opened: nothing on the first paint, the link on click."""
    page.goto(app_server.url)
    wait_app_ready(page)
    expect(page.get_by_label("Texto fonte", exact=True)).to_be_editable()
    page.wait_for_function("() => /[?&]w=/.test(location.search)", timeout=30_000)
    key = workspace_key(page.url)
    assert key
    sidebar = page.get_by_test_id("stSidebar")
    expect(page.get_by_test_id("stCode")).to_have_count(0)
    sidebar.get_by_text("Link do seu espaço de trabalho").click()
    code = sidebar.get_by_test_id("stCode")
    expect(code).to_have_text(f"?w={key}", timeout=30_000)
    expect(sidebar.get_by_text("Guarde-o (favoritos)", exact=False)).to_be_visible()
    # closing and reopening keeps working (the expander's own state drives the content)
    sidebar.get_by_text("Link do seu espaço de trabalho").click()
    expect(code).to_have_count(0, timeout=30_000)
    sidebar.get_by_text("Link do seu espaço de trabalho").click()
    expect(sidebar.get_by_test_id("stCode")).to_have_text(f"?w={key}", timeout=30_000)
