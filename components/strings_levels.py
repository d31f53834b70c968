"""UI strings of the three levels (original → natural → strong) and of the calibrated
confidence (issue 15 §2, §3). Registered by components/i18n.py (``STRINGS``), pt-BR first."""
from __future__ import annotations


def _s(pt: str, en: str) -> dict[str, str]:
    return {"pt-BR": pt, "en": en}


STRINGS: dict[str, dict[str, str]] = {
    # the input
    "lv.toggle": _s("Três níveis (Original → Natural → Forte)", "Three levels (Original → Natural → Strong)"),
    "lv.toggle_help": _s(
        "Compare três versões do mesmo texto, como no PorSimples: o original, uma simplificação natural e "
        "uma forte. Cada passo é analisado como um par e a cadeia mostra o que aconteceu com cada frase.",
        "Compare three versions of one text, as in PorSimples: the original, a natural and a strong "
        "simplification. Each step is analysed as a pair and the chain shows what became of every sentence."),
    "lv.label.original": _s("Original (nível 1)", "Original (level 1)"),
    "lv.label.natural": _s("Simplificação natural (nível 2)", "Natural simplification (level 2)"),
    "lv.label.forte": _s("Simplificação forte (nível 3)", "Strong simplification (level 3)"),
    "lv.need_three": _s("Preencha os três textos (original, natural e forte) antes de analisar.",
                        "Fill in the three texts (original, natural and strong) before analysing."),
    "lv.running": _s("Analisando os dois passos…", "Analysing both steps…"),
    "lv.done": _s("Cadeia de três níveis analisada e salva.", "Three-level chain analysed and saved."),
    "lv.failed": _s("A análise dos três níveis não foi concluída.", "The three-level analysis did not finish."),
    # level names (stored as original / natural / forte)
    "lv.name.original": _s("Original", "Original"),
    "lv.name.natural": _s("Natural", "Natural"),
    "lv.name.forte": _s("Forte", "Strong"),
    # the open chain
    "lv.step": _s("Passo revisado", "Step under review"),
    "lv.step_help": _s("Cada passo é uma análise comum: alinhamento, estratégias e decisões próprias.",
                       "Each step is an ordinary analysis: its own alignment, strategies and decisions."),
    "lv.chain_tab": _s("Cadeia", "Chain"),
    "lv.chain_title": _s("O que aconteceu com cada frase do original", "What became of each original sentence"),
    "lv.chain_caption": _s(
        "Uma linha por frase do original; em cada nível, o texto em que ela se transformou, o tipo de "
        "alinhamento e as estratégias detectadas naquele passo.",
        "One row per original sentence; at each level, the text it became, the alignment kind and the "
        "strategies detected on that step."),
    "lv.col.sentence": _s("Frase", "Sentence"),
    "lv.omitted_text": _s("(omitida neste nível)", "(omitted at this level)"),
    "lv.no_codes": _s("nenhuma estratégia", "no strategy"),
    "lv.kind.1:1": _s("mantida", "kept"),
    "lv.kind.split": _s("dividida", "split"),
    "lv.kind.merge": _s("fundida", "merged"),
    "lv.kind.n:m": _s("reorganizada", "regrouped"),
    "lv.kind.omitted": _s("omitida", "omitted"),
    "lv.kind.added": _s("acrescentada", "added"),
    "lv.readability": _s("Legibilidade por nível", "Readability per level"),
    "lv.summary": _s("{n} frases no original. No último nível — mantidas: {kept} · divididas: {split} · "
                     "fundidas: {merged} · omitidas: {omitted}",
                     "{n} original sentences. At the last level — kept: {kept} · split: {split} · "
                     "merged: {merged} · omitted: {omitted}"),
    "lv.unavailable": _s("Não foi possível ler a cadeia agora; tente novamente.",
                         "The chain could not be read now; try again."),
    "lv.corpus_help": _s(
        "Três níveis: num .csv/.jsonl com as colunas original, natural e forte (ou source, target e strong), "
        "cada linha com a simplificação forte preenchida é analisada como uma cadeia original → natural → forte. "
        "Num .zip, três arquivos com o mesmo nome formam uma cadeia: texto_fonte / texto_alvo / texto_forte "
        "(também _original / _natural / _forte, ou _strong, _nivel3), X.txt / X-natural.txt / X-strong.txt "
        "(o nome sem papel é o original), ou as pastas original/, natural/ e forte/.",
        "Three levels: in a .csv/.jsonl with the columns original, natural and forte (or source, target and "
        "strong), every row with a strong simplification is analysed as a chain original → natural → strong. "
        "In a .zip, three files with the same name form a chain: text_fonte / text_alvo / text_forte "
        "(also _original / _natural / _strong, or _forte, _nivel3), X.txt / X-natural.txt / X-strong.txt "
        "(the name without a role is the original), or the folders original/, natural/ and forte/."),
    "lv.history_badge": _s("3 níveis", "3 levels"),
    # calibrated confidence (Configurações and the cards)
    "cal.setting": _s("Confiança calibrada pelas decisões", "Confidence calibrated by the decisions"),
    "cal.setting_help": _s(
        "Quando ligada, cada cartão mostra, ao lado da confiança do detector, a probabilidade de aceite "
        "estimada a partir das decisões deste espaço de trabalho (regressão isotônica por estratégia, só "
        "com 30 decisões ou mais), e o filtro de confiança mínima passa a usar o valor calibrado. As "
        "detecções salvas não mudam.",
        "When on, every card shows next to the detector's confidence the acceptance probability estimated "
        "from this workspace's decisions (isotonic regression per strategy, only with 30 decisions or more), "
        "and the minimum-confidence filter uses the calibrated value. Stored detections never change."),
    "cal.card": _s("calibrada: {value} ({n} decisões)", "calibrated: {value} ({n} decisions)"),
    "cal.status": _s("Calibração ativa para {codes}.", "Calibration active for {codes}."),
    "cal.status_none": _s("Ainda não há 30 decisões de nenhuma estratégia: a confiança mostrada é a do detector.",
                          "No strategy has 30 decisions yet: the confidence shown is the detector's."),
}
