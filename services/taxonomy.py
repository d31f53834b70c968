"""The strategy glossary shown to researchers (Sobre page, chart labels, legends).

Why a module and not a read of docs/strategies.md: the app must run without the shared docs
folder, and the glossary must be available in both UI languages. The content follows the
research group's taxonomy; codes are shown exactly as in the taxonomy (``RF+``, ``SL+``...).
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis.types import AUTOMATIC_CODES, STRATEGY_CODES


@dataclass(frozen=True)
class StrategyEntry:
    code: str
    name: dict[str, str]            # {"pt-BR": ..., "en": ...}
    definition: dict[str, str]
    example_source: str             # Portuguese example (the texts are Portuguese in both UIs)
    example_target: str
    automatic: str                  # "yes" | "suggested" | "never"

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name["pt-BR"]

    def definition_in(self, lang: str) -> str:
        return self.definition.get(lang) or self.definition["pt-BR"]


GLOSSARY: tuple[StrategyEntry, ...] = (
    StrategyEntry(
        "RF+",
        {"pt-BR": "Reformulação", "en": "Rewording"},
        {
            "pt-BR": "A mesma ideia com redação e/ou estrutura substancialmente diferentes (paráfrase). "
            "Costuma combinar-se com outras estratégias.",
            "en": "Same idea, substantially different wording and/or structure (paraphrase). "
            "Often combines with other strategies.",
        },
        "A adesão ao tratamento pressupõe o acompanhamento contínuo dos pacientes.",
        "Para o tratamento funcionar, os pacientes precisam ser acompanhados sempre.",
        "yes",
    ),
    StrategyEntry(
        "SL+",
        {"pt-BR": "Simplificação lexical", "en": "Lexical simplification"},
        {
            "pt-BR": "Uma palavra ou expressão mais rara ou técnica é trocada por outra mais comum; "
            "a estrutura da frase se mantém.",
            "en": "A rarer or technical word/expression replaced by a more common one; "
            "the sentence frame stays.",
        },
        "O réu foi absolvido.",
        "O acusado foi inocentado.",
        "yes",
    ),
    StrategyEntry(
        "IN+",
        {"pt-BR": "Inserção", "en": "Insertion"},
        {
            "pt-BR": "Conteúdo novo sem correspondente no texto fonte (frase, oração ou qualificador) "
            "que não é uma explicação.",
            "en": "New content with no counterpart in the source (a sentence, clause or qualifier) "
            "that is not a gloss.",
        },
        "A ponte foi reaberta.",
        "A ponte foi reaberta. Os motoristas comemoraram.",
        "yes",
    ),
    StrategyEntry(
        "OM+",
        {"pt-BR": "Omissão", "en": "Omission"},
        {
            "pt-BR": "Conteúdo do texto fonte (oração, frase, parágrafo) sem correspondente no texto "
            "simplificado. É uma sugestão: a pesquisadora ou o pesquisador confirma.",
            "en": "Source content (a clause, sentence, paragraph) with no counterpart in the target. "
            "Shown as a suggestion: a researcher confirms.",
        },
        "O museu, inaugurado em 1922 durante o centenário, fechou.",
        "O museu fechou.",
        "suggested",
    ),
    StrategyEntry(
        "RP+",
        {"pt-BR": "Reconstrução de período", "en": "Sentence restructuring"},
        {
            "pt-BR": "Os limites das frases mudaram: uma frase longa dividida em várias, "
            "ou várias unidas em uma.",
            "en": "Sentence boundaries changed: one long sentence split into several, "
            "or several merged into one.",
        },
        "A escola, que fica no centro, recebeu novos computadores.",
        "A escola fica no centro. Ela recebeu novos computadores.",
        "yes",
    ),
    StrategyEntry(
        "RD+",
        {"pt-BR": "Reorganização discursiva", "en": "Discourse reorganisation"},
        {
            "pt-BR": "A ligação lógica mudou: um conectivo foi trocado (todavia → mas) ou a ordem "
            "das ideias, orações ou frases foi alterada.",
            "en": "The logical linking changed: a connective replaced (todavia → mas) or the order "
            "of ideas, clauses or sentences changed.",
        },
        "Choveu muito; entretanto, o jogo aconteceu.",
        "Choveu muito, mas o jogo aconteceu.",
        "yes",
    ),
    StrategyEntry(
        "MOD+",
        {"pt-BR": "Modulação", "en": "Modulation"},
        {
            "pt-BR": "Mudança de ponto de vista ou de perspectiva gramatical: voz passiva ↔ ativa, "
            "negativa ↔ afirmativa, agente explicitado.",
            "en": "Change of point of view or grammatical perspective: passive ↔ active voice, "
            "negative ↔ affirmative, agent made explicit.",
        },
        "O relatório foi entregue pela comissão.",
        "A comissão entregou o relatório.",
        "yes",
    ),
    StrategyEntry(
        "DL+",
        {"pt-BR": "Deslocamento de unidades lexicais", "en": "Displacement of lexical units"},
        {
            "pt-BR": "As mesmas palavras ou expressão mudam de posição na frase (em geral adjuntos "
            "adverbiais), sem mudança de conteúdo.",
            "en": "The same words/expression moved to another position in the sentence "
            "(typically adverbials), content unchanged.",
        },
        "Neste ano, a feira terá mais expositores.",
        "A feira terá mais expositores neste ano.",
        "yes",
    ),
    StrategyEntry(
        "EXP+",
        {"pt-BR": "Explicação", "en": "Explanation"},
        {
            "pt-BR": "Glosa, definição ou paráfrase acrescentada a um termo difícil: parênteses, "
            "aposto, “ou seja”, “isto é”, oração relativa que define.",
            "en": "A gloss, definition or paraphrase added for a hard term: parentheses, apposition, "
            "“ou seja”, “isto é”, a defining relative clause.",
        },
        "Ele teve um AVC.",
        "Ele teve um AVC (derrame).",
        "yes",
    ),
    StrategyEntry(
        "MT+",
        {"pt-BR": "Mudança de título", "en": "Title change"},
        {
            "pt-BR": "Um título ou subtítulo de seção foi alterado.",
            "en": "A title or section heading changed.",
        },
        "Aspectos epidemiológicos da dengue",
        "Como a dengue se espalha",
        "yes",
    ),
    StrategyEntry(
        "PRO+",
        {"pt-BR": "Problema", "en": "Problem"},
        {
            "pt-BR": "Um problema de tradução ou simplificação (sentido distorcido, erro introduzido). "
            "Só a pesquisadora ou o pesquisador marca.",
            "en": "A translation/simplification problem (meaning distorted, error introduced). "
            "Only ever added by a researcher.",
        },
        "O remédio deve ser tomado duas vezes ao dia.",
        "O remédio deve ser tomado duas vezes por semana.",
        "never",
    ),
)

_BY_CODE = {e.code: e for e in GLOSSARY}
assert tuple(_BY_CODE) == STRATEGY_CODES, "glossary must follow the taxonomy order"


def entry(code: str) -> StrategyEntry | None:
    return _BY_CODE.get(code)


def strategy_name(code: str, lang: str = "pt-BR") -> str:
    """The strategy's name in ``lang``; unknown codes are returned unchanged."""
    e = _BY_CODE.get(code)
    return e.name_in(lang) if e else code


def code_label(code: str, lang: str = "pt-BR") -> str:
    """``"SL+ — Simplificação lexical"``: the code exactly as in the taxonomy, then its name."""
    e = _BY_CODE.get(code)
    return f"{code} — {e.name_in(lang)}" if e else code


__all__ = ["GLOSSARY", "StrategyEntry", "entry", "strategy_name", "code_label", "AUTOMATIC_CODES"]
