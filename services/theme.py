"""The researcher's theme preference (light / dark / auto) as a CSS override.

Why CSS: Streamlit 1.67 cannot switch its theme from a script (``st.context.theme`` is
read-only and ``theme.*`` config options cannot be set at run time), so the preference is
applied by overriding the colours of the main areas (app background, sidebar, header, text,
inputs, tables). "auto" adds nothing: the browser/Streamlit setting decides. The app shell
injects ``theme_css(st.session_state["theme"])`` once per run so every page follows it.
"""
from __future__ import annotations

THEMES = ("light", "dark", "auto")

_COLOURS = {
    "light": {"bg": "#ffffff", "bg2": "#f0f2f6", "fg": "#262730", "muted": "#5c5f6b", "border": "#d0d3dc",
              "input": "#ffffff"},
    "dark": {"bg": "#0e1117", "bg2": "#262730", "fg": "#fafafa", "muted": "#b7bac4", "border": "#3d4150",
             "input": "#1a1c24"},
}


def theme_css(theme: str | None) -> str:
    """A ``<style>`` block for ``theme``; empty for "auto" or an unknown value."""
    c = _COLOURS.get(theme or "auto")
    if c is None:
        return ""
    return (
        "<style>"
        f":root {{ color-scheme: {theme}; }}"
        f".stApp, [data-testid='stAppViewContainer'], [data-testid='stMain'] "
        f"{{ background-color: {c['bg']}; color: {c['fg']}; }}"
        f"[data-testid='stHeader'] {{ background-color: {c['bg']}; }}"
        f"[data-testid='stSidebar'], [data-testid='stSidebarContent'] "
        f"{{ background-color: {c['bg2']}; color: {c['fg']}; }}"
        f".stApp p, .stApp li, .stApp label, .stApp h1, .stApp h2, .stApp h3, .stApp h4, .stApp span, "
        f".stApp [data-testid='stMarkdownContainer'], .stApp [data-testid='stCaptionContainer'] "
        f"{{ color: {c['fg']}; }}"
        f".stApp [data-testid='stCaptionContainer'] {{ color: {c['muted']}; }}"
        f".stApp textarea, .stApp input, .stApp [data-baseweb='select'] > div "
        f"{{ background-color: {c['input']}; color: {c['fg']}; border-color: {c['border']}; }}"
        f".stApp [data-testid='stAlertContainer'] {{ background-color: {c['bg2']}; }}"
        f".stApp [data-testid='stExpander'] details, .stApp [data-testid='stForm'] "
        f"{{ border-color: {c['border']}; }}"
        "</style>"
    )
