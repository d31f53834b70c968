"""The "Exportar" tab: the HTML report and the result JSON for any analysis; the annotations
(CSV, JSONL, XLSX) and the re-importable bundle for a saved one; importing a bundle."""
from __future__ import annotations

import dataclasses

import streamlit as st

from components import runtime
from components.analyse_state import OpenAnalysis, ViewPrefs
from components.i18n import researcher_timezone, t
from components.open_analysis import import_section
from components.report import build_report_html
from services.export import alignment_file, annotations_file, bundle_file, inception_file, label_studio_file


def _file_stem(title: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in (title or "analise"))[:40].strip("_") or "analise"


def report_bytes(oa: OpenAnalysis, lang: str, tz: str = "UTC") -> bytes:
    """The HTML report of the open analysis (the items the caller lists), headed by its title."""
    return build_report_html(oa.result, oa.items, lang, title=oa.title or None, tz=tz).encode("utf-8")


def _interop_buttons(repo, analysis_id: int, view, safe_name: str) -> None:  # noqa: ANN001
    """INCEpTION (UIMA CAS XMI + type system) and Label Studio (tasks + config), built on click."""
    st.markdown(f"#### {t('export.interop')}")
    st.caption(t("export.interop_help"))
    i1, i2 = st.columns(2)
    i1.download_button(t("proj.export.inception"), data=lambda: inception_file(repo, analysis_id, view),
                       file_name=f"netest_{safe_name}_inception.zip", mime="application/zip", key="dl_inception",
                       icon=":material/download:")
    i2.download_button(t("export.label_studio"), data=lambda: label_studio_file(repo, analysis_id, view),
                       file_name=f"netest_{safe_name}_label_studio.zip", mime="application/zip",
                       key="dl_label_studio", icon=":material/download:")


def export_view(oa: OpenAnalysis, prefs: ViewPrefs) -> None:
    """Downloads follow the preferences: what is not listed is not exported."""
    lang, view = prefs.lang, prefs.filter
    listed = dataclasses.replace(oa, items=view.listed(oa.items))
    result, analysis_id = oa.result, oa.analysis_id
    safe_name = _file_stem(oa.title)
    st.markdown(f"#### {t('export.report')}")
    st.download_button(
        t("export.html"), data=lambda: report_bytes(listed, lang, researcher_timezone()),
        file_name=f"netest_{safe_name}.html", mime="text/html", icon=":material/description:",
        key="dl_html",
    )
    st.download_button(
        t("export.result_json"), data=lambda: result.to_json(indent=2).encode("utf-8"),
        file_name=f"netest_{safe_name}_resultado.json", mime="application/json", key="dl_result",
        icon=":material/data_object:",
    )
    if oa.saved and oa.reviewable:
        repo = runtime.repo()
        st.markdown(f"#### {t('export.annotations')}")
        e1, e2, e3, e4 = st.columns(4)
        e1.download_button("CSV", data=lambda: annotations_file(repo, analysis_id, "csv", view, lang),
                           file_name=f"netest_{safe_name}_anotacoes.csv", mime="text/csv", key="dl_csv")
        e2.download_button("JSONL", data=lambda: annotations_file(repo, analysis_id, "jsonl", view, lang),
                           file_name=f"netest_{safe_name}_anotacoes.jsonl", mime="application/jsonl",
                           key="dl_jsonl")
        e3.download_button(
            "XLSX", data=lambda: annotations_file(repo, analysis_id, "xlsx", view, lang),
            file_name=f"netest_{safe_name}_anotacoes.xlsx", key="dl_xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        e4.download_button(t("export.bundle"), data=lambda: bundle_file(repo, analysis_id),
                           file_name=f"netest_{safe_name}_pacote.json", mime="application/json",
                           key="dl_bundle", help=t("export.bundle_help"))
        st.download_button(t("export.alignment_csv"), data=lambda: alignment_file(repo, analysis_id),
                           file_name=f"netest_{safe_name}_alinhamento.csv", mime="text/csv",
                           key="dl_alignment", help=t("export.alignment_help"), icon=":material/link:")
        _interop_buttons(repo, analysis_id, view, safe_name)
    else:
        st.caption(t("export.need_saved"))

    import_section()
