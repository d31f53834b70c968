"""Projetos page under AppTest: create, invite, join by ``?invite=``, blind review per annotator,
removal effective at once, the project's agreement Painel and the exports (coordinator only)."""
from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from db.projects import ProjectStore
from db.repository import Repository
from db.workspaces import create_workspace
from services.projects import ProjectsService
from tests.helpers import SOURCE, TARGET, make_result
from tests.ui_helpers import APP, button, no_exceptions, workspace_env


@pytest.fixture
def env(tmp_path, monkeypatch):
    yield from workspace_env(tmp_path, monkeypatch)


def _page(ws: int, query: dict[str, str] | None = None, section: str | None = None) -> AppTest:
    """Projetos for workspace ``ws`` (with ``?query``), opened on ``section``."""
    at = AppTest.from_file(str(APP.parent / "pages" / "projetos.py"), default_timeout=60)
    at.session_state["workspace_id"] = ws
    if section:
        at.session_state["project_section"] = section
    for k, v in (query or {}).items():
        at.query_params[k] = v
    return at.run()


def _click(at: AppTest, label: str) -> AppTest:
    button(at, label).click()
    at.run()
    no_exceptions(at)
    return at


def _text_input(at: AppTest, label: str):
    found = [x for x in at.text_input if x.label == label]
    assert found, f"no text input {label!r}; have {[x.label for x in at.text_input]}"
    return found[0]


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for kind in ("success", "info", "warning", "error") for e in getattr(at, kind)]
    return "\n".join(parts)


def _other(env, name: str):
    ws, _key = create_workspace(env.engine, name)
    return ws.id, ProjectsService(ProjectStore(env.engine, ws.id))


def _coordinated(env):
    """The page's workspace coordinates a project with one analysis (6 detections) placed."""
    rec = env.repo.save_analysis(SOURCE, TARGET, make_result(n_detections=6), title="Par 1")
    svc = ProjectsService(ProjectStore(env.engine, env.ws))
    project = svc.create("Estudo", "Coordenação").value
    assert svc.place_analysis(project.id, rec.id).ok
    return svc, project.id, rec.id


def _ana_and_bia_disagree(env):
    """The coordinated project with two annotators: Ana accepts every detection, Bia rejects
    every other one (the README's worked example: kappa = 0.40)."""
    svc, pid, aid = _coordinated(env)
    for n_person, name in enumerate(("Ana", "Bia")):
        _ws, p = _other(env, name.lower())
        _id, key = svc.invite(pid).value
        assert p.join(key, name).ok
        for n, det in enumerate(d.annotation_id for d in svc.review(pid, aid).value.machine):
            p.decide(pid, det, "accepted" if n_person == 0 or n % 2 == 0 else "rejected")
    return svc, pid, aid


def test_create_project_from_the_page(env):
    at = _page(env.ws)
    no_exceptions(at)
    assert "Você ainda não participa" in _texts(at)
    _text_input(at, "Nome do projeto").input("Estudo A")
    _text_input(at, "Seu nome no projeto").input("Carla")
    _click(at, "Criar projeto")
    assert "Projeto «Estudo A» criado" in _texts(at)
    projects = ProjectsService(ProjectStore(env.engine, env.ws)).projects().value
    assert [(p.name, p.me.role, p.blind) for p in projects] == [("Estudo A", "coordinator", True)]


def test_invitation_link_is_shown_once_and_joins_another_workspace(env):
    _svc, pid, aid = _coordinated(env)
    at = _page(env.ws, section="members")
    _click(at, "Criar link de convite")
    links = [c.value for c in at.code if "invite=" in c.value]
    assert len(links) == 1 and "w=" not in links[0]
    key = links[0].split("invite=", 1)[1]
    at.run()                                      # shown once: gone on the next run
    assert not [c.value for c in at.code if "invite=" in c.value]

    other_ws, other = _other(env, "ana")
    guest = _page(other_ws, {"invite": key})
    _text_input(guest, "Seu nome no projeto").input("Ana")
    _click(guest, "Entrar no projeto")
    assert "Você entrou no projeto «Estudo»" in _texts(guest)
    assert "invite" not in guest.query_params
    assert [p.me.role for p in other.projects().value] == ["annotator"]
    assert "Par 1 · a fazer" in [o for o in guest.selectbox(key="project_pair_pick").options]

    bia_ws = _other(env, "bia")[0]
    bia = Repository(env.engine, bia_ws)
    bia.save_preferences(replace(bia.get_preferences(), language="en"))
    again = _page(bia_ws, {"invite": key})          # used: refused, in Bia's language
    _text_input(again, "Your name in the project").input("Bia")
    button(again, "Join the project").click()
    again.run()
    assert "This invitation is not valid" in _texts(again)


def test_blind_review_hides_others_until_done_and_coordinator_sees_all(env):
    svc, pid, aid = _coordinated(env)
    ana_ws, ana = _other(env, "ana")
    _id, key = svc.invite(pid).value
    assert ana.join(key, "Ana").ok
    dets = [d.annotation_id for d in svc.review(pid, aid).value.machine]
    assert svc.decide(pid, dets[0], "rejected").ok           # the coordinator's own decision

    at = _page(ana_ws)
    no_exceptions(at)
    assert "Modo cego" in _texts(at)
    assert "Coordenação:" not in _texts(at)
    _click(at, "Aceitar")
    assert "Decisão salva (Aceita)" in _texts(at)
    assert [d.status for d in ana.review(pid, aid).value.mine] == ["accepted"]
    button(at, "Marcar como concluído").click()
    at.run()
    assert "Coordenação: Rejeitada" in _texts(at)           # visible once done

    coord = _page(env.ws)
    assert "Ana: Aceita" in _texts(coord)                    # the coordinator sees all, not done


def test_removed_member_loses_the_project_on_the_next_run(env):
    svc, pid, aid = _coordinated(env)
    ana_ws, ana = _other(env, "ana")
    _id, key = svc.invite(pid).value
    ana.join(key, "Ana")
    at = _page(ana_ws)
    assert at.selectbox(key="project_pair_pick").value == aid
    member = [m for m in svc.members(pid).value if m.display_name == "Ana"][0]
    assert svc.remove(pid, member.id).ok
    at.run()
    no_exceptions(at)
    assert "Você ainda não participa" in _texts(at)
    assert not [s for s in at.selectbox if s.key == "project_pair_pick"]


def test_panel_shows_agreement_disagreements_and_opens_the_pair(env):
    svc, pid, aid = _ana_and_bia_disagree(env)
    at = _page(env.ws, section="panel")
    no_exceptions(at)
    table = at.dataframe[0].value
    assert "Todas as estratégias" in list(table.iloc[:, 0])
    overall = table.iloc[0]
    assert overall["Unidades"] == 6 and overall["Anotadores"] == 2
    # by hand: 6 units (SL+, RF+, DL+) x 2; Ana keeps every code, Bia rejects every other one:
    # p_o = 3/6, p_e = (2*1 + 2*1 + 2*1)/36 = 1/6, kappa = (1/2 - 1/6) / (5/6) = 0.40
    assert overall["κ de Cohen [IC 95 %]"].startswith("0,40 [")
    assert [v.split(" ")[0] for v in table["κ de Cohen [IC 95 %]"][1:]] == ["0,00"] * 3   # Ana keeps all: p_o = p_e
    assert at.get("plotly_chart")
    assert "Discordâncias (3)" in _texts(at)
    _click(at, "Abrir o par")
    assert at.session_state["project_section"] == "pairs"
    assert "Trecho em discussão" in _texts(at)
    assert "em discussão" in _texts(at)


def test_one_annotator_gives_not_enough_data_as_text(env):
    svc, pid, aid = _coordinated(env)
    for det in svc.review(pid, aid).value.machine:
        svc.decide(pid, det.annotation_id, "accepted")
    at = _page(env.ws, section="panel")
    no_exceptions(at)
    table = at.dataframe[0].value
    assert set(table["κ de Cohen [IC 95 %]"]) == {"dados insuficientes: < 2 pessoas"}
    assert set(table["α de Krippendorff [IC 95 %]"]) == {"dados insuficientes: < 2 pessoas"}


def test_exports_for_the_coordinator_only(env):
    svc, pid, aid = _coordinated(env)
    at = _page(env.ws, section="export")
    _click(at, "Preparar arquivos")
    built = at.session_state["project_exports_built"][2]
    names = zipfile.ZipFile(io.BytesIO(built.inception_zip)).namelist()
    assert "typesystem.xml" in names and any(n.endswith(".xmi") for n in names)
    assert b'"predictions"' in built.label_studio_tasks and "<Labels" in built.label_studio_config

    ana_ws, ana = _other(env, "ana")
    _id, key = svc.invite(pid).value
    ana.join(key, "Ana")
    guest = _page(ana_ws, section="export")
    assert "Só a coordenação exporta" in _texts(guest)
    assert not [b for b in guest.button if b.label == "Preparar arquivos"]


def test_invite_by_account_only_with_the_oidc_login_configured(env, monkeypatch):
    svc, pid, aid = _coordinated(env)
    at = _page(env.ws, section="members")
    assert not [x for x in at.text_input if x.key == "project_invite_email"]      # no login: hidden

    at.secrets["auth"] = {"redirect_uri": "http://localhost/oauth2callback", "cookie_secret": "x"}
    from components import runtime
    runtime._auth_checked.clear()     # the login check is remembered for a while (page costs)
    at.run()
    _text_input(at, "Ou convidar pela conta (e-mail do login)").input("dora@exemplo.org")
    _click(at, "Convidar conta")
    assert "Convite enviado para a conta dora@exemplo.org." in _texts(at)

    # Dora signs in (the login is Streamlit's; here its e-mail is given) and accepts on Projetos
    from components import project_admin
    dora_ws, dora = _other(env, "dora")
    monkeypatch.setattr(project_admin, "account_email", lambda: "dora@exemplo.org")
    guest = _page(dora_ws)
    assert "Sua conta foi convidada para o projeto **Estudo**." in _texts(guest)
    _text_input(guest, "Seu nome no projeto").input("Dora")
    _click(guest, "Entrar no projeto")
    assert "Você entrou no projeto «Estudo»." in _texts(guest)
    assert [p.me.role for p in dora.projects().value] == ["annotator"]


def test_alpha_chart_has_the_overall_bar_first_and_no_number_without_data():
    from components.project_panel import alpha_figure
    from services import agreement as ag
    from services.projects import ProjectAgreement

    def fig(v, reason=""):
        return ag.AgreementFigure(v, 6, 2, ag.Interval(0.1, 0.9) if v is not None else None, reason)

    result = ProjectAgreement([], ag.CodeAgreement("*", fig(0.5), fig(0.5)),
                              [ag.CodeAgreement("RF+", fig(None, "few_units"), fig(None, "few_units"))], [], [])
    bar = alpha_figure(result, "pt-BR").data[0]
    assert list(bar.x) == ["Todas as estratégias", "RF+"]
    assert list(bar.text) == ["0,50", "sem dados"]
    assert list(bar.error_y.array) == [pytest.approx(0.4), 0]


def test_painel_page_shows_the_projects_agreement_and_opens_a_disputed_pair(env):
    """Issue 14: the group finds the project's agreement on Painel too; "Abrir o par" there
    chooses the project and asks for Projetos (where the pair opens at the disputed span)."""
    from components.project_common import K_GO_TO_PROJECTS, K_PAIR, K_PROJECT

    svc, pid, aid = _ana_and_bia_disagree(env)
    at = AppTest.from_file(str(APP.parent / "pages" / "painel.py"), default_timeout=60)
    at.session_state["workspace_id"] = env.ws
    at.run()
    no_exceptions(at)
    assert [e.label for e in at.expander][:1] == ["Concordância entre anotadores nos seus projetos"]
    table = at.dataframe[0].value
    assert table.iloc[0]["κ de Cohen [IC 95 %]"].startswith("0,40 [")      # the hand-checked example
    opener = [b for b in at.button if b.key.startswith(f"project_dis_{pid}_")]
    assert opener, "no disputed pair listed"
    opener[0].click()
    at.run()
    assert at.session_state[K_PROJECT] == pid and at.session_state[K_PAIR] == aid
    assert K_GO_TO_PROJECTS not in at.session_state      # consumed: the page switched to Projetos
