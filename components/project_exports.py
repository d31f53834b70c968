"""The project's exports (coordinator only): INCEpTION (ZIP of UIMA CAS XMI, one per pair, with
the type system) and Label Studio (JSON tasks + the labelling config), for everyone or one
annotator. Built when the button is clicked, not on every run.
"""
from __future__ import annotations

import streamlit as st

from components.i18n import t
from components.project_common import show_error
from services.projects import ProjectsService, ProjectView, project_exports

K_BUILT = "project_exports_built"       # (project_id, annotator, ProjectExports)


def exports_section(svc: ProjectsService, project: ProjectView) -> None:
    pid = project.id
    st.markdown(f"#### {t('proj.export.header')}")
    if project.me.role != "coordinator":
        st.info(t("proj.export.only_coord"))
        return
    st.caption(t("proj.export.help"))
    members = svc.members(pid)
    names = [m.display_name for m in members.value or []]
    who = st.selectbox(t("proj.export.who"), [None, *names], key=f"project_export_who_{pid}",
                       format_func=lambda n: t("proj.export.all") if n is None else n)
    if st.button(t("proj.export.build"), key=f"project_export_build_{pid}", icon=":material/build:"):
        out = project_exports(svc, pid, who)
        if not out.ok:
            show_error(out)
            return
        st.session_state[K_BUILT] = (pid, who, out.value)
    built = st.session_state.get(K_BUILT)
    if not built or built[0] != pid or built[1] != who:
        return
    files = built[2]
    suffix = f"projeto-{pid}" + (f"-{who}" if who else "")
    c1, c2, c3 = st.columns(3)
    c1.download_button(t("proj.export.inception"), files.inception_zip, file_name=f"inception-{suffix}.zip",
                       mime="application/zip", icon=":material/download:", key=f"project_dl_inc_{pid}")
    c2.download_button(t("proj.export.ls_tasks"), files.label_studio_tasks, file_name=f"label-studio-{suffix}.json",
                       mime="application/json", icon=":material/download:", key=f"project_dl_ls_{pid}")
    c3.download_button(t("proj.export.ls_config"), files.label_studio_config.encode("utf-8"),
                       file_name="label-studio-config.xml", mime="application/xml", icon=":material/download:",
                       key=f"project_dl_lsc_{pid}")
