"""UI strings of the alignment corrections (issue 15 §1): the controls under the Alinhamento
rows, the "set by researcher" mark and the "needs a new look" flag on review cards.
Registered by components/i18n.py (``STRINGS``), pt-BR first, then English."""
from __future__ import annotations


def _s(pt: str, en: str) -> dict[str, str]:
    return {"pt-BR": pt, "en": en}


STRINGS: dict[str, dict[str, str]] = {
    "realign.title": _s("Corrigir o alinhamento", "Correct the alignment"),
    "realign.intro": _s(
        "Se você sabe que o alinhamento está errado, corrija-o aqui. As estratégias são detectadas de novo "
        "apenas nos grupos que mudaram; suas decisões nos demais grupos ficam como estão.",
        "If you know the alignment is wrong, correct it here. Strategies are detected again only in the "
        "groups that changed; your decisions on the other groups stay as they are."),
    "realign.action": _s("O que fazer", "What to do"),
    "realign.action.link": _s("Ligar frases", "Link sentences"),
    "realign.action.unlink": _s("Desfazer ligação", "Unlink"),
    "realign.action.merge": _s("Juntar grupos", "Merge groups"),
    "realign.action.split": _s("Separar parte de um grupo", "Split a group"),
    "realign.action.omitted": _s("Marcar como omitida", "Mark as omitted"),
    "realign.action.added": _s("Marcar como acrescentada", "Mark as added"),
    "realign.help.link": _s("Uma frase do texto de partida e as frases do simplificado que correspondem a ela.",
                            "A source sentence and the simplified sentences that correspond to it."),
    "realign.help.unlink": _s("Cada frase do grupo escolhido fica sozinha (sem correspondente).",
                              "Each sentence of the chosen group stands alone (no counterpart)."),
    "realign.help.merge": _s("Os grupos escolhidos viram um só (por exemplo, uma omissão e um acréscimo que "
                             "são na verdade duas frases unidas em uma).",
                             "The chosen groups become one (e.g. an omission and an addition that are really "
                             "two sentences merged into one)."),
    "realign.help.split": _s("As frases escolhidas saem do grupo e formam um grupo próprio.",
                             "The chosen sentences leave the group and form a group of their own."),
    "realign.help.omitted": _s("A frase do texto de partida não tem correspondente no simplificado.",
                               "The source sentence has no counterpart in the simplified text."),
    "realign.help.added": _s("A frase do simplificado não tem correspondente no texto de partida.",
                             "The simplified sentence has no counterpart in the source text."),
    "realign.source": _s("Frase do texto de partida", "Source sentence"),
    "realign.sources": _s("Frases do texto de partida", "Source sentences"),
    "realign.targets": _s("Frases do texto simplificado", "Simplified sentences"),
    "realign.target": _s("Frase do texto simplificado", "Simplified sentence"),
    "realign.group": _s("Grupo", "Group"),
    "realign.groups": _s("Grupos (dois ou mais)", "Groups (two or more)"),
    "realign.part": _s("Frases que saem do grupo", "Sentences leaving the group"),
    "realign.choose": _s("Escolha…", "Choose…"),
    "realign.apply": _s("Aplicar correção", "Apply correction"),
    "realign.undo": _s("Desfazer a última correção", "Undo the last correction"),
    "realign.applying": _s("Detectando as estratégias dos grupos alterados…", "Detecting strategies in the changed groups…"),
    "realign.done": _s(
        "Alinhamento corrigido: {new} detecção(ões) nova(s), {superseded} pendente(s) substituída(s), "
        "{look} decisão(ões) para rever.",
        "Alignment corrected: {new} new detection(s), {superseded} pending one(s) replaced, "
        "{look} decision(s) to look at again."),
    "realign.undone": _s("Correção desfeita: o alinhamento e as detecções anteriores voltaram.",
                         "Correction undone: the previous alignment and detections are back."),
    "realign.nothing_to_undo": _s("Não há correção de alinhamento para desfazer.", "There is no alignment correction to undo."),
    "realign.db_down": _s("Não foi possível salvar a correção; nada foi alterado. Tente novamente.",
                          "The correction could not be saved; nothing changed. Try again."),
    "realign.unexpected": _s("Erro inesperado na correção (código {error_id}); nada foi alterado.",
                             "Unexpected error in the correction (code {error_id}); nothing changed."),
    "realign.need_saved": _s("O alinhamento pode ser corrigido quando a análise estiver salva.",
                             "The alignment can be corrected once the analysis is saved."),
    "realign.pick_two": _s("Escolha pelo menos dois grupos.", "Choose at least two groups."),
    "realign.stale_undo": _s(
        "A correção que esta página oferecia desfazer já foi desfeita ou outra veio depois dela "
        "(em outra aba ou por outra pessoa); nada foi alterado. Confira a lista de correções atualizada.",
        "The correction this page offered to undo was already undone or another one came after it "
        "(in another tab or by someone else); nothing changed. Check the updated list of corrections."),
    "realign.undo_next": _s("Desfaz: {what}", "Undoes: {what}"),
    "realign.history": _s("Correções deste alinhamento (a primeira é a próxima a desfazer)",
                          "Corrections of this alignment (the first is the next to undo)"),
    "realign.undone_mark": _s("desfeita", "undone"),
    "realign.count": _s("{n} correção(ões) feitas neste alinhamento.", "{n} correction(s) made to this alignment."),
    "realign.by_researcher": _s("definido pelo pesquisador", "set by researcher"),
    "realign.needs_look": _s(
        "O alinhamento deste trecho foi corrigido depois desta decisão: confira se ela ainda vale.",
        "The alignment under this item was corrected after this decision: check that it still holds."),
    "export.alignment_csv": _s("Alinhamento (CSV)", "Alignment (CSV)"),
    "export.alignment_help": _s(
        "Um grupo por linha; a coluna set_by diz se foi definido pelo pesquisador (researcher) ou pelo alinhador (machine).",
        "One group per row; the set_by column says whether the researcher (researcher) or the aligner (machine) set it."),
    "status.superseded": _s("substituída", "superseded"),
}
