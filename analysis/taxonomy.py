"""The strategy taxonomy, one record per code: the single source every layer reads.

Why one table: names, definitions, colours and whether a code is automatic, suggested (OM+) or
researcher-only (PRO+) used to live in five places that drifted apart (RF+ was "Rewording" in
one and "Rephrasing" in another). The UI labels, legend, glossary, exports and the engine's code
lists all read this table; each detector registers itself against its code where it is defined
(``analysis.strategies.registry.register``), and a test walks both.

A data table (exempt from the module-size rule). The examples are Portuguese in both UIs.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Mode = Literal["automatic", "suggested", "researcher"]
LANGUAGES = ("pt-BR", "en")
PALETTES = ("default", "colorblind")


@dataclass(frozen=True)
class Strategy:
    code: str
    name: Mapping[str, str]           # {"pt-BR": ..., "en": ...}
    definition: Mapping[str, str]
    example_source: str
    example_target: str
    #: automatic: the engine detects it and it is listed by default; suggested: detected and
    #: stored, listed only when the researcher switches it on (OM+); researcher: never detected
    mode: Mode
    #: palette → (background tint, edge colour); the colour-blind palette uses the Okabe–Ito
    #: colours, and codes beyond its eight colours also get a dashed underline there
    colours: Mapping[str, tuple[str, str]]
    dashed_in_colorblind: bool = False

    @property
    def detected(self) -> bool:
        """The engine looks for it (automatic or suggested)."""
        return self.mode != "researcher"

    @property
    def automatic(self) -> str:
        """The glossary's column: "yes" | "suggested" | "never"."""
        return {"automatic": "yes", "suggested": "suggested", "researcher": "never"}[self.mode]

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name["pt-BR"]

    def definition_in(self, lang: str) -> str:
        return self.definition.get(lang) or self.definition["pt-BR"]


TAXONOMY: tuple[Strategy, ...] = (
    Strategy(
        code='RF+',
        name={"pt-BR": 'Reformulação', "en": 'Rephrasing'},
        definition={
            "pt-BR": 'A mesma ideia com redação e/ou estrutura substancialmente diferentes (paráfrase). Costuma combinar-se com outras estratégias.',
            "en": 'Same idea, substantially different wording and/or structure (paraphrase). Often combines with other strategies.',
        },
        example_source='A adesão ao tratamento pressupõe o acompanhamento contínuo dos pacientes.',
        example_target='Para o tratamento funcionar, os pacientes precisam ser acompanhados sempre.',
        mode='automatic',
        colours={"default": ("#dbeafe", "#1d4ed8"), "colorblind": ("#f8e4b8", "#E69F00")},
    ),
    Strategy(
        code='SL+',
        name={"pt-BR": 'Simplificação lexical', "en": 'Lexical simplification'},
        definition={
            "pt-BR": 'Uma palavra ou expressão mais rara ou técnica é trocada por outra mais comum; a estrutura da frase se mantém.',
            "en": 'A rarer or technical word/expression replaced by a more common one; the sentence frame stays.',
        },
        example_source='O réu foi absolvido.',
        example_target='O acusado foi inocentado.',
        mode='automatic',
        colours={"default": ("#dcfce7", "#15803d"), "colorblind": ("#d0eaf9", "#56B4E9")},
    ),
    Strategy(
        code='IN+',
        name={"pt-BR": 'Inserção', "en": 'Insertion'},
        definition={
            "pt-BR": 'Conteúdo novo sem correspondente no texto fonte (frase, oração ou qualificador) que não é uma explicação.',
            "en": 'New content with no counterpart in the source (a sentence, clause or qualifier) that is not a gloss.',
        },
        example_source='A ponte foi reaberta.',
        example_target='A ponte foi reaberta. Os motoristas comemoraram.',
        mode='automatic',
        colours={"default": ("#fef9c3", "#a16207"), "colorblind": ("#b8e4d8", "#009E73")},
    ),
    Strategy(
        code='OM+',
        name={"pt-BR": 'Omissão', "en": 'Omission'},
        definition={
            "pt-BR": 'Conteúdo do texto fonte (oração, frase, parágrafo) sem correspondente no texto simplificado. É uma sugestão: a pesquisadora ou o pesquisador confirma.',
            "en": 'Source content (a clause, sentence, paragraph) with no counterpart in the target. Shown as a suggestion: a researcher confirms.',
        },
        example_source='O museu, inaugurado em 1922 durante o centenário, fechou.',
        example_target='O museu fechou.',
        mode='suggested',
        colours={"default": ("#fee2e2", "#b91c1c"), "colorblind": ("#fbf7ca", "#F0E442")},
    ),
    Strategy(
        code='RP+',
        name={"pt-BR": 'Reconstrução de período', "en": 'Sentence restructuring'},
        definition={
            "pt-BR": 'Os limites das frases mudaram: uma frase longa dividida em várias, ou várias unidas em uma.',
            "en": 'Sentence boundaries changed: one long sentence split into several, or several merged into one.',
        },
        example_source='A escola, que fica no centro, recebeu novos computadores.',
        example_target='A escola fica no centro. Ela recebeu novos computadores.',
        mode='automatic',
        colours={"default": ("#ede9fe", "#6d28d9"), "colorblind": ("#b8d8e9", "#0072B2")},
    ),
    Strategy(
        code='RD+',
        name={"pt-BR": 'Reorganização discursiva', "en": 'Discourse reorganisation'},
        definition={
            "pt-BR": 'A ligação lógica mudou: um conectivo foi trocado (todavia → mas) ou a ordem das ideias, orações ou frases foi alterada.',
            "en": 'The logical linking changed: a connective replaced (todavia → mas) or the order of ideas, clauses or sentences changed.',
        },
        example_source='Choveu muito; entretanto, o jogo aconteceu.',
        example_target='Choveu muito, mas o jogo aconteceu.',
        mode='automatic',
        colours={"default": ("#ffedd5", "#c2410c"), "colorblind": ("#f3d2b8", "#D55E00")},
    ),
    Strategy(
        code='MOD+',
        name={"pt-BR": 'Modulação', "en": 'Modulation'},
        definition={
            "pt-BR": 'Mudança de ponto de vista ou de perspectiva gramatical: voz passiva ↔ ativa, negativa ↔ afirmativa, agente explicitado.',
            "en": 'Change of point of view or grammatical perspective: passive ↔ active voice, negative ↔ affirmative, agent made explicit.',
        },
        example_source='O relatório foi entregue pela comissão.',
        example_target='A comissão entregou o relatório.',
        mode='automatic',
        colours={"default": ("#cffafe", "#0e7490"), "colorblind": ("#f1d9e6", "#CC79A7")},
    ),
    Strategy(
        code='DL+',
        name={"pt-BR": 'Deslocamento de unidades lexicais', "en": 'Displacement of lexical units'},
        definition={
            "pt-BR": 'As mesmas palavras ou expressão mudam de posição na frase (em geral adjuntos adverbiais), sem mudança de conteúdo.',
            "en": 'The same words/expression moved to another position in the sentence (typically adverbials), content unchanged.',
        },
        example_source='Neste ano, a feira terá mais expositores.',
        example_target='A feira terá mais expositores neste ano.',
        mode='automatic',
        colours={"default": ("#fce7f3", "#be185d"), "colorblind": ("#e2e2e2", "#999999")},
    ),
    Strategy(
        code='EXP+',
        name={"pt-BR": 'Explicação', "en": 'Explanation'},
        definition={
            "pt-BR": 'Glosa, definição ou paráfrase acrescentada a um termo difícil: parênteses, aposto, “ou seja”, “isto é”, oração relativa que define.',
            "en": 'A gloss, definition or paraphrase added for a hard term: parentheses, apposition, “ou seja”, “isto é”, a defining relative clause.',
        },
        example_source='Ele teve um AVC.',
        example_target='Ele teve um AVC (derrame).',
        mode='automatic',
        colours={"default": ("#e0e7ff", "#4338ca"), "colorblind": ("#f8e4b8", "#E69F00")},
        dashed_in_colorblind=True,
    ),
    Strategy(
        code='MT+',
        name={"pt-BR": 'Mudança de título', "en": 'Title change'},
        definition={
            "pt-BR": 'Um título ou subtítulo de seção foi alterado.',
            "en": 'A title or section heading changed.',
        },
        example_source='Aspectos epidemiológicos da dengue',
        example_target='Como a dengue se espalha',
        mode='automatic',
        colours={"default": ("#f5f5f4", "#44403c"), "colorblind": ("#d0eaf9", "#56B4E9")},
        dashed_in_colorblind=True,
    ),
    Strategy(
        code='PRO+',
        name={"pt-BR": 'Problema', "en": 'Problem'},
        definition={
            "pt-BR": 'Um problema de tradução ou simplificação (sentido distorcido, erro introduzido). Só a pesquisadora ou o pesquisador marca.',
            "en": 'A translation/simplification problem (meaning distorted, error introduced). Only ever added by a researcher.',
        },
        example_source='O remédio deve ser tomado duas vezes ao dia.',
        example_target='O remédio deve ser tomado duas vezes por semana.',
        mode='researcher',
        colours={"default": ("#fecaca", "#7f1d1d"), "colorblind": ("#b8e4d8", "#009E73")},
        dashed_in_colorblind=True,
    ),
)

BY_CODE: dict[str, Strategy] = {s.code: s for s in TAXONOMY}
#: every code, in the taxonomy's order
STRATEGY_CODES: tuple[str, ...] = tuple(s.code for s in TAXONOMY)
#: the codes the engine detects (all but researcher-only PRO+)
AUTOMATIC_CODES: tuple[str, ...] = tuple(s.code for s in TAXONOMY if s.detected)
#: detected and stored, but listed only when a researcher switches them on (OM+)
SUGGESTED_CODES: tuple[str, ...] = tuple(s.code for s in TAXONOMY if s.mode == "suggested")
#: only ever added by a researcher (PRO+)
RESEARCHER_CODES: tuple[str, ...] = tuple(s.code for s in TAXONOMY if s.mode == "researcher")
#: what a fresh workspace lists: the automatic codes, suggestions off
DEFAULT_ENABLED_CODES: tuple[str, ...] = tuple(s.code for s in TAXONOMY if s.mode == "automatic")
