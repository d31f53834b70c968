"""UI strings of the Projetos page (shared projects, blind review, agreement, exports).

Registered by components/i18n.py (``STRINGS``). Brazilian Portuguese first, then English.
"""
from __future__ import annotations

from components.strings_analyse import _s

STRINGS: dict[str, dict[str, str]] = {
    "nav.projetos": _s("Projetos", "Projects"),
    "proj.title": _s("Projetos compartilhados", "Shared projects"),
    "proj.intro": _s(
        "Um projeto reúne pares de textos que várias pessoas revisam de forma independente; a concordância "
        "entre elas aparece no painel do projeto.",
        "A project gathers text pairs that several people review independently; their agreement is shown on "
        "the project's dashboard."),
    "proj.none": _s("Você ainda não participa de nenhum projeto. Crie um ou abra um link de convite.",
                    "You are not in any project yet. Create one or open an invitation link."),
    "proj.create": _s("Novo projeto", "New project"),
    "proj.name": _s("Nome do projeto", "Project name"),
    "proj.my_name": _s("Seu nome no projeto", "Your name in the project"),
    "proj.my_name.help": _s("Como as outras pessoas do projeto verão você (ex.: Ana).",
                            "How the project's other members will see you (e.g. Ana)."),
    "proj.blind": _s("Modo cego", "Blind mode"),
    "proj.blind.help": _s(
        "Com o modo cego, quem anota só vê as decisões das outras pessoas num par depois de marcá-lo como "
        "concluído. A coordenação vê tudo.",
        "In blind mode an annotator sees the others' decisions on a pair only after marking it done. "
        "The coordinator sees everything."),
    "proj.create.submit": _s("Criar projeto", "Create project"),
    "proj.created": _s("Projeto «{name}» criado. Você é a coordenação.", "Project “{name}” created. You coordinate it."),
    "proj.choose": _s("Projeto", "Project"),
    "proj.role.coordinator": _s("coordenação", "coordinator"),
    "proj.role.annotator": _s("anotação", "annotator"),
    "proj.option": _s("{name} ({role})", "{name} ({role})"),
    "proj.blind_on": _s("Modo cego ligado", "Blind mode on"),
    "proj.blind_off": _s("Modo cego desligado", "Blind mode off"),
    "proj.section.pairs": _s("Pares", "Pairs"),
    "proj.section.panel": _s("Painel", "Dashboard"),
    "proj.section.members": _s("Pessoas e itens", "People and items"),
    "proj.section.export": _s("Exportar", "Export"),
    # invitation (joining)
    "proj.join.header": _s("Convite para um projeto", "Invitation to a project"),
    "proj.join.intro": _s("Você abriu um link de convite. Escolha como quer aparecer no projeto e entre.",
                          "You opened an invitation link. Choose how you will appear in the project and join."),
    "proj.join.submit": _s("Entrar no projeto", "Join the project"),
    "proj.join.cancel": _s("Ignorar o convite", "Ignore the invitation"),
    "proj.joined": _s("Você entrou no projeto «{name}».", "You joined the project “{name}”."),
    # errors by the store's refusal code
    "proj.err.invalid_invitation": _s(
        "Este convite não é válido (desconhecido, já usado ou revogado). Peça um novo link à coordenação.",
        "This invitation is not valid (unknown, already used or revoked). Ask the coordinator for a new link."),
    "proj.err.already_member": _s("Você já participa deste projeto.", "You are already in this project."),
    "proj.err.name_taken": _s("Já há alguém com este nome no projeto; escolha outro.",
                              "Someone in the project already has this name; choose another."),
    "proj.err.invalid_name": _s("Informe um nome com 1 a 100 caracteres.", "Enter a name of 1 to 100 characters."),
    "proj.err.not_coordinator": _s("Só a coordenação do projeto pode fazer isso.",
                                   "Only the project's coordinator can do this."),
    "proj.err.last_coordinator": _s("O projeto precisa de pelo menos uma pessoa na coordenação.",
                                    "The project needs at least one coordinator."),
    "proj.err.blind": _s(
        "Modo cego: marque o par como concluído para ver o trabalho das outras pessoas.",
        "Blind mode: mark the pair done to see the others' work."),
    "proj.err.not_found": _s("Projeto ou item não encontrado entre os seus projetos (talvez você tenha sido removido).",
                             "Project or item not found among your projects (you may have been removed)."),
    "proj.err.stale": _s("Esta decisão mudou em outra aba; confira e clique de novo.",
                         "This decision changed in another tab; check and click again."),
    # members and items
    "proj.invite.header": _s("Convidar", "Invite"),
    "proj.invite.role": _s("Papel", "Role"),
    "proj.invite.submit": _s("Criar link de convite", "Create invitation link"),
    "proj.invite.once": _s(
        "Envie este link a uma única pessoa. Ele aparece só agora: guardamos apenas uma impressão (hash) dele.",
        "Send this link to one person only. It is shown only now: we keep only a hash of it."),
    "proj.invite.email": _s("Ou convidar pela conta (e-mail do login)", "Or invite by account (sign-in e-mail)"),
    "proj.invite.email.help": _s(
        "A pessoa entra com esta conta e aceita o convite em Projetos; nenhum link é necessário.",
        "The person signs in with this account and accepts on Projects; no link needed."),
    "proj.invite.email_submit": _s("Convidar conta", "Invite account"),
    "proj.invite.email_done": _s("Convite enviado para a conta {email}.", "Invitation made for the account {email}."),
    "proj.account.invited": _s("Sua conta foi convidada para o projeto **{name}**.",
                               "Your account was invited to the project **{name}**."),
    "proj.err.invalid_email": _s("Informe um e-mail válido.", "Enter a valid e-mail."),
    "proj.invitations": _s("Convites", "Invitations"),
    "proj.inv.row": _s("Convite nº {id} · {role} · criado em {when} · {state}",
                       "Invitation #{id} · {role} · created {when} · {state}"),
    "proj.inv.open": _s("aberto", "open"),
    "proj.inv.used": _s("usado", "used"),
    "proj.inv.revoked": _s("revogado", "revoked"),
    "proj.inv.revoke": _s("Revogar", "Revoke"),
    "proj.inv.revoked_msg": _s("Convite revogado: o link não abre mais o projeto.",
                               "Invitation revoked: the link no longer opens the project."),
    "proj.members": _s("Pessoas do projeto", "Project members"),
    "proj.member.row": _s("{name} · {role}", "{name} · {role}"),
    "proj.member.you": _s("(você)", "(you)"),
    "proj.member.remove": _s("Remover", "Remove"),
    "proj.member.removed": _s("{name} foi removido(a) do projeto.", "{name} was removed from the project."),
    "proj.leave": _s("Sair do projeto", "Leave the project"),
    "proj.left": _s("Você saiu do projeto.", "You left the project."),
    "proj.blind.saved": _s("Modo cego atualizado.", "Blind mode updated."),
    "proj.place.header": _s("Colocar no projeto", "Place in the project"),
    "proj.place.help": _s(
        "Análises e corpora do seu espaço de trabalho. Um corpus entra com todos os seus pares.",
        "Analyses and corpora of your workspace. A corpus comes with all its pairs."),
    "proj.place.analysis": _s("Análise", "Analysis"),
    "proj.place.corpus": _s("Corpus", "Corpus"),
    "proj.place.submit": _s("Colocar análise", "Place analysis"),
    "proj.place.corpus_submit": _s("Colocar corpus", "Place corpus"),
    "proj.place.done": _s("«{title}» está no projeto.", "“{title}” is in the project."),
    "proj.place.empty": _s("Nenhuma análise salva neste espaço de trabalho.", "No saved analysis in this workspace."),
    # pairs and review
    "proj.pairs.none": _s("Nenhum par no projeto ainda.", "No pair in the project yet."),
    "proj.pairs.choose": _s("Par", "Pair"),
    "proj.pair.done": _s("concluído", "done"),
    "proj.pair.todo": _s("a fazer", "to do"),
    "proj.pair.label": _s("{title} · {state}", "{title} · {state}"),
    "proj.review.blind_note": _s(
        "Modo cego: as decisões das outras pessoas aparecem depois que você marcar este par como concluído.",
        "Blind mode: the others' decisions appear after you mark this pair done."),
    "proj.review.mark_done": _s("Marcar como concluído", "Mark as done"),
    "proj.review.is_done": _s("Você marcou este par como concluído.", "You marked this pair done."),
    "proj.review.marked": _s("Par marcado como concluído.", "Pair marked done."),
    "proj.review.mine": _s("Sua decisão: {status}", "Your decision: {status}"),
    "proj.review.pending": _s("Sua decisão: pendente", "Your decision: pending"),
    "proj.review.others": _s("Outras pessoas: {list}", "Others: {list}"),
    "proj.review.nobody": _s("Outras pessoas: ainda sem decisão", "Others: no decision yet"),
    "proj.review.accept": _s("Aceitar", "Accept"),
    "proj.review.reject": _s("Rejeitar", "Reject"),
    "proj.review.relabel": _s("Reclassificar", "Relabel"),
    "proj.review.relabel_to": _s("Nova estratégia", "New strategy"),
    "proj.review.saved": _s("Decisão salva ({status}).", "Decision saved ({status})."),
    "proj.review.added": _s("Anotação salva.", "Annotation saved."),
    "proj.review.my_added": _s("Suas anotações", "Your annotations"),
    "proj.review.others_added": _s("Anotações de {name}", "Annotations by {name}"),
    "proj.review.focus": _s("Trecho em discussão", "Span under discussion"),
    "proj.review.flag": _s("em discussão", "under discussion"),
    "proj.review.add": _s("Adicionar anotação", "Add annotation"),
    "proj.review.add_src": _s("Trecho do texto fonte", "Excerpt of the source text"),
    "proj.review.add_tgt": _s("Trecho do texto simplificado", "Excerpt of the simplified text"),
    "proj.review.add_submit": _s("Salvar anotação", "Save annotation"),
    "proj.review.add_missing": _s("O trecho «{excerpt}» não está no {side}.", "The excerpt “{excerpt}” is not in the {side}."),
    "proj.review.add_empty": _s("Informe um trecho de pelo menos um dos textos.", "Enter an excerpt of at least one text."),
    "proj.review.machine": _s("Detecções da máquina", "Machine detections"),
    # agreement
    "proj.ag.header": _s("Concordância entre anotadores", "Inter-annotator agreement"),
    "proj.ag.rule": _s(
        "Unidades: cada detecção da máquina e cada anotação acrescentada; anotações de pessoas diferentes são a "
        "mesma unidade quando têm o mesmo código e trechos que se sobrepõem. Aceitar = o código da máquina; "
        "rejeitar = nenhuma estratégia; pendente = sem valor. κ de Cohen só para duas pessoas; α de "
        "Krippendorff (nominal) para qualquer número. Intervalo de 95 % por bootstrap.",
        "Units: each machine detection and each added annotation; annotations by different people are one "
        "unit when they carry the same code and overlapping spans. Accept = the machine's code; reject = no "
        "strategy; pending = no value. Cohen's κ for two people only; Krippendorff's α (nominal) for any "
        "number. 95 % bootstrap interval."),
    "proj.ag.blind": _s(
        "No modo cego, só a coordenação vê a concordância do projeto.",
        "In blind mode only the coordinator sees the project's agreement."),
    "proj.ag.overall": _s("Todas as estratégias", "All strategies"),
    "proj.ag.col.code": _s("Código", "Code"),
    "proj.ag.col.units": _s("Unidades", "Units"),
    "proj.ag.col.annotators": _s("Anotadores", "Annotators"),
    "proj.ag.col.kappa": _s("κ de Cohen [IC 95 %]", "Cohen's κ [95 % CI]"),
    "proj.ag.col.kappa.help": _s("Só para exatamente duas pessoas.", "Only for exactly two people."),
    "proj.ag.col.alpha": _s("α de Krippendorff [IC 95 %]", "Krippendorff's α [95 % CI]"),
    "proj.ag.col.alpha.help": _s("Nominal, para qualquer número de pessoas.", "Nominal, for any number of people."),
    "proj.ag.reason.few_annotators": _s("dados insuficientes: < 2 pessoas", "not enough data: < 2 people"),
    "proj.ag.reason.few_units": _s("dados insuficientes: poucas unidades", "not enough data: too few units"),
    "proj.ag.reason.no_variation": _s("dados insuficientes: sem variação", "not enough data: no variation"),
    "proj.ag.reason.": _s("dados insuficientes", "not enough data"),
    "proj.ag.machine": _s("Concordância com a máquina", "Agreement with the machine"),
    "proj.ag.col.annotator": _s("Pessoa", "Annotator"),
    "proj.ag.col.judged": _s("Detecções julgadas", "Detections judged"),
    "proj.ag.col.agreed": _s("Aceitas", "Accepted"),
    "proj.ag.col.rate": _s("Concordância", "Agreement"),
    "proj.ag.chart": _s("α de Krippendorff por estratégia (IC 95 %)", "Krippendorff's α per strategy (95 % CI)"),
    "proj.ag.chart.na": _s("sem dados", "no data"),
    "proj.ag.empty": _s("Ainda não há decisões neste projeto.", "No decisions in this project yet."),
    "proj.ag.disagreements": _s("Discordâncias ({n})", "Disagreements ({n})"),
    "proj.ag.none_disagree": _s("Nenhuma discordância entre as pessoas que julgaram as mesmas unidades.",
                                "No disagreement among the people who judged the same units."),
    "proj.ag.open": _s("Abrir o par", "Open the pair"),
    "proj.ag.csv": _s("Baixar concordância (CSV)", "Download agreement (CSV)"),
    "proj.ag.csv_dis": _s("Baixar discordâncias (CSV)", "Download disagreements (CSV)"),
    "proj.ag.col.pair": _s("Par", "Pair"),
    "proj.ag.col.source": _s("Trecho fonte", "Source excerpt"),
    "proj.ag.col.target": _s("Trecho simplificado", "Simplified excerpt"),
    "proj.ag.col.values": _s("Valores", "Values"),
    "proj.ag.col.unit": _s("Unidade", "Unit"),
    "proj.ag.none_value": _s("nenhuma", "none"),
    # exports
    "proj.export.header": _s("Exportar para INCEpTION e Label Studio", "Export to INCEpTION and Label Studio"),
    "proj.export.help": _s(
        "INCEpTION: ZIP com um XMI (UIMA CAS) por par e o typesystem.xml. Label Studio: tarefas JSON e a "
        "configuração de rótulos para colar em Settings → Labeling Interface → Code.",
        "INCEpTION: ZIP with one XMI (UIMA CAS) per pair and typesystem.xml. Label Studio: JSON tasks and "
        "the labelling config to paste into Settings → Labeling Interface → Code."),
    "proj.export.who": _s("Anotações de", "Annotations by"),
    "proj.export.all": _s("todas as pessoas", "everyone"),
    "proj.export.build": _s("Preparar arquivos", "Prepare files"),
    "proj.export.inception": _s("INCEpTION (ZIP com XMI)", "INCEpTION (ZIP with XMI)"),
    "proj.export.ls_tasks": _s("Label Studio: tarefas (JSON)", "Label Studio: tasks (JSON)"),
    "proj.export.ls_config": _s("Label Studio: configuração (XML)", "Label Studio: config (XML)"),
    "export.interop": _s("Para INCEpTION e Label Studio", "For INCEpTION and Label Studio"),
    "export.interop_help": _s(
        "INCEpTION: importe o XMI como «UIMA CAS XMI» junto com o typesystem.xml do ZIP. Label Studio: cole "
        "label-studio-config.xml em Settings → Labeling Interface → Code e importe tasks.json. Para várias "
        "pessoas anotando os mesmos pares, use um projeto (página Projetos).",
        "INCEpTION: import the XMI as “UIMA CAS XMI” with the ZIP's typesystem.xml. Label Studio: paste "
        "label-studio-config.xml into Settings → Labeling Interface → Code and import tasks.json. For several "
        "people annotating the same pairs, use a project (Projects page)."),
    "export.label_studio": _s("Label Studio (ZIP: tarefas + configuração)", "Label Studio (ZIP: tasks + config)"),
    "proj.export.only_coord": _s("Só a coordenação exporta as anotações do projeto.",
                                 "Only the coordinator exports the project's annotations."),
}
