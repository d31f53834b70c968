"""Issue 14 in the browser: two contexts, a coordinator and an annotator, in one shared project.

The coordinator creates the project, creates an invitation link and places an analysis; the
annotator opens the link in another browser context (another visitor, another workspace), joins,
decides in blind mode without seeing the coordinator's decisions, marks the pair done and then
sees them; the coordinator sees the agreement on the project's Painel. The figure shown is
checked against ``services.projects`` reading the same database.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.helpers import SOURCE, TARGET, wait_app_ready

SHOTS = os.environ.get("NETEST_SCREENSHOTS")      # a folder: save the pages as PNG (1400 px)


def _shot(page, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _click(page, name: str, nth: int = 0) -> None:  # noqa: ANN001
    page.get_by_role("button", name=re.compile(rf"^(\S+\s)?{re.escape(name)}$")).nth(nth).click()
    wait_app_ready(page)


def _section(page, name: str) -> None:  # noqa: ANN001
    """The Projetos page's section switch (a radio; "Painel" is also a page in the sidebar)."""
    page.get_by_role("radio", name=name, exact=True).click()
    wait_app_ready(page)


def _context(browser):  # noqa: ANN001
    ctx = browser.new_context(locale="pt-BR", viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.set_default_timeout(60_000)
    return ctx


def test_two_annotators_review_blind_and_the_coordinator_sees_agreement(browser, app_server):  # noqa: ANN001
    from db.engine import make_engine
    from db.projects import ProjectStore
    from services.projects import ProjectsService
    from tests.e2e.seed import seed_workspace

    coord_ws = seed_workspace(app_server.db, [("Par do estudo", SOURCE, TARGET)])
    n_detections = len(coord_ws.repo.list_annotations(coord_ws.ids[0]))
    assert n_detections >= 3
    coord_ctx, ann_ctx = _context(browser), _context(browser)
    try:
        coord = coord_ctx.new_page()
        coord.goto(f"{app_server.url}/projetos?w={coord_ws.key}")
        wait_app_ready(coord)
        coord.get_by_role("textbox", name="Nome do projeto", exact=True).fill("Estudo de simplificação")
        coord.get_by_role("textbox", name="Seu nome no projeto", exact=True).fill("Carla")
        _click(coord, "Criar projeto")
        expect(coord.get_by_text("Projeto «Estudo de simplificação» criado")).to_be_visible()

        _section(coord, "Pessoas e itens")
        _click(coord, "Colocar análise")
        expect(coord.get_by_text("«Par do estudo» está no projeto.")).to_be_visible()
        _click(coord, "Criar link de convite")
        link = coord.locator('[data-testid="stCode"]').filter(has_text="invite=").inner_text().strip()
        assert "/projetos?invite=" in link and "w=" not in link
        _shot(coord, "projetos-coordenacao-convite")

        # the coordinator's own decisions on the first three detections: reject, accept, accept
        _section(coord, "Pares")
        _click(coord, "Rejeitar", 0)
        expect(coord.get_by_text("Decisão salva (Rejeitada).")).to_be_visible()
        for n in (1, 2):
            _click(coord, "Aceitar", n)
            expect(coord.get_by_text("Decisão salva (Aceita).")).to_be_visible()

        # the annotator: another browser context opens the link
        ann = ann_ctx.new_page()
        ann.goto(link)
        wait_app_ready(ann)
        ann.get_by_role("textbox", name="Seu nome no projeto", exact=True).first.fill("Ana")
        _click(ann, "Entrar no projeto")
        expect(ann.get_by_text("Você entrou no projeto «Estudo de simplificação».")).to_be_visible()
        expect(ann.get_by_text(re.compile("Modo cego: as decisões das outras pessoas"))).to_be_visible()
        expect(ann.get_by_text(re.compile("Carla:"))).to_have_count(0)          # blind: nothing of Carla's
        _click(ann, "Aceitar", 0)
        expect(ann.get_by_text("Decisão salva (Aceita).")).to_be_visible()
        _click(ann, "Aceitar", 1)
        _click(ann, "Rejeitar", 2)
        expect(ann.get_by_text("Decisão salva (Rejeitada).")).to_be_visible()
        expect(ann.get_by_text(re.compile("Carla:"))).to_have_count(0)
        _shot(ann, "projetos-anotacao-cego")
        _click(ann, "Marcar como concluído")
        expect(ann.get_by_text("Você marcou este par como concluído.")).to_be_visible()
        expect(ann.get_by_text(re.compile(r"Carla: Rejeitada"))).to_have_count(1)   # seen once done

        # the coordinator's Painel: the agreement the service computes from the same database
        _section(coord, "Painel")
        coord.locator('[data-testid="stDataFrame"]').first.wait_for()
        expect(coord.get_by_text(re.compile(r"Discordâncias \(2\)"))).to_be_visible()
        chart = coord.locator(".js-plotly-plot").first
        chart.wait_for()
        _shot(coord, "projetos-painel")
        chart.scroll_into_view_if_needed()
        _shot(coord, "projetos-painel-grafico")
        engine = make_engine(f"sqlite:///{Path(app_server.db).as_posix()}")
        svc = ProjectsService(ProjectStore(engine, coord_ws.repo.workspace_id))
        pid = svc.projects().value[0].id
        overall = svc.project_agreement(pid, rounds=20).value.overall
        assert overall.alpha.n_units == 3 and overall.alpha.n_annotators == 2
        assert overall.kappa.value is not None and overall.alpha.value is not None
        grid = coord.locator('[data-testid="stDataFrame"]').first
        shown = "Todas as estratégias32" + f"{overall.kappa.value:.2f} [".replace(".", ",")   # units, people, κ
        expect(grid).to_contain_text(shown)
        # the disagreement opens the pair at the disputed span
        _click(coord, "Abrir o par", 0)
        expect(coord.get_by_text("Trecho em discussão")).to_be_visible()
        _shot(coord, "projetos-par-em-discussao")

        # the same agreement on Painel; its "Abrir o par" goes to Projetos at the disputed pair
        coord.goto(f"{app_server.url}/painel?w={coord_ws.key}")
        wait_app_ready(coord)
        coord.get_by_text("Concordância entre anotadores nos seus projetos").click()
        wait_app_ready(coord)
        _click(coord, "Abrir o par", 0)
        coord.wait_for_url(re.compile(r"/projetos"), timeout=60_000)
        wait_app_ready(coord)
        expect(coord.get_by_text("Trecho em discussão")).to_be_visible()
    finally:
        coord_ctx.close()
        ann_ctx.close()
