"""UI strings of the Histórico, Corpus, Painel, Configurações and Sobre pages.

Registered by components/i18n.py (``STRINGS``). Brazilian Portuguese first; English may
translate. Placeholders use ``str.format`` names.
"""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ common
    "common.no_workspace": {
        "pt-BR": "Sem espaço de trabalho: o banco de dados não está disponível agora, então nada pode ser "
                 "listado ou salvo. Recarregue a página em instantes.",
        "en": "No workspace: the database is not available right now, so nothing can be listed or saved. "
              "Reload the page in a moment.",
    },
    "common.unavailable": {
        "pt-BR": "Não foi possível acessar o banco de dados; nada foi perdido, tente novamente.",
        "en": "The database could not be reached; nothing was lost, please try again.",
    },
    # limits table of Configurações (ops.limits keys and units)
    "cfg.limit.max_text_chars": {"pt-BR": "Tamanho máximo de cada texto", "en": "Maximum length of each text"},
    "cfg.limit.max_text_words": {"pt-BR": "Palavras por texto", "en": "Words per text"},
    "cfg.limit.max_upload_mb": {"pt-BR": "Tamanho máximo de arquivo enviado", "en": "Maximum uploaded file size"},
    "cfg.limit.max_uncompressed_mb": {"pt-BR": "Tamanho máximo descompactado (ZIP de corpus)",
                                      "en": "Maximum uncompressed size (corpus ZIP)"},
    "cfg.limit.max_corpus_pairs": {"pt-BR": "Pares de textos por corpus", "en": "Text pairs per corpus"},
    "cfg.limit.rate_limit_per_minute": {"pt-BR": "Análises novas por espaço de trabalho a cada {seconds} s",
                                        "en": "New analyses per workspace every {seconds} s"},
    "cfg.unit.caracteres": {"pt-BR": "caracteres", "en": "characters"},
    "cfg.unit.palavras": {"pt-BR": "palavras", "en": "words"},
    "cfg.unit.MB": {"pt-BR": "MB", "en": "MB"},
    "cfg.unit.pares": {"pt-BR": "pares", "en": "pairs"},
    "cfg.unit.análises": {"pt-BR": "análises", "en": "analyses"},
    # ---------------------------------------------------------------- Histórico
    "hist.title": {"pt-BR": "Histórico", "en": "History"},
    "hist.empty": {
        "pt-BR": "Nenhuma análise ainda. Comece analisando um par de textos em **Analisar**: ela aparecerá aqui.",
        "en": "No analyses yet. Start by analysing a pair of texts in **Analisar**; it will show up here.",
    },
    "hist.go_analyse": {"pt-BR": "Ir para Analisar", "en": "Go to Analisar"},
    "hist.no_match": {
        "pt-BR": "Nenhuma análise corresponde aos filtros. Limpe a busca ou amplie o período.",
        "en": "No analysis matches the filters. Clear the search or widen the dates.",
    },
    "hist.search": {"pt-BR": "Buscar (título ou texto)", "en": "Search (title or text)"},
    "hist.search.placeholder": {"pt-BR": "palavra ou trecho", "en": "word or passage"},
    "hist.dates": {"pt-BR": "Período", "en": "Dates"},
    "hist.code": {"pt-BR": "Estratégia", "en": "Strategy"},
    "hist.corpus": {"pt-BR": "Corpus", "en": "Corpus"},
    "hist.all": {"pt-BR": "Todos", "en": "All"},
    "hist.count": {
        "pt-BR": "{total} análise(s) — página {page} de {pages}",
        "en": "{total} analysis(es) — page {page} of {pages}",
    },
    "hist.page": {"pt-BR": "Página", "en": "Page"},
    "hist.col.title": {"pt-BR": "Título", "en": "Title"},
    "hist.col.created": {"pt-BR": "Criada em", "en": "Created"},
    "hist.click_row": {"pt-BR": "Clique em uma linha para abri-la em Analisar.",
                       "en": "Click a row to open it in Analyse."},
    "hist.search.help": {
        "pt-BR": "Procura palavras inteiras no título e nos textos, sem diferenciar maiúsculas nem acentos "
                 "(\"saude\" encontra \"saúde\"; \"lei\" não encontra \"brasileira\").",
        "en": "Finds whole words in the title and texts, ignoring case and accents "
              "(\"saude\" finds \"saúde\"; \"lei\" does not find \"brasileira\").",
    },
    "hist.col.detections": {"pt-BR": "Detecções", "en": "Detections"},
    "hist.col.decided": {"pt-BR": "Revisadas", "en": "Reviewed"},
    "hist.col.progress": {"pt-BR": "Revisão", "en": "Review"},
    "hist.col.progress.help": {
        "pt-BR": "Detecções da máquina já aceitas, rejeitadas ou reclassificadas.",
        "en": "Machine detections already accepted, rejected or relabelled.",
    },
    "hist.col.human": {"pt-BR": "Anotações próprias", "en": "Own annotations"},
    "hist.col.pair": {"pt-BR": "Par do corpus", "en": "Corpus pair"},
    "hist.col.preview": {"pt-BR": "Início do texto fonte", "en": "Source text start"},
    "hist.untitled": {"pt-BR": "(sem título)", "en": "(untitled)"},
    "hist.choose": {"pt-BR": "Análise", "en": "Analysis"},
    "hist.open": {"pt-BR": "Abrir", "en": "Open"},
    "hist.open.fallback": {
        "pt-BR": "Análise selecionada. Abra a página Analisar para revisá-la.",
        "en": "Analysis selected. Open the Analisar page to review it.",
    },
    "hist.new_title": {"pt-BR": "Novo título", "en": "New title"},
    "hist.rename": {"pt-BR": "Renomear", "en": "Rename"},
    "hist.renamed": {"pt-BR": "Título salvo.", "en": "Title saved."},
    "hist.delete": {"pt-BR": "Excluir", "en": "Delete"},
    "hist.delete.confirm": {
        "pt-BR": "Excluir {title}? A análise, suas anotações e o histórico de decisões serão apagados "
                 "definitivamente.",
        "en": "Delete {title}? The analysis, its annotations and its decision history will be removed for good.",
    },
    "hist.delete.yes": {"pt-BR": "Confirmar exclusão", "en": "Confirm deletion"},
    "hist.delete.no": {"pt-BR": "Cancelar", "en": "Cancel"},
    "hist.deleted": {"pt-BR": "Análise excluída.", "en": "Analysis deleted."},
    # ------------------------------------------------------------------- Corpus
    "corpus.title": {"pt-BR": "Corpus", "en": "Corpus"},
    "corpus.empty": {
        "pt-BR": "Nenhum corpus ainda. Envie um arquivo acima para analisar vários pares de uma vez.",
        "en": "No corpus yet. Upload a file above to analyse many pairs at once.",
    },
    "corpus.new.title": {"pt-BR": "Novo corpus", "en": "New corpus"},
    "corpus.new.help": {
        "pt-BR": "Envie um .zip com pares de arquivos (nome_fonte.txt e nome_alvo.txt; também .docx, .odt, "
                 ".pdf; um terceiro arquivo nome_forte.txt faz do texto uma cadeia de três níveis) ou um "
                 ".csv/.jsonl com as colunas source e target.",
        "en": "Upload a .zip of paired files (name_fonte.txt and name_alvo.txt; also .docx, .odt, .pdf; a third "
              "file name_forte.txt makes the text a three-level chain) or a .csv/.jsonl with source and target "
              "columns.",
    },
    "corpus.upload": {"pt-BR": "Arquivo do corpus", "en": "Corpus file"},
    "corpus.problems": {"pt-BR": "{n} problema(s) no arquivo", "en": "{n} problem(s) in the file"},
    "corpus.no_pairs": {
        "pt-BR": "Nenhum par utilizável no arquivo. Veja os problemas acima e envie o arquivo corrigido.",
        "en": "No usable pair in the file. See the problems above and upload a corrected file.",
    },
    "corpus.pairs_found": {"pt-BR": "**{n}** par(es) pronto(s) para análise.", "en": "**{n}** pair(s) ready."},
    "corpus.name": {"pt-BR": "Nome do corpus", "en": "Corpus name"},
    "corpus.run": {"pt-BR": "Analisar corpus", "en": "Analyse corpus"},
    "corpus.run.start": {"pt-BR": "Preparando…", "en": "Preparing…"},
    "corpus.run.done": {
        "pt-BR": "Corpus analisado: {done} par(es) concluído(s), {errors} com erro, em {seconds} s.",
        "en": "Corpus analysed: {done} pair(s) done, {errors} with errors, in {seconds} s.",
    },
    "corpus.run.partial": {
        "pt-BR": "Análise interrompida: {done} concluído(s), {errors} com erro, {remaining} pendente(s). "
                 "Use Retomar para continuar.",
        "en": "Run interrupted: {done} done, {errors} with errors, {remaining} pending. Use Resume to continue.",
    },
    "corpus.run.db_stopped": {
        "pt-BR": "A análise parou com {remaining} par(es) pendente(s); o que já foi feito está salvo. "
                 "Use Retomar quando o banco voltar.",
        "en": "The run stopped with {remaining} pair(s) pending; what was done is saved. "
              "Use Resume when the database is back.",
    },
    "corpus.resume.title": {"pt-BR": "Corpora com pares pendentes", "en": "Corpora with pending pairs"},
    "corpus.resume.row": {
        "pt-BR": "**{name}** — {done} de {total} processados, {pending} pendente(s)",
        "en": "**{name}** — {done} of {total} processed, {pending} pending",
    },
    "corpus.resume": {"pt-BR": "Retomar", "en": "Resume"},
    "corpus.view.title": {"pt-BR": "Visão do corpus", "en": "Corpus overview"},
    "corpus.choose": {"pt-BR": "Corpus", "en": "Corpus"},
    "corpus.metric.pairs": {"pt-BR": "Pares", "en": "Pairs"},
    "corpus.metric.done": {"pt-BR": "Concluídos", "en": "Done"},
    "corpus.metric.errors": {"pt-BR": "Com erro", "en": "Errors"},
    "corpus.metric.pending": {"pt-BR": "Pendentes", "en": "Pending"},
    "corpus.no_detections": {
        "pt-BR": "Nenhuma estratégia detectada (ou todas rejeitadas) neste corpus.",
        "en": "No strategy detected (or all rejected) in this corpus.",
    },
    "corpus.chart.flesch": {"pt-BR": "Legibilidade (Flesch-PT) antes e depois", "en": "Readability (Flesch-PT) before and after"},
    "corpus.chart.before": {"pt-BR": "Fonte", "en": "Source"},
    "corpus.chart.after": {"pt-BR": "Simplificado", "en": "Simplified"},
    "corpus.col.pair": {"pt-BR": "Par", "en": "Pair"},
    "corpus.col.step": {"pt-BR": "Passo (3 níveis)", "en": "Step (3 levels)"},
    "corpus.col.third_words": {"pt-BR": "Palavras (forte)", "en": "Words (strong)"},
    "corpus.col.problem": {"pt-BR": "Problema", "en": "Problem"},
    "corpus.col.source_words": {"pt-BR": "Palavras (fonte)", "en": "Words (source)"},
    "corpus.col.target_words": {"pt-BR": "Palavras (simplificado)", "en": "Words (simplified)"},
    "corpus.col.status": {"pt-BR": "Situação", "en": "Status"},
    "corpus.col.detections": {"pt-BR": "Estratégias", "en": "Strategies"},
    "corpus.col.codes": {"pt-BR": "Códigos", "en": "Codes"},
    "corpus.col.flesch_before": {"pt-BR": "Flesch-PT fonte", "en": "Flesch-PT source"},
    "corpus.col.flesch_after": {"pt-BR": "Flesch-PT simplificado", "en": "Flesch-PT simplified"},
    "corpus.col.flesch_delta": {"pt-BR": "Diferença", "en": "Difference"},
    "corpus.status.pending": {"pt-BR": "pendente", "en": "pending"},
    "corpus.status.done": {"pt-BR": "concluído", "en": "done"},
    "corpus.status.error": {"pt-BR": "erro", "en": "error"},
    "corpus.drill": {"pt-BR": "Revisar um par", "en": "Review a pair"},
    "corpus.open": {"pt-BR": "Abrir na revisão", "en": "Open for review"},
    "corpus.export": {"pt-BR": "Exportar o corpus", "en": "Export the corpus"},
    "corpus.export.csv": {"pt-BR": "Resumo por par (CSV)", "en": "Summary per pair (CSV)"},
    "corpus.export.xlsx": {"pt-BR": "Resumo por par (XLSX)", "en": "Summary per pair (XLSX)"},
    "corpus.manual.title": {"pt-BR": "Parear à mão: {n} arquivo(s) sem par", "en": "Pair by hand: {n} unpaired file(s)"},
    "corpus.manual.help": {
        "pt-BR": "A leitura automática não achou par para estes arquivos. Em cada linha, dê um nome ao par e "
                 "escolha o arquivo fonte e o simplificado; linhas incompletas são ignoradas. Os pares formados "
                 "aqui entram na lista abaixo.",
        "en": "Automatic pairing found no partner for these files. On each row, name the pair and choose the "
              "source and the simplified file; incomplete rows are ignored. Pairs formed here join the list below.",
    },
    "corpus.manual.name": {"pt-BR": "Nome do par", "en": "Pair name"},
    "corpus.manual.source": {"pt-BR": "Arquivo fonte", "en": "Source file"},
    "corpus.manual.target": {"pt-BR": "Arquivo simplificado", "en": "Simplified file"},
    "corpus.manual.incomplete": {"pt-BR": "{n} linha(s) incompleta(s) ignorada(s).",
                                 "en": "{n} incomplete row(s) ignored."},
    "corpus.export.ann_csv": {"pt-BR": "Todas as anotações (CSV)", "en": "Every annotation (CSV)"},
    "corpus.export.ann_xlsx": {"pt-BR": "Todas as anotações (XLSX)", "en": "Every annotation (XLSX)"},
    "corpus.export.summary_help": {
        "pt-BR": "Resumo: uma linha por par (por passo, num texto de três níveis; coluna step), com situação, "
                 "legibilidade e contagem por estratégia.",
        "en": "Summary: one row per pair (per step for a three-level text; column step), with status, "
              "readability and counts per strategy.",
    },
    "corpus.export.annotations_help": {
        "pt-BR": "Anotações: uma linha por detecção e decisão, com par, código, trechos (posições e textos) "
                 "nos dois textos, origem e situação.",
        "en": "Annotations: one row per detection and decision, with pair, code, excerpts (offsets and texts) "
              "in both texts, origin and status.",
    },
    "corpus.delete": {"pt-BR": "Excluir corpus", "en": "Delete corpus"},
    "corpus.delete.confirm": {
        "pt-BR": "Excluir o corpus {name}? Os pares e as análises deles serão apagados definitivamente.",
        "en": "Delete the corpus {name}? Its pairs and their analyses will be removed for good.",
    },
    # -------------------------------------------------------------------- Painel
    "panel.title": {"pt-BR": "Painel", "en": "Dashboard"},
    "panel.intro": {
        "pt-BR": "Como as decisões de revisão avaliam a máquina: por estratégia, a precisão julgada pela "
                 "pesquisa é aceitas ÷ (aceitas + rejeitadas + reclassificadas).",
        "en": "How review decisions judge the machine: per strategy, researcher-judged precision is "
              "accepted ÷ (accepted + rejected + relabelled).",
    },
    "panel.all_workspaces": {"pt-BR": "Todos os espaços de trabalho (só contagens)", "en": "All workspaces (counts only)"},
    "panel.all_workspaces.help": {
        "pt-BR": "Soma as decisões de todos os espaços. Nenhum texto nem identificador de outros espaços é mostrado.",
        "en": "Adds up decisions from every workspace. No text or id from other workspaces is shown.",
    },
    "panel.empty": {
        "pt-BR": "Ainda não há decisões. Abra uma análise e aceite, rejeite ou reclassifique detecções: "
                 "os números aparecem aqui.",
        "en": "No decisions yet. Open an analysis and accept, reject or relabel detections; the numbers show up here.",
    },
    "panel.projects": {"pt-BR": "Concordância entre anotadores nos seus projetos",
                       "en": "Inter-annotator agreement in your projects"},
    "panel.metric.decisions": {"pt-BR": "Decisões", "en": "Decisions"},
    "panel.metric.precision": {"pt-BR": "Precisão julgada", "en": "Judged precision"},
    "panel.metric.analyses": {"pt-BR": "Análises", "en": "Analyses"},
    "panel.metric.workspaces": {"pt-BR": "Espaços de trabalho", "en": "Workspaces"},
    "panel.col.code": {"pt-BR": "Código", "en": "Code"},
    "panel.col.name": {"pt-BR": "Estratégia", "en": "Strategy"},
    "panel.col.total": {"pt-BR": "Detecções", "en": "Detections"},
    "panel.col.accepted": {"pt-BR": "Aceitas", "en": "Accepted"},
    "panel.col.rejected": {"pt-BR": "Rejeitadas", "en": "Rejected"},
    "panel.col.relabelled": {"pt-BR": "Reclassificadas", "en": "Relabelled"},
    "panel.col.pending": {"pt-BR": "Pendentes", "en": "Pending"},
    "panel.col.precision": {"pt-BR": "Precisão", "en": "Precision"},
    "panel.col.precision.help": {
        "pt-BR": "Aceitas ÷ julgadas (aceitas + rejeitadas + reclassificadas). \"—\": nenhuma decisão ainda.",
        "en": "Accepted ÷ judged (accepted + rejected + relabelled). \"—\": no decision yet.",
    },
    "panel.col.missed": {"pt-BR": "Acrescentadas por pesquisadores (não detectadas)",
                         "en": "Added by researchers (missed)"},
    "panel.col.missed.help": {
        "pt-BR": "Anotações criadas à mão com este código: casos que a máquina não detectou.",
        "en": "Annotations created by hand with this code: cases the machine did not detect.",
    },
    "panel.col.recall": {"pt-BR": "Revocação estimada", "en": "Estimated recall"},
    "panel.col.recall.help": {
        "pt-BR": "Aceitas ÷ (aceitas + acrescentadas por pesquisadores). \"—\": nada para medir ainda.",
        "en": "Accepted ÷ (accepted + added by researchers). \"—\": nothing to measure yet.",
    },
    "panel.recall.note": {
        "pt-BR": "Revocação estimada: as anotações que pesquisadores acrescentam contam como casos não "
                 "detectados pela máquina. É uma estimativa: só conta as omissões que alguém anotou.",
        "en": "Estimated recall: annotations researchers add count as cases the machine missed. It is an "
              "estimate: it only counts the misses someone annotated.",
    },
    "panel.verdict.accepted": {"pt-BR": "Aceitas", "en": "Accepted"},
    "panel.verdict.rejected": {"pt-BR": "Rejeitadas", "en": "Rejected"},
    "panel.verdict.relabelled": {"pt-BR": "Reclassificadas", "en": "Relabelled"},
    "panel.chart.verdicts": {"pt-BR": "Decisões por estratégia", "en": "Decisions per strategy"},
    "panel.chart.precision": {"pt-BR": "Precisão julgada por estratégia", "en": "Judged precision per strategy"},
    "panel.chart.confusion": {"pt-BR": "Reclassificações (máquina → pesquisa)", "en": "Relabels (machine → researcher)"},
    "panel.chart.by_day": {"pt-BR": "Decisões por dia", "en": "Decisions per day"},
    "panel.confusion.from": {"pt-BR": "Código da máquina", "en": "Machine code"},
    "panel.confusion.to": {"pt-BR": "Código da pesquisa", "en": "Researcher code"},
    "panel.confusion.hover": {"pt-BR": "%{y} → %{x}: %{z}", "en": "%{y} → %{x}: %{z}"},
    "panel.no_relabels": {"pt-BR": "Nenhuma reclassificação ainda.", "en": "No relabels yet."},
    # ------------------------------------------------------------ Configurações
    "cfg.title": {"pt-BR": "Configurações", "en": "Settings"},
    "cfg.prefs": {"pt-BR": "Preferências deste espaço de trabalho", "en": "Preferences of this workspace"},
    "cfg.language": {"pt-BR": "Idioma", "en": "Language"},
    "cfg.theme": {"pt-BR": "Tema", "en": "Theme"},
    "cfg.theme.light": {"pt-BR": "Claro", "en": "Light"},
    "cfg.theme.dark": {"pt-BR": "Escuro", "en": "Dark"},
    "cfg.theme.auto": {"pt-BR": "Automático", "en": "Automatic"},
    "cfg.theme.help": {
        "pt-BR": "Automático segue o navegador. Claro/escuro são aplicados às áreas principais da página.",
        "en": "Automatic follows the browser. Light/dark are applied to the main areas of the page.",
    },
    "cfg.palette": {"pt-BR": "Cores das estratégias", "en": "Strategy colours"},
    "cfg.palette.default": {"pt-BR": "Padrão", "en": "Default"},
    "cfg.palette.colorblind": {"pt-BR": "Segura para daltonismo", "en": "Colour-blind safe"},
    "cfg.min_confidence": {"pt-BR": "Confiança mínima padrão", "en": "Default minimum confidence"},
    "cfg.min_confidence.help": {
        "pt-BR": "Detecções abaixo deste valor não são mostradas nem entram em novas análises.",
        "en": "Detections below this value are hidden and left out of new analyses.",
    },
    "cfg.strategies": {"pt-BR": "Estratégias detectadas", "en": "Strategies detected"},
    "cfg.strategies.help": {
        "pt-BR": "Só estas estratégias são procuradas nas novas análises. PRO+ é sempre da pesquisa.",
        "en": "Only these strategies are looked for in new analyses. PRO+ is always the researcher's.",
    },
    "cfg.strategies.empty": {"pt-BR": "Escolha pelo menos uma estratégia.", "en": "Choose at least one strategy."},
    "cfg.save": {"pt-BR": "Salvar preferências", "en": "Save preferences"},
    "cfg.saved": {"pt-BR": "Preferências salvas neste espaço de trabalho.", "en": "Preferences saved in this workspace."},
    "cfg.session_only": {
        "pt-BR": "As preferências valem só nesta sessão (não foram salvas).",
        "en": "The preferences apply to this session only (not saved).",
    },
    "cfg.workspace": {"pt-BR": "Link do espaço de trabalho", "en": "Workspace link"},
    "cfg.workspace.warning": {
        "pt-BR": "Este link é a chave dos seus dados: quem tiver o link vê e altera suas análises. "
                 "Guarde-o (favorito) e compartilhe só com quem deve ter acesso.",
        "en": "This link is the key to your data: anyone with it can see and change your analyses. "
              "Bookmark it and share it only with people who should have access.",
    },
    "cfg.workspace.account": {
        "pt-BR": "Seu espaço de trabalho está ligado à sua conta: basta entrar para reabri-lo.",
        "en": "Your workspace belongs to your account: sign in to reopen it.",
    },
    "cfg.diag": {"pt-BR": "Diagnóstico", "en": "Diagnostics"},
    "cfg.diag.model": {"pt-BR": "Modelo", "en": "Model"},
    "cfg.diag.model.body": {
        "pt-BR": "- Carregado: **{loaded}**\n- Modelo: {name} ({backend})\n- Pedido: `{requested}`\n"
                 "- Tempo de carga: {seconds} s\n- Processos de análise: {workers}",
        "en": "- Loaded: **{loaded}**\n- Model: {name} ({backend})\n- Requested: `{requested}`\n"
              "- Load time: {seconds} s\n- Analysis processes: {workers}",
    },
    "cfg.diag.in_process": {"pt-BR": "nenhum (no processo do servidor)", "en": "none (in the server process)"},
    "cfg.diag.fallback": {
        "pt-BR": "O modelo pedido não carregou; usamos similaridade lexical.",
        "en": "The requested model did not load; lexical similarity is used.",
    },
    "cfg.diag.db": {"pt-BR": "Banco de dados", "en": "Database"},
    "cfg.diag.db.body": {
        "pt-BR": "- Acessível: **{reachable}**\n- Migrações em dia: **{at_head}** (atual `{current}`, "
                 "última `{head}`)\n- Tipo: {backend}",
        "en": "- Reachable: **{reachable}**\n- Migrations up to date: **{at_head}** (current `{current}`, "
              "latest `{head}`)\n- Backend: {backend}",
    },
    "cfg.diag.versions": {"pt-BR": "Versões", "en": "Versions"},
    "cfg.diag.component": {"pt-BR": "Componente", "en": "Component"},
    "cfg.diag.version": {"pt-BR": "Versão", "en": "Version"},
    "cfg.diag.limits": {"pt-BR": "Limites em vigor", "en": "Limits in force"},
    "cfg.diag.limit": {"pt-BR": "Limite", "en": "Limit"},
    "cfg.diag.value": {"pt-BR": "Valor", "en": "Value"},
    "cfg.yes": {"pt-BR": "sim", "en": "yes"},
    "cfg.no": {"pt-BR": "não", "en": "no"},
    "cfg.unknown": {"pt-BR": "não verificado", "en": "not checked"},
    # -------------------------------------------------------------------- Sobre
    "about.title": {"pt-BR": "Sobre o NET-EST", "en": "About NET-EST"},
    "about.intro": {
        "pt-BR": "O NET-EST compara um texto fonte em português com sua versão simplificada (tradução "
                 "intralinguística), alinha as frases e indica onde e como o texto foi simplificado, com "
                 "evidências nos dois textos. A pesquisadora ou o pesquisador confirma, rejeita ou "
                 "reclassifica cada detecção.",
        "en": "NET-EST compares a Portuguese source text with its simplified version (intralingual "
              "translation), aligns the sentences and shows where and how the text was simplified, with "
              "evidence in both texts. The researcher confirms, rejects or relabels each detection.",
    },
    "about.glossary": {"pt-BR": "Glossário das estratégias", "en": "Strategy glossary"},
    "about.col.code": {"pt-BR": "Código", "en": "Code"},
    "about.col.name": {"pt-BR": "Nome", "en": "Name"},
    "about.col.definition": {"pt-BR": "Definição", "en": "Definition"},
    "about.col.example": {"pt-BR": "Exemplo (fonte → simplificado)", "en": "Example (source → simplified)"},
    "about.col.automatic": {"pt-BR": "Detecção", "en": "Detection"},
    "about.auto.yes": {"pt-BR": "automática", "en": "automatic"},
    "about.auto.suggested": {"pt-BR": "sugerida; a pesquisa confirma", "en": "suggested; a researcher confirms"},
    "about.auto.never": {"pt-BR": "só pela pesquisa", "en": "researcher only"},
    "about.model": {"pt-BR": "O modelo", "en": "The model"},
    "about.model.body": {
        "pt-BR": "As frases são comparadas por um modelo de linguagem embutido, **{name}** (`{backend}`), "
                 "que roda no próprio servidor, sem enviar os textos a terceiros. Se o modelo não carregar, "
                 "o NET-EST usa similaridade lexical e avisa.",
        "en": "Sentences are compared by an embedded language model, **{name}** (`{backend}`), which runs on "
              "this server without sending the texts anywhere. If the model cannot load, NET-EST uses "
              "lexical similarity and says so.",
    },
    "about.model.unavailable": {
        "pt-BR": "O modelo não pôde ser carregado agora; as análises usam similaridade lexical.",
        "en": "The model could not be loaded right now; analyses use lexical similarity.",
    },
    "about.accuracy": {"pt-BR": "Exatidão medida", "en": "Measured accuracy"},
    "about.not_measured": {
        "pt-BR": "Exatidão: não medido (o resultado do benchmark não está disponível neste servidor).",
        "en": "Accuracy: not measured (the benchmark results are not available on this server).",
    },
    "about.version": {"pt-BR": "Versão", "en": "Version"},
    "about.version.body": {
        "pt-BR": "Motor de análise NET-EST **{version}** · Streamlit {streamlit}",
        "en": "NET-EST analysis engine **{version}** · Streamlit {streamlit}",
    },
    "about.credits": {"pt-BR": "Créditos e licenças", "en": "Credits and licences"},
    "about.col.what": {"pt-BR": "Recurso", "en": "Resource"},
    "about.col.licence": {"pt-BR": "Licença", "en": "Licence"},
    "about.col.source": {"pt-BR": "Referência", "en": "Reference"},
    # --- Sobre: the accuracy table; ingest notices (pt-BR and en) --------------------------------
    "about.accuracy.source": {
        "pt-BR": "Medido pelos scripts de benchmark (bench/run_all.py → bench/results.json) em {machine}. "
                 "“Desenvolvimento”: dados usados para ajustar o sistema. “Reservada”: dados guardados "
                 "fora do ajuste, que indicam o desempenho em textos novos.",
        "en": "Measured by the benchmark scripts (bench/run_all.py → bench/results.json) on {machine}. "
              "“Development”: data used to tune the system. “Held back”: data kept out of tuning, which "
              "shows how it does on new texts.",
    },
    "about.acc.col.measure": {"pt-BR": "O que foi medido", "en": "What was measured"},
    "about.acc.col.data": {"pt-BR": "Dados", "en": "Data"},
    "about.acc.col.split": {"pt-BR": "Parte", "en": "Part"},
    "about.acc.col.size": {"pt-BR": "Tamanho", "en": "Size"},
    "about.acc.col.origin": {"pt-BR": "Textos", "en": "Texts"},
    "about.acc.col.value": {"pt-BR": "Resultado", "en": "Result"},
    "about.acc.col.when": {"pt-BR": "Medido em", "en": "Measured on"},
    "about.acc.split.development": {"pt-BR": "desenvolvimento", "en": "development"},
    "about.acc.split.validation": {"pt-BR": "validação (anotada sem ver o detector, fora do ajuste)",
                                   "en": "validation (annotated blind to the detector, not used for tuning)"},
    "about.acc.split.held_back": {"pt-BR": "reservada (fora do ajuste)", "en": "held back (not used for tuning)"},
    "about.acc.origin.real": {"pt-BR": "reais", "en": "real"},
    "about.acc.origin.written": {"pt-BR": "escritos para o teste", "en": "written for the purpose"},
    "about.acc.pairs": {"pt-BR": "pares", "en": "pairs"},
    "about.acc.texts": {"pt-BR": "textos", "en": "texts"},
    "about.acc.pair": {"pt-BR": "par", "en": "pair"},
    "about.acc.text": {"pt-BR": "texto", "en": "text"},
    "ingest.notice.pdf_running_removed": {
        "pt-BR": "“{name}”: foram retirados do texto cabeçalhos e rodapés que se repetem nas páginas "
                 "({examples}) e números de página. Confira se nada do texto foi junto.",
        "en": "“{name}”: running headers and footers repeated on the pages ({examples}) and page numbers "
              "were removed from the text. Check that nothing of the text went with them.",
    },
    "ingest.notice.pdf_box_moved": {
        "pt-BR": "“{name}”: {n} quadro(s) ou citação(ões) em destaque que interrompiam uma frase foram "
                 "colocados depois do parágrafo, como parágrafo próprio.",
        "en": "“{name}”: {n} box(es) or pull quote(s) that interrupted a sentence were placed after the "
              "paragraph, as a paragraph of their own.",
    },
    "ingest.notice.pdf_damaged": {
        "pt-BR": "“{name}”: o texto extraído do PDF parece danificado ({pct}% das palavras não são "
                 "reconhecidas, por exemplo “{examples}”). Confira o texto; se possível, envie o .docx ou "
                 ".odt original.",
        "en": "“{name}”: the text extracted from the PDF looks damaged ({pct}% of the words are not "
              "recognised, e.g. “{examples}”). Check the text; if you can, upload the original .docx or .odt.",
    },
}
