"""The legend of strategy codes (code exactly as in the taxonomy, name in the UI language)."""
from __future__ import annotations

import html
from collections import Counter

from components.i18n import strategy_name
from components.palette import code_style

#: text on a legend chip (the chips' backgrounds are light tints in every theme)
CHIP_TEXT = "#1e293b"


def legend_html(codes: list[str], palette: str = "default", lang: str = "pt-BR",
                counts: Counter | dict | None = None) -> str:
    """Escaped HTML chips, one per code, in the order given."""
    chips = []
    for code in codes:
        st_ = code_style(code, palette)
        n = f" · {int(counts[code])}" if counts and code in counts else ""
        border = "dashed" if st_.dashed else "solid"
        chips.append(
            f'<span style="display:inline-block;margin:2px 6px 2px 0;padding:1px 8px;border-radius:10px;'
            f'background:{st_.background};border:1px {border} {st_.edge};font-size:0.85rem;'
            # the chip is light in every theme: its text is dark (the dark theme's light page
            # text on it was unreadable)
            f'color:{CHIP_TEXT}">'
            f'<b style="color:{st_.edge}">{html.escape(code)}</b> {html.escape(strategy_name(code, lang))}'
            f"{html.escape(n)}</span>"
        )
    return '<div class="netest-legend">' + "".join(chips) + "</div>"
