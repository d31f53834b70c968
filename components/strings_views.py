"""UI strings of the Alinhamento and Métricas views and of the HTML report (issue 11 items
10, 14, 17). Registered by components/i18n.py (``STRINGS``), pt-BR first, then English."""
from __future__ import annotations


def _s(pt: str, en: str) -> dict[str, str]:
    return {"pt-BR": pt, "en": en}


STRINGS: dict[str, dict[str, str]] = {
    # Alinhamento
    "align.kind.heading": _s("Título alterado (pareado por posição, MT+)", "Heading changed (paired by position, MT+)"),
    "align.none": _s("(nada deste lado)", "(nothing on this side)"),
    "align.similarity_note": _s(
        "Similaridade: cosseno entre as frases no modelo de linguagem (0 a 1; 1 = mesmo sentido). "
        "Frases omitidas ou acrescentadas não têm similaridade: nada foi pareado com elas.",
        "Similarity: cosine between the sentences in the language model (0 to 1; 1 = same meaning). "
        "Omitted or added sentences have no similarity: nothing was paired with them."),
    "align.p.kind": _s("Tipo de alinhamento", "Alignment kind"),
    "align.p.source": _s("Parágrafos do texto fonte", "Source-text paragraphs"),
    "align.p.target": _s("Parágrafos do texto simplificado", "Simplified-text paragraphs"),
    "align.p.similarity": _s("Similaridade (0–1)", "Similarity (0–1)"),
    "align.p.source_start": _s("Início do parágrafo fonte", "Source paragraph start"),
    "align.p.target_start": _s("Início do parágrafo simplificado", "Simplified paragraph start"),
    "sankey.hover.node": _s("%{label}<br>%{customdata}<extra></extra>", "%{label}<br>%{customdata}<extra></extra>"),
    # Métricas: what each measure means, shown next to the numbers
    "metrics.col.meaning": _s("O que significa", "What it means"),
    "metrics.explain.flesch_pt": _s(
        "Facilidade de leitura (Flesch adaptado ao português, Martins et al., 1996): quanto maior, mais fácil. "
        "75–100 muito fácil; 50–75 fácil; 25–50 difícil; 0–25 muito difícil.",
        "Reading ease (Flesch adapted to Portuguese, Martins et al., 1996): higher is easier. "
        "75–100 very easy; 50–75 easy; 25–50 difficult; 0–25 very difficult."),
    "metrics.explain.words_per_sentence": _s(
        "Média de palavras por frase: frases mais curtas costumam ser mais fáceis.",
        "Mean words per sentence: shorter sentences are usually easier."),
    "metrics.explain.syllables_per_word": _s(
        "Média de sílabas por palavra: palavras mais curtas costumam ser mais fáceis.",
        "Mean syllables per word: shorter words are usually easier."),
    "metrics.explain.mean_zipf": _s(
        "Frequência média das palavras na escala Zipf (wordfreq): 1 = raríssima, 7 = muito comum; "
        "maior = vocabulário mais comum.",
        "Mean word frequency on the Zipf scale (wordfreq): 1 = very rare, 7 = very common; "
        "higher = more common vocabulary."),
    "metrics.explain.rare_word_share": _s(
        "Parte das palavras com Zipf abaixo de 3 (menos de uma ocorrência por milhão de palavras).",
        "Share of words with Zipf below 3 (less than once per million words)."),
    "metrics.explain.type_token_ratio": _s(
        "Palavras diferentes ÷ total de palavras. Depende do tamanho: textos mais curtos têm TTR maior, "
        "então compare textos de tamanho parecido.",
        "Distinct words ÷ all words. It depends on length: shorter texts have a higher TTR, so compare "
        "texts of similar length."),
    "metrics.explain.words": _s("Número de palavras do texto.", "Number of words in the text."),
    "metrics.explain.sentences": _s("Número de frases do texto.", "Number of sentences in the text."),
    "metrics.flesch_band": _s("Faixa Flesch-PT", "Flesch-PT band"),
    "metrics.band.very_easy": _s("muito fácil", "very easy"),
    "metrics.band.easy": _s("fácil", "easy"),
    "metrics.band.difficult": _s("difícil", "difficult"),
    "metrics.band.very_difficult": _s("muito difícil", "very difficult"),
    # HTML report
    "report.plotly_note": _s("Gráficos interativos (plotly.js carregado uma vez).",
                             "Interactive charts (plotly.js loaded once)."),
}
