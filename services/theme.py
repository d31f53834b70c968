"""The researcher's theme preference (light / dark / auto) as a CSS override that meets WCAG AA.

Why CSS: Streamlit 1.67 cannot switch its theme from a script (``st.context.theme`` is
read-only and ``theme.*`` config options cannot be set at run time), so the preference is
applied by overriding colours. Why so many selectors: an override that only recolours the page
and its text leaves Streamlit's own widget colours (from the light base theme in
``.streamlit/config.toml``) in place, which gave white-on-white buttons in dark and dark text on
the blue primary button in light (issue 11 item 11). Every pair set here is chosen for AA
(≥ 4.5:1 for text; checked by ``contrast_ratio`` in the tests and by axe-core in the browser):
buttons of every kind, captions, labels, placeholders, links, tabs, tables, alerts and the
sidebar. Charts keep a light card in the dark theme (plotly draws with the base theme's text
colour, and the strategy colours are chosen for a light background); data grids, drawn on a canvas
CSS cannot recolour, are inverted with their hue turned back. "auto" is the light override plus the dark one inside
``@media (prefers-color-scheme: dark)``: it follows the browser. The app shell injects
``theme_css(st.session_state["theme"])`` once per run so every page follows it.
"""
from __future__ import annotations

THEMES = ("light", "dark", "auto")

PALETTES: dict[str, dict[str, str]] = {
    "light": {"bg": "#ffffff", "bg2": "#f1f5f9", "fg": "#1e293b", "muted": "#475569", "border": "#94a3b8",
              "input": "#ffffff", "placeholder": "#5b6576", "primary": "#1f5f8b", "on_primary": "#ffffff",
              "button": "#ffffff", "on_button": "#1e293b", "link": "#1f5f8b", "chart": "transparent",
              "grid": "none"},
    "dark": {"bg": "#0e1117", "bg2": "#1c2230", "fg": "#f1f5f9", "muted": "#cbd5e1", "border": "#64748b",
             "input": "#161b26", "placeholder": "#aab3c2", "primary": "#8ab4f8", "on_primary": "#0e1117",
             "button": "#262d3d", "on_button": "#f1f5f9", "link": "#8ab4f8", "chart": "#ffffff",
             "grid": "invert(0.9) hue-rotate(180deg)"},
}

#: (foreground, background) pairs of each palette that must reach WCAG AA for normal text
TEXT_PAIRS = (("fg", "bg"), ("fg", "bg2"), ("muted", "bg"), ("muted", "bg2"), ("placeholder", "input"),
              ("on_primary", "primary"), ("on_button", "button"), ("link", "bg"), ("link", "bg2"),
              ("fg", "input"))


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rules(c: dict[str, str]) -> str:
    btn = "button[data-testid^='stBaseButton-secondary'], button[data-testid^='stBaseButton-tertiary'], " \
          "button[data-testid^='stBaseButton-pills'], button[data-testid^='stBaseButton-segmented'], " \
          "button[data-testid='stPopoverButton'], [data-testid='stFileUploaderDropzone'] button"
    primary = "button[data-testid^='stBaseButton-primary']"
    text = (".stApp p, .stApp li, .stApp label, .stApp h1, .stApp h2, .stApp h3, .stApp h4, .stApp h5, "
            ".stApp h6, .stApp summary, .stApp th, .stApp td, .stApp [data-testid='stMarkdownContainer'], "
            ".stApp [data-testid='stWidgetLabel'] p, .stApp [data-testid='stMetricValue'], "
            ".stApp [data-testid='stMetricLabel'] p, .stApp [data-testid='stSidebarNavLink'] span, "
            ".stApp [data-baseweb='select'] div, .stApp [data-baseweb='tag'] span, .stApp button[role='tab'] p, "
            ".stApp [data-testid='stText'], .stApp [data-testid='stText'] span, .stApp [data-testid='stMetricDelta']")
    return (
        f".stApp, [data-testid='stAppViewContainer'], [data-testid='stMain'], [data-testid='stHeader'] "
        f"{{ background-color: {c['bg']} !important; color: {c['fg']}; }}"
        f"[data-testid='stSidebar'], [data-testid='stSidebarContent'] "
        f"{{ background-color: {c['bg2']} !important; color: {c['fg']}; }}"
        f"{text} {{ color: {c['fg']} !important; }}"
        f".stApp [data-testid='stCaptionContainer'], .stApp [data-testid='stCaptionContainer'] p, "
        f".stApp [data-testid='stFileUploaderDropzoneInstructions'] small, "
        f".stApp [data-testid='stSliderTickBarMin'], .stApp [data-testid='stSliderTickBarMax'] "
        f"{{ color: {c['muted']} !important; opacity: 1 !important; }}"
        f".stApp a, .stApp a p, .stApp a span {{ color: {c['link']} !important; }}"
        f".stApp textarea, .stApp input, .stApp [data-baseweb='select'] > div, .stApp [data-baseweb='input'], "
        f".stApp [data-baseweb='textarea'], .stApp [data-baseweb='base-input'] "
        f"{{ background-color: {c['input']} !important; color: {c['fg']} !important; "
        f"border-color: {c['border']} !important; }}"
        # the date input draws its own light box inside the baseweb input (Histórico's Período)
        # (1.67's segmented field: its empty "yyyy-mm-dd" segments and calendar icon keep the base
        # theme's dark-slate text, unreadable on the dark box; its frame kept a faint light border)
        f".stApp [data-testid='stDateInputField'], .stApp [data-testid='stDateInputField'] div, "
        f".stApp [data-testid='stDateInput'] input "
        f"{{ background-color: {c['input']} !important; color: {c['fg']} !important; }}"
        f".stApp [data-testid='stDateInputField'] {{ border-color: {c['border']} !important; }}"
        f".stApp [data-testid='stDateInputField'] span {{ color: {c['fg']} !important; }}"
        f".stApp [data-testid='stDateInputField'] span[data-placeholder='true'], "
        f".stApp [data-testid='stDateInputField'] span[data-type='literal'] "
        f"{{ color: {c['placeholder']} !important; }}"
        f".stApp [data-testid='stDateInputField'] button svg {{ color: {c['muted']} !important; }}"
        f".stApp [data-testid='stSelectbox'] [role='group'], .stApp [data-testid='stMultiSelect'] [role='group'] "
        f"{{ background-color: {c['input']} !important; border-color: {c['border']} !important; }}"
        f".stApp [data-testid='stTooltipIcon'] svg, .stApp [data-testid='stSelectbox'] button svg "
        f"{{ color: {c['muted']} !important; fill: {c['muted']}; }}"
        f".stApp input::placeholder, .stApp textarea::placeholder "
        f"{{ color: {c['placeholder']} !important; opacity: 1; }}"
        f".stApp [data-baseweb='select'] [id$='placeholder'], .stApp [data-baseweb='select'] [aria-live] + div "
        f"{{ color: {c['placeholder']} !important; }}"
        f".stApp {primary} {{ background-color: {c['primary']} !important; color: {c['on_primary']} !important; "
        f"border-color: {c['primary']} !important; }}"
        f".stApp {primary} p, .stApp {primary} span, .stApp {primary} div "
        f"{{ color: {c['on_primary']} !important; }}"
        + "".join(f".stApp {b.strip()} {{ background-color: {c['button']} !important; color: {c['on_button']} "
                  f"!important; border-color: {c['border']} !important; }}"
                  f".stApp {b.strip()} p, .stApp {b.strip()} span, .stApp {b.strip()} div "
                  f"{{ color: {c['on_button']} !important; }}" for b in btn.split(", "))
        + f".stApp [data-testid='stAlertContainer'] {{ background-color: {c['bg2']} !important; }}"
        f".stApp [data-testid='stAlertContainer'] p, .stApp [data-testid='stAlertContainer'] li "
        f"{{ color: {c['fg']} !important; }}"
        f".stApp [data-testid='stExpander'] details, .stApp [data-testid='stForm'] "
        f"{{ border-color: {c['border']} !important; }}"
        f".stApp [data-testid='stFileUploaderDropzone'] {{ background-color: {c['bg2']} !important; }}"
        f".stApp [data-testid='stCode'] pre, .stApp code {{ background-color: {c['bg2']} !important; "
        f"color: {c['fg']} !important; }}"
        f".stApp [data-testid='stTable'] table {{ border-color: {c['border']}; }}"
        # the code labels on highlights use the palette's edge colours, chosen for a light page:
        # on the dark page they sit on a light chip (the same card colour as the charts)
        f".stApp sup.netest-label {{ background-color: {c['chart']}; border-radius: 3px; padding: 0 2px; }}"
        f".stApp .netest-spansel {{ background-color: {c['bg2']} !important; color: {c['fg']} !important; "
        f"border-color: {c['border']} !important; }}"
        f".stApp [data-testid='stPlotlyChart'] {{ background-color: {c['chart']}; border-radius: .5rem; }}"
        # st.dataframe draws its grid on a canvas in the base (light) theme's colours, out of CSS's
        # reach; on the dark page it is inverted (hue turned back, so the progress bar stays blue)
        f".stApp [data-testid='stDataFrame'] {{ filter: {c['grid']}; }}"
    )


def theme_css(theme: str | None) -> str:
    """A ``<style>`` block for ``theme`` ("auto" and unknown values follow the browser)."""
    if theme in ("light", "dark"):
        return f"<style>:root {{ color-scheme: {theme}; }}{_rules(PALETTES[theme])}</style>"
    return (f"<style>{_rules(PALETTES['light'])}"
            f"@media (prefers-color-scheme: dark) {{ :root {{ color-scheme: dark; }}{_rules(PALETTES['dark'])} }}"
            "</style>")
