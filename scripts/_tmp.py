"""Walk every page in Debian's Chromium and take screenshots: pt-BR and en, light and dark,
1400 px and 390 px wide; run axe-core on Analisar in each theme.

Usage: ``.venv/bin/python scripts/walkthrough.py OUT_DIR [--only-axe] [--combo en-dark ...] [--page sobre ...]``
(``--combo LANG-THEME``, repeatable, walks only those languages and themes; ``--page NAME``,
repeatable, only those pages). It starts its own server
on a throwaway SQLite database, seeds one workspace per (language, theme) with an analysis, a
corpus and a few review decisions, and prints one line per screenshot and a final JSON line with
the axe results (serious/critical violations per theme). Streamlit scrolls inside its own
container, so the viewport is tall instead of a "full page" screenshot.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = {"analisar": "", "historico": "historico", "corpus": "corpus", "painel": "painel",
         "configuracoes": "configuracoes", "sobre": "sobre"}
TABS = {"pt-BR": ("Lado a lado", "Alinhamento", "Estratégias", "Métricas", "Exportar"),
        "en": ("Side by side", "Alignment", "Strategies", "Metrics", "Export")}
#: the review card's tools (relabel, comment, the span selector), opened for one screenshot
CARD_TOOLS = {"pt-BR": "Reclassificar, comentar, editar trecho", "en": "Relabel, comment, edit span"}
WIDTHS = (1400, 390)
SOURCE = ("Carlos, que já tinha sido multado por um guarda quando comprou o carro novo, em 2019, "
          "não dirige desde o acidente. Os tecidos, por sua vez, formam os órgãos do corpo. "
          "A mudança pode ser boa para os alunos, avalia o diretor, já que a escola passaria a abrir mais cedo todos os dias.")
TARGET = ("Carlos comprou o carro novo em 2019. Um guarda multou Carlos em 2019. Carlos não dirige desde o acidente. "
          "Os tecidos formam os órgãos do corpo. "
          "A escola passaria a abrir mais cedo todos os dias. A mudança pode ser boa para os alunos.")


def seed(db_url: str, lang: str, theme: str) -> SimpleNamespace:
    from analysis.pipeline import analyze
    from analysis.types import AnalysisSettings
    from db.engine import make_engine
    from db.migrate import upgrade
    from db.repository import Repository
    from db.views import Preferences
    from db.workspaces import create_workspace
    from services.corpus_run import create_run, run_pending

    engine = make_engine(db_url)
    upgrade(engine)
    ws, key = create_workspace(engine)
    repo = Repository(engine, ws.id)
    prefs = repo.get_preferences()
    repo.save_preferences(Preferences(language=lang, theme=theme, min_confidence=prefs.min_confidence,
                                      enabled_strategies=prefs.enabled_strategies, palette=prefs.palette))
    rec = repo.save_analysis(SOURCE, TARGET, analyze(SOURCE, TARGET), title="Estiagem e tribunal")
    anns = repo.list_annotations(rec.id)
    if len(anns) >= 2:
        repo.accept(anns[0].id)
        repo.reject(anns[1].id)
    repo.create_annotation(rec.id, "PRO+", [], [(len("Seca\n\n"), len("Seca\n\nO acusado"))], comment="exemplo")
    pairs = [SimpleNamespace(name="juiz", source="O réu foi absolvido pelo juiz ontem.",
                             target="O acusado foi inocentado pelo juiz ontem."),
             SimpleNamespace(name="feira", source="Neste ano, a feira terá mais expositores.",
                             target="A feira terá mais expositores neste ano.")]
    corpus_id = create_run(repo, "Notícias", pairs)
    run_pending(repo, corpus_id, AnalysisSettings())
    return SimpleNamespace(key=key, analysis_id=rec.id)


def wait_ready(page) -> None:  # noqa: ANN001
    from tests.e2e.helpers import wait_app_ready

    wait_app_ready(page)
    try:   # skeletons gone, every table has drawn its grid and every plotly chart has its SVG
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stDataFrame\"]')]"
            ".every(d => d.querySelector('canvas'))", timeout=30_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
            ".every(c => c.querySelector('.main-svg'))", timeout=30_000)
    except Exception:  # noqa: BLE001 - a screenshot of a slow chart is still worth taking
        pass
    page.wait_for_timeout(1200)


def axe_serious(page) -> list[dict]:  # noqa: ANN001
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"resultTypes": ["violations", "incomplete"]})
    if "--debug" in sys.argv:
        for v in results.response.get("incomplete", []):
            print("INCOMPLETE", v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["html"][:120] if v["nodes"] else "")
    if "--debug" in sys.argv:
        for v in results.response["violations"]:
            for n in v["nodes"]:
                print("VIOLATION", v["id"], v["impact"], n["html"][:110].replace("\n", " "), "|",
                      (n.get("failureSummary") or "").split("\n")[-1][:200])
    return [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]),
             "first": v["nodes"][0]["html"][:160] if v["nodes"] else "",
             "summary": (v["nodes"][0].get("failureSummary") or "")[:300] if v["nodes"] else ""}
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def card_tools(page, lang: str, shot: Path) -> None:  # noqa: ANN001
    """Estratégias with the first card's tools open (relabel, comment, the span selector)."""
    page.get_by_role("tab", name=TABS[lang][2]).click()
    wait_ready(page)
    page.get_by_text(CARD_TOOLS[lang]).first.click()
    try:
        page.locator('[data-testid="span-select"]').first.wait_for(timeout=60_000)
    except Exception:  # noqa: BLE001 - the screenshot shows what is there
        pass
    wait_ready(page)
    page.screenshot(path=str(shot))
    print(shot)


def main() -> int:
    from playwright.sync_api import sync_playwright

    from ops.serve import start_server, stop_server
    from tests.helpers import CHROMIUM, CHROMIUM_ARGS

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    only_axe = "--only-axe" in sys.argv
    combos = [(lang, theme) for lang in ("pt-BR", "en") for theme in ("light", "dark")]
    if "--quick" in sys.argv:
        combos = [("pt-BR", "light"), ("pt-BR", "dark")]
    chosen = [sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--combo"]
    if chosen:
        combos = [c for c in combos if f"{c[0]}-{c[1]}" in chosen]
    pages = [sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--page"] or list(PAGES)
    tmp = Path(tempfile.mkdtemp(prefix="netest_walk_"))
    db_url = f"sqlite:///{(tmp / 'walk.db').as_posix()}"
    env = {"DATABASE_URL": db_url, "NETEST_DATA_DIR": str(tmp), "NETEST_MODEL": "e5", "SENTRY_DSN": ""}
    import os

    os.environ.update(env)
    seeds = {c: seed(db_url, *c) for c in combos}
    proc, base = start_server(env=env, log_path=tmp / "server.log", timeout=120.0)
    axe: dict[str, list[dict]] = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for (lang, theme), s in seeds.items():
                for width in WIDTHS:
                    if only_axe and width != 1400:
                        continue
                    ctx = browser.new_context(locale=lang, timezone_id="America/Sao_Paulo",
                                              viewport={"width": width, "height": 3200 if width > 500 else 5200})
                    ctx.set_default_timeout(60_000)
                    page = ctx.new_page()
                    for name, path in PAGES.items():
                        if name not in pages or (only_axe and name != "analisar"):
                            continue
                        query = f"?w={s.key}" + (f"&a={s.analysis_id}" if name == "analisar" else "")
                        page.goto(f"{base}/{path}{query}")
                        # the first run of a page may not have started yet: wait for its title
                        page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=120_000)
                        wait_ready(page)
                        if name == "analisar":
                            if width == 1400:     # with the review cards' buttons on screen
                                page.get_by_role("tab", name=TABS[lang][2]).click()
                                wait_ready(page)
                                axe[f"{lang}-{theme}"] = axe_serious(page)
                            if only_axe:
                                continue
                            for tab in TABS[lang]:
                                page.get_by_role("tab", name=tab).click()
                                wait_ready(page)
                                shot = out / f"{lang}_{theme}_{width}_{name}_{tab.replace(' ', '-')}.png"
                                page.screenshot(path=str(shot))
                                print(shot)
                            card_tools(page, lang, out / f"{lang}_{theme}_{width}_{name}_card-tools.png")
                            continue
                        shot = out / f"{lang}_{theme}_{width}_{name}.png"
                        page.screenshot(path=str(shot))
                        print(shot)
                        if name == "sobre":   # the accuracy table runs past one tall viewport
                            page.evaluate("() => document.querySelectorAll('*').forEach("
                                          "e => { if (e.scrollHeight > e.clientHeight + 50) e.scrollTop = e.scrollHeight; })")
                            page.wait_for_timeout(1200)
                            shot = out / f"{lang}_{theme}_{width}_{name}_end.png"
                            page.screenshot(path=str(shot))
                            print(shot)
                    ctx.close()
            browser.close()
    finally:
        stop_server(proc)
    print(json.dumps({"axe_serious_or_critical": axe}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
