"""What the engine writes for people (strategy explanations, notices), in both UI languages.

Why here: the engine is pure and knows no session language, yet everything the project writes
must follow the language the researcher chose. So a detector names a *message* (a key and its
parameters: the quoted texts, counts, Zipf values) and the engine keeps a Portuguese rendering
(``Detection.explanation``) for the CLI, old readers and tests; pages render the message in the
chosen language with :func:`render_message`. Parameters may themselves be messages (``{"key": ...}``),
for the pieces of a sentence that change with the language (a connective's relation, "uma
frase" / "one sentence").

A text a researcher's edit rewrites (a span edited, a code relabelled) is stored in the
annotation's explanation column as an encoded message (:func:`encode_message`); stored plain text (older
analyses, a message without a key) is shown as it is (:func:`localized`).
"""
from __future__ import annotations

import json
import re
from typing import Any

LANGS = ("pt-BR", "en")
DEFAULT = "pt-BR"
#: marks an explanation column value that holds an encoded message rather than plain text
PREFIX = "\u2063msg:"

Message = dict[str, Any]     # {"key": str, "args": {name: str | int | float | Message}}


def _m(pt: str, en: str) -> dict[str, str]:
    return {"pt-BR": pt, "en": en}


CATALOG: dict[str, dict[str, str]] = {
    # DL+
    "dl.moved": _m("«{text}» foi deslocado para outra posição, sem mudança de conteúdo.",
                   "«{text}» was moved to another position, with no change in content."),
    "dl.subject_before_verb": _m(
        "«{text}», sujeito que vinha depois do verbo «{verb}», passou para antes dele.",
        "«{text}», the subject that followed the verb «{verb}», now comes before it."),
    "dl.qualifier_after_noun": _m(
        "«{text}», que vinha antes de «{noun}», passou para depois dessa palavra.",
        "«{text}», which stood before «{noun}», now comes after it."),
    "dl.moved_adjusted": _m(
        "«{text}» foi deslocado para outra posição, onde aparece como «{target}» "
        "(com determinante, intensificador ou pontuação ajustados).",
        "«{text}» was moved to another position, where it reads «{target}» "
        "(with a determiner, intensifier or punctuation adjusted)."),
    "dl.moved_reworded": _m(
        "«{text}» foi deslocado para outra posição, onde aparece como «{target}» "
        "(com uma palavra ou a preposição trocada, acrescentada ou retirada).",
        "«{text}» was moved to another position, where it reads «{target}» "
        "(with one word or the preposition replaced, added or dropped)."),
    "dl.moved_inflected": _m(
        "«{text}» foi deslocado para outra posição, onde aparece como «{target}» "
        "(com a flexão de uma palavra ajustada).",
        "«{text}» was moved to another position, where it reads «{target}» "
        "(with the inflection of a word adjusted)."),
    "dl.moved_number": _m(
        "«{text}» foi deslocado para outra posição, onde o número aparece escrito de outra forma: "
        "«{target}».",
        "«{text}» was moved to another position, where the number is written another way: "
        "«{target}»."),
    # EXP+
    "exp.gloss": _m("Explicação acrescentada para «{term}» (Zipf {zipf}), {how}: «{gloss}».",
                    "Explanation added for «{term}» (Zipf {zipf}), {how}: «{gloss}»."),
    "exp.how.parentheses": _m("entre parênteses", "in parentheses"),
    "exp.how.marker": _m("introduzida por «{marker}»", "introduced by «{marker}»"),
    "exp.how.apposition": _m("em aposto", "as an apposition"),
    "exp.how.relative": _m("em oração relativa explicativa", "in a non-restrictive relative clause"),
    # IN+
    "in.sentence_one": _m(
        "A frase da versão simplificada não tem correspondente no original: conteúdo novo.",
        "The sentence of the simplified version has no counterpart in the original: new content."),
    "in.sentence_many": _m(
        "As {n} frases da versão simplificada não têm correspondente no original: conteúdo novo.",
        "The {n} sentences of the simplified version have no counterpart in the original: new content."),
    "in.clause": _m(
        "O trecho «{text}» foi acrescentado na versão simplificada, sem correspondente no original.",
        "The passage «{text}» was added in the simplified version, with no counterpart in the original."),
    "in.split_piece": _m(
        "A frase «{text}» foi acrescentada na versão simplificada: {new} de {total} palavras de "
        "conteúdo não estão na frase do original.",
        "The sentence «{text}» was added in the simplified version: {new} of {total} content words "
        "are not in the original sentence."),
    # RF+ / RD+ (reported speech)
    "rf.reported_speech.attribution": _m(
        "Discurso reformulado: a atribuição «{attribution}» virou discurso indireto («{reported} que …»).",
        "Speech rephrased: the attribution «{attribution}» became indirect speech («{reported} que …»)."),
    "rf.reported_speech.quote": _m(
        "Discurso reformulado: a fala entre aspas («…», {said}) virou discurso indireto («{reported} que …»).",
        "Speech rephrased: the quoted speech («…», {said}) became indirect speech («{reported} que …»)."),
    "rf.reported_speech.direct": _m(
        "Discurso reformulado: a fala direta entre travessões (— … — {said}) virou discurso indireto («{reported} que …»).",
        "Speech rephrased: the direct speech between dashes (— … — {said}) became indirect speech («{reported} que …»)."),
    "rd.reporting_fronted": _m(
        "Ordem das ideias alterada: a oração de relato «{clause}», que vinha depois da fala, passou para antes dela («{target}»).",
        "Order of ideas changed: the reporting clause «{clause}», which came after the speech, now comes before it («{target}»)."),
    "rd.attribution_fronted": _m(
        "Ordem das ideias alterada: a atribuição «{attribution}», que fechava a frase, virou uma oração de relato antes da fala («{target}»).",
        "Order of ideas changed: the attribution «{attribution}», which closed the sentence, became a reporting clause before the speech («{target}»)."),
    "rd.correlative_reduced": _m(
        "Correlação «{first} … {second}» reduzida: o primeiro «{first}» saiu, e a alternativa ficou marcada só pelo segundo.",
        "Correlation «{first} … {second}» reduced: the first «{first}» went, and the alternative is marked by the second only."),
    "rd.consecutive_undone": _m(
        "Correlação consecutiva desfeita: «{source}» → «{target}»: a relação de consequência ficou implícita.",
        "Consecutive correlation undone: «{source}» → «{target}»: the relation of consequence is left implicit."),
    # MOD+
    "mod.passive_to_active": _m("Voz passiva → ativa: «{passive}» → «{verb}».",
                                "Passive → active voice: «{passive}» → «{verb}»."),
    "mod.active_to_passive": _m("Voz ativa → passiva: «{verb}» → «{passive}».",
                                "Active → passive voice: «{verb}» → «{passive}»."),
    "mod.passive_to_pronominal": _m("Voz passiva analítica → pronominal: «{passive}» → «{verb}».",
                                    "Analytic passive → pronominal (se) passive: «{passive}» → «{verb}»."),
    "mod.pronominal_to_passive": _m("Voz pronominal → passiva analítica: «{verb}» → «{passive}».",
                                    "Pronominal (se) passive → analytic passive: «{verb}» → «{passive}»."),
    "mod.passive_to_active_other_verb": _m(
        "Voz passiva → ativa, com outro verbo: «{passive}» → «{verb}».",
        "Passive → active voice, with another verb: «{passive}» → «{verb}»."),
    "mod.passive_to_indefinite_subject": _m(
        "Voz passiva → ativa, com sujeito indeterminado (3ª pessoa do plural): «{passive}» → «{verb}».",
        "Passive → active voice, with an indefinite subject (3rd person plural): «{passive}» → «{verb}»."),
    "mod.agent_explicit": _m("Agente explicitado: «{participle}» ganhou agente («{agent}»).",
                             "Agent made explicit: «{participle}» gained an agent («{agent}»)."),
    "mod.agent_promoted": _m("Voz passiva → ativa: em «{passive}», o agente da passiva passou a sujeito.",
                             "Passive → active voice: in «{passive}», the agent of the passive became the subject."),
    "mod.pronominal_to_intransitive": _m(
        "Voz pronominal → ativa: «{verb}» → «{new}» («{patient}» passou a sujeito).",
        "Pronominal (se) passive → active: «{verb}» → «{new}» («{patient}» became the subject)."),
    "mod.pronominal_to_active": _m(
        "Voz pronominal → ativa: «{verb}» → «{new}» (o paciente passou a objeto).",
        "Pronominal (se) passive → active: «{verb}» → «{new}» (the patient became the object)."),
    "mod.agent_demoted": _m("Voz ativa → passiva: o sujeito virou agente da passiva («{passive}»).",
                            "Active → passive voice: the subject became the agent of the passive («{passive}»)."),
    "mod.negation_removed": _m("Frase negativa → afirmativa: «{negator}» retirado («{a}» → «{b}»).",
                               "Negative → affirmative sentence: «{negator}» removed («{a}» → «{b}»)."),
    "mod.negation_added": _m("Frase afirmativa → negativa: «{negator}» acrescentado («{a}» → «{b}»).",
                             "Affirmative → negative sentence: «{negator}» added («{a}» → «{b}»)."),
    "mod.prohibition_negated": _m(
        "Frase afirmativa → negativa: a proibição «{a}» virou negação («{b}»).",
        "Affirmative → negative sentence: the prohibition «{a}» became a negation («{b}»)."),
    "mod.negation_prohibition": _m(
        "Frase negativa → afirmativa: a negação «{a}» virou proibição («{b}»).",
        "Negative → affirmative sentence: the negation «{a}» became a prohibition («{b}»)."),
    "mod.viewpoint_turned": _m(
        "Ponto de vista invertido: «{source}» → «{target}» («{subject}», complemento de «{noun}», passou a sujeito de «{verb}»).",
        "Point of view turned round: «{source}» → «{target}» («{subject}», the complement of «{noun}», became the subject of «{verb}»)."),
    "mod.role_frame_turned": _m(
        "Ponto de vista invertido: «{source}» → «{target}» («{subject}», que era o complemento de «ter … como», passou a sujeito).",
        "Point of view turned round: «{source}» → «{target}» («{subject}», the complement of «ter … como», became the subject)."),
    "mod.agent_explicit_other_verb": _m(
        "Agente explicitado: a passiva sem agente «{passive}» virou ativa, com outro verbo e o sujeito «{subject}» («{target}»).",
        "Agent made explicit: the passive without agent «{passive}» became active, with another verb and the subject «{subject}» («{target}»)."),
    "mod.light_passive_agent": _m(
        "Voz passiva → ativa: «{source}» → «{target}» (o agente «{agent}» passou a sujeito de «{verb}», o verbo de «{noun}»).",
        "Passive → active voice: «{source}» → «{target}» (the agent «{agent}» became the subject of «{verb}», the verb of «{noun}»)."),
    "mod.given_thing_received": _m(
        "Ponto de vista invertido: «{participle}» → «{verb}» (quem recebe passou a sujeito).",
        "Point of view turned round: «{participle}» → «{verb}» (the receiver became the subject)."),
    "mod.recipient_made_subject": _m(
        "Ponto de vista invertido: «{source}» → «{target}» (quem recebe, «{recipient}», passou a sujeito).",
        "Point of view turned round: «{source}» → «{target}» (the recipient, «{recipient}», became the subject)."),
    "mod.agent_of_noun": _m(
        "Agente explicitado: «{participle}», sem agente, → «{target}» (o verbo de «{noun}» com sujeito).",
        "Agent made explicit: «{participle}», with no agent, → «{target}» (the verb of «{noun}» with a subject)."),
    "mod.impersonal_given_subject": _m(
        "Agente explicitado: a forma impessoal «{verb}» ganhou sujeito («{target}»).",
        "Agent made explicit: the impersonal form «{verb}» gained a subject («{target}»)."),
    "mod.quality_to_negation": _m(
        "Polaridade invertida: a qualidade «{word}» foi dita pela negação «{negated}».",
        "Polarity turned round: the quality «{word}» is said through the negation «{negated}»."),
    "mod.negation_to_quality": _m(
        "Polaridade invertida: a negação «{negated}» foi dita pela qualidade «{word}».",
        "Polarity turned round: the negation «{negated}» is said through the quality «{word}»."),
    # MT+
    "mt.title": _m("Título alterado: «{source}» → «{target}».", "Heading changed: «{source}» → «{target}»."),
    # OM+
    "om.sentence_one": _m(
        "A frase do original não tem correspondente na versão simplificada "
        "(sugestão: confirme se o conteúdo foi mesmo omitido).",
        "The sentence of the original has no counterpart in the simplified version "
        "(suggestion: check that the content was really omitted)."),
    "om.sentence_many": _m(
        "As {n} frases do original não têm correspondente na versão simplificada "
        "(sugestão: confirme se o conteúdo foi mesmo omitido).",
        "The {n} sentences of the original have no counterpart in the simplified version "
        "(suggestion: check that the content was really omitted)."),
    "om.clause": _m(
        "O trecho «{text}» do original não aparece na versão simplificada "
        "(sugestão: confirme se a informação foi omitida).",
        "The passage «{text}» of the original does not appear in the simplified version "
        "(suggestion: check that the information was omitted)."),
    # RD+
    "rd.connective_replaced": _m("Conector substituído: «{source}» → «{target}» ({relation}).",
                                 "Connective replaced: «{source}» → «{target}» ({relation})."),
    "rd.same_relation": _m("mesma relação {label}", "same {label} relation"),
    "rd.relation_changed": _m("relação {label} → {new_label}", "{label} → {new_label} relation"),
    "rd.connective_removed": _m(
        "Conector «{form}» retirado: a relação {label} entre as ideias ficou implícita.",
        "Connective «{form}» removed: the {label} relation between the ideas became implicit."),
    "rd.substitution_negated": _m(
        "Conector «{form}» retirado: a substituição passou a ser dita pela negação «{target}».",
        "Connective «{form}» removed: the substitution is now said by the negation «{target}»."),
    "rd.corrective_reduced": _m(
        "Correção «não …, {form} …» reduzida à sua segunda parte: a negação e o conector «{form}» saíram, e o contraste deixou de ser feito.",
        "Correction «não …, {form} …» reduced to its second half: the negation and the connective «{form}» went, and the contrast is no longer drawn."),
    "rd.connective_added": _m(
        "Conector «{form}» acrescentado: a relação {label}, antes implícita, ficou explícita.",
        "Connective «{form}» added: the {label} relation, implicit before, became explicit."),
    "rd.cause_verb_to_connective": _m(
        "Relação causal dita de outro modo: o verbo «{verb}», que nomeava a causa, deu lugar ao "
        "conector «{form}».",
        "Causal relation said another way: the verb «{verb}», which named the cause, gave way to "
        "the connective «{form}»."),
    "rd.opening_put_after": _m(
        "Ordem das ideias alterada: «{text}», que abria a frase antes da oração principal, passou para depois dela («{target}»).",
        "Order of ideas changed: «{text}», which opened the sentence before the main clause, now comes after it («{target}»)."),
    "rd.cause_put_first": _m(
        "Ordem das ideias alterada: a causa «{text}», que vinha depois da consequência, passou para antes dela («{target}»).",
        "Order of ideas changed: the cause «{text}», which followed its consequence, now comes before it («{target}»)."),
    "rd.earlier_put_first": _m(
        "Ordem das ideias alterada: a oração «{text}», que vinha depois da oração principal, passou para antes dela («{target}»).",
        "Order of ideas changed: the clause «{text}», which followed its main clause, now comes before it («{target}»)."),
    "rd.absolute_clause_split_off": _m(
        "Relação implícita: a oração reduzida aberta por «{participle}», que se ligava à oração principal, virou frase própria («{target}»).",
        "Relation left implicit: the reduced clause opened by «{participle}», which was linked to the main clause, became a sentence of its own («{target}»)."),
    "rd.clause_moved": _m("Ordem das orações alterada: «{text}» mudou de posição no período.",
                          "Clause order changed: «{text}» moved within the sentence."),
    "rd.sentences_reordered": _m(
        "Ordem das frases alterada: {ids} aparecem em outra ordem na versão simplificada.",
        "Sentence order changed: {ids} appear in another order in the simplified version."),
    "rd.sentence_reappears": _m(
        "Ordem das frases alterada: o conteúdo de {ids} reaparece em outra posição na versão simplificada.",
        "Sentence order changed: the content of {ids} reappears in another position in the simplified version."),
    "rd.sentence_moved": _m(
        "Ordem das frases alterada: o conteúdo de {ids} aparece em outra posição na versão simplificada.",
        "Sentence order changed: the content of {ids} appears in another position in the simplified version."),
    "rel.adversative": _m("adversativa", "adversative"),
    "rel.concessive": _m("concessiva", "concessive"),
    "rel.causal": _m("causal", "causal"),
    "rel.conclusive": _m("conclusiva", "conclusive"),
    "rel.additive": _m("aditiva", "additive"),
    "rel.temporal": _m("temporal", "temporal"),
    "rel.explicative": _m("explicativa", "explicative"),
    "rel.conditional": _m("condicional", "conditional"),
    "rel.final": _m("final", "purpose"),
    "rel.comparative": _m("comparativa", "comparative"),
    "rel.alternative": _m("alternativa", "alternative"),
    # RF+
    "rf.expression": _m("Expressão reformulada como um todo: «{source}» → «{target}», no mesmo lugar da frase.",
                        "Expression rephrased as a whole: «{source}» → «{target}», in the same place in the sentence."),
    "rf.countdown": _m(
        "Expressão reformulada como um todo: a distância no tempo «{source}» virou uma oração com «faltar», «{target}».",
        "Expression reworded as a whole: the distance in time «{source}» became a clause with «faltar», «{target}»."),
    "rf.nominalised": _m(
        "Oração reformulada: «{source}» virou «{target}», da mesma família, e o verbo principal "
        "«{verb}» não está mais na frase.",
        "Clause rephrased: «{source}» became «{target}», of the same family, and the main verb "
        "«{verb}» is no longer in the sentence."),
    "rf.reframed.into_subject": _m(
        "Oração reconstruída em torno de outro verbo («{source_verb}» → «{target_verb}»): "
        "«{word}» passou a fazer parte do sujeito, com o mesmo sentido (semelhança {similarity}%).",
        "Clause rebuilt around another verb («{source_verb}» → «{target_verb}»): «{word}» became "
        "part of the subject, with the same meaning (similarity {similarity}%)."),
    "rf.reframed.same_verb": _m(
        "Oração reconstruída em torno do mesmo verbo («{source_verb}» → «{target_verb}»): "
        "«{word}» passou a fazer parte do sujeito e «{noun}» deixou de fazer, com o mesmo sentido "
        "(semelhança {similarity}%).",
        "Clause rebuilt around the same verb («{source_verb}» → «{target_verb}»): «{word}» became "
        "part of the subject and «{noun}» is no longer part of it, with the same meaning "
        "(similarity {similarity}%)."),
    "rf.reframed.out_of_subject": _m(
        "Oração reconstruída em torno de outro verbo («{source_verb}» → «{target_verb}»): "
        "«{word}» deixou de fazer parte do sujeito, com o mesmo sentido (semelhança {similarity}%).",
        "Clause rebuilt around another verb («{source_verb}» → «{target_verb}»): «{word}» is no "
        "longer part of the subject, with the same meaning (similarity {similarity}%)."),
    "rf.reframed.complement_to_subject": _m(
        "Oração reconstruída em torno de outro verbo («{source_verb}» → «{target_verb}»): "
        "«{word}», antes complemento de «{noun}», passou a ser o núcleo do sujeito, com o mesmo "
        "sentido (semelhança {similarity}%).",
        "Clause rebuilt around another verb («{source_verb}» → «{target_verb}»): «{word}», "
        "before a complement of «{noun}», became the head of the subject, with the same meaning "
        "(similarity {similarity}%)."),
    "rf.reframed.subject_to_complement": _m(
        "Oração reconstruída em torno de outro verbo («{source_verb}» → «{target_verb}»): "
        "«{word}», antes o núcleo do sujeito, passou a complemento de «{noun}», com o mesmo "
        "sentido (semelhança {similarity}%).",
        "Clause rebuilt around another verb («{source_verb}» → «{target_verb}»): «{word}», "
        "before the head of the subject, became a complement of «{noun}», with the same meaning "
        "(similarity {similarity}%)."),
    "rf.clause_absorbed": _m(
        "Estrutura da frase refeita: a oração «{clause}» saiu, e «{subject}», o sujeito dela, "
        "passou a ser o sujeito de «{verb}».",
        "Sentence frame rebuilt: the clause «{clause}» is gone, and «{subject}», its subject, "
        "became the subject of «{verb}»."),
    "rf.raising.undone": _m(
        "Estrutura da frase refeita: em vez de «{raised} …», a frase abre com «{opener}», e "
        "«{word}» passou para dentro da oração com «que».",
        "Sentence frame rebuilt: instead of «{raised} …», the sentence opens with «{opener}», and "
        "«{word}» moved into the «que» clause."),
    "rf.raising.made": _m(
        "Estrutura da frase refeita: em vez de «{opener} …», «{word}» passou a ser o sujeito de "
        "«{verb}».",
        "Sentence frame rebuilt: instead of «{opener} …», «{word}» became the subject of «{verb}»."),
    "rf.noun_clause_reported": _m(
        "Discurso reformulado: «{source} …» virou discurso indireto com sujeito próprio "
        "(«{reported} …»).",
        "Speech reworded: «{source} …» became reported speech with its own subject "
        "(«{reported} …»)."),
    "rf.object_told_as_clause": _m(
        "Nominalização desfeita: o objeto de «{verb}», «{object}», virou a oração «{clause}», "
        "com sujeito próprio.",
        "Nominalisation undone: the object of «{verb}», «{object}», became the clause «{clause}», "
        "with its own subject."),
    "rf.purpose_made_clause": _m(
        "Finalidade contada como fato: «{purpose}» virou uma frase com sujeito próprio, "
        "«{subject}» + «{verb}».",
        "Purpose told as a fact: «{purpose}» became a sentence with its own subject, "
        "«{subject}» + «{verb}»."),
    "rf.existential_dropped": _m(
        "Estrutura da frase refeita: em vez de «{verb} {noun}, que …», «{head}» passou a ser o "
        "sujeito de «{target}».",
        "Sentence frame rebuilt: instead of «{verb} {noun}, que …», «{head}» became the subject "
        "of «{target}»."),
    "rf.verbalised": _m(
        "Nominalização desfeita: o substantivo «{source}» virou «{target}», o verbo principal de "
        "uma frase com sujeito próprio.",
        "Nominalisation undone: the noun «{source}» became «{target}», the main verb of a "
        "sentence with its own subject."),
    "rf.verbalised.verb": _m(
        "Nominalização desfeita: o substantivo «{source}» virou «{target}», verbo de uma oração "
        "com sujeito próprio («{subject}»).",
        "Nominalisation undone: the noun «{source}» became «{target}», the verb of a clause with "
        "its own subject («{subject}»)."),
    "rf.verbalised.adjective": _m(
        "Nominalização desfeita: o substantivo «{source}» virou o adjetivo «{target}», predicado "
        "de uma oração com sujeito próprio («{subject}»).",
        "Nominalisation undone: the noun «{source}» became the adjective «{target}», the "
        "predicate of a clause with its own subject («{subject}»)."),
    "rf.adjectivised": _m(
        "Oração reconstruída: o verbo principal «{source}» virou o adjetivo «{target}», da mesma "
        "família, e outro verbo («{verb}») ocupa o seu lugar.",
        "Clause rebuilt: the main verb «{source}» became the adjective «{target}», of the same "
        "family, and another verb («{verb}») took its place."),
    "rf.passive_nominalised": _m(
        "Oração nominalizada: a oração passiva de «{source}», com o agente «{agent}», virou o "
        "substantivo «{target}», que mantém «{agent}» como complemento.",
        "Clause nominalised: the passive clause of «{source}», with the agent «{agent}», became "
        "the noun «{target}», which keeps «{agent}» as its complement."),
    "rf.verb_made_gerund": _m(
        "Oração reconstruída: o verbo «{source}» virou o gerúndio «{target}», e outro verbo "
        "(«{verb}») ocupa o seu lugar.",
        "Clause rebuilt: the verb «{source}» became the gerund «{target}», and another verb "
        "(«{verb}») took its place."),
    "rf.noun_clause_made_subject": _m(
        "Estrutura da frase refeita: «{source}» virou o sujeito de «{target}», com a mesma "
        "oração depois de «que».",
        "Sentence frame rebuilt: «{source}» became the subject of «{target}», with the same "
        "clause after «que»."),
    "rf.comitative_joined": _m(
        "Sujeito refeito: «{companion}», que vinha depois de «com», passou a fazer parte do sujeito "
        "«{subject}» de «{verb}».",
        "Subject rebuilt: «{companion}», which followed «com», became part of the subject "
        "«{subject}» of «{verb}»."),
    # no longer given (round 54: a cleft told directly is uncoded); kept so that analyses saved
    # before still show their explanation in either language
    "rf.cleft_undone": _m(
        "Construção clivada desfeita: «{source}» virou a oração direta «{target}».",
        "Cleft construction undone: «{source}» became the plain clause «{target}»."),
    # no longer given (round 54: the sides of "ser" traded are DL+); kept for analyses saved before
    "rf.copula_swapped": _m(
        "Sujeito trocado: os dois lados de «{verb}» trocaram de lugar; «{subject}» deixou de ser o "
        "sujeito e «{new_subject}» passou a sê-lo, com o mesmo sentido (semelhança {similarity}%).",
        "Subject changed: the two sides of «{verb}» traded places; «{subject}» is no longer the "
        "subject and «{new_subject}» is, with the same meaning (similarity {similarity}%)."),
    "rf.restructured": _m(
        "Frase reconstruída: as mesmas palavras de conteúdo aparecem em outra ordem "
        "({inverted}% dos pares trocaram de posição, {blocks} trechos deslocados), com o mesmo "
        "sentido (semelhança {similarity}%).",
        "Sentence rebuilt: the same content words appear in another order ({inverted}% of the "
        "pairs changed places, {blocks} stretches moved), with the same meaning (similarity "
        "{similarity}%)."),
    "rf.sentence": _m(
        "Mesma ideia com redação bem diferente: semelhança de sentido {similarity}% "
        "e {rewording}% da redação alterada.",
        "Same idea in very different wording: meaning similarity {similarity}% "
        "and {rewording}% of the wording changed."),
    # RP+
    "rp.split": _m("Período dividido: {ns} do original virou {nt} na versão simplificada.",
                   "Sentence split: {ns} of the original became {nt} in the simplified version."),
    "rp.merge": _m("Períodos unidos: {ns} do original viraram {nt} na versão simplificada.",
                   "Sentences merged: {ns} of the original became {nt} in the simplified version."),
    "rp.many": _m("Períodos reorganizados: {ns} do original correspondem a {nt} na versão simplificada.",
                  "Sentences reorganised: {ns} of the original correspond to {nt} in the simplified version."),
    "rp.n_one": _m("uma frase", "one sentence"),
    "rp.n_many": _m("{n} frases", "{n} sentences"),
    # SL+
    "sl.slot": _m("«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), no mesmo lugar da frase: termo mais frequente.",
                  "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), in the same place in the sentence: "
                  "a more frequent term."),
    # a plain synonym only a little more frequent (sl._plain_synonym): the other evidence said
    "sl.slot_close": _m("«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), no mesmo lugar da frase: sinônimo um "
                        "pouco mais frequente, e «{source}» não aparece mais no texto simplificado.",
                        "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), in the same place in the sentence: a "
                        "slightly more frequent synonym, and «{source}» no longer appears in the simplified text."),
    # a verb that changed sides of the phrase it goes with (sl._verb_across_its_subject)
    "sl.verb_across": _m("«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), o verbo da mesma oração, que passou "
                         "para o outro lado da expressão ligada a ele: termo mais frequente.",
                         "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), the verb of the same clause, now on the "
                         "other side of the phrase it goes with: a more frequent term."),
    # paired by the items of two corresponding lists (analysis.strategies.sl_lists)
    "sl.list": _m("«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), no mesmo item da lista: termo mais frequente.",
                  "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), in the same item of the list: "
                  "a more frequent term."),
    # the source side is a multi-word expression whose Zipf is estimated as wordfreq estimates a
    # multi-token word (no count of the whole expression exists): the message says so
    "sl.slot_estimated": _m(
        "«{source}» (Zipf {zs}, estimado para a expressão inteira) → «{target}» (Zipf {zt}), no mesmo lugar "
        "da frase: termo mais frequente.",
        "«{source}» (Zipf {zs}, estimated for the whole expression) → «{target}» (Zipf {zt}), in the same "
        "place in the sentence: a more frequent term."),
    "sl.voice": _m("«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}): a passiva virou ativa com outro verbo, "
                   "termo mais frequente.",
                   "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}): the passive became active with another "
                   "verb, a more frequent term."),
    "sl.description": _m(
        "«{source}» (Zipf {zs}) → «{target}», no mesmo lugar da frase: uma descrição do termo em palavras "
        "todas mais frequentes que ele (a mais rara, «{rare}», Zipf {zt}; «{head}», Zipf {zh}).",
        "«{source}» (Zipf {zs}) → «{target}», in the same place in the sentence: a description of the term "
        "in words all more frequent than it (the rarest, «{rare}», Zipf {zt}; «{head}», Zipf {zh})."),
    "sl.negative_described": _m(
        "«{source}» (Zipf {zs}) → «{target}», no mesmo lugar da frase: o prefixo negativo virou «não» e o "
        "resto foi dito em palavras mais frequentes (a mais rara com Zipf {zt}); o sentido continua negativo.",
        "«{source}» (Zipf {zs}) → «{target}», in the same place in the sentence: the negative prefix became "
        "«não» and the rest was said in more frequent words (the rarest at Zipf {zt}); the meaning stays "
        "negative."),
    "sl.expansion": _m("A sigla «{source}» foi substituída pelo nome por extenso «{target}».",
                       "The acronym «{source}» was replaced by its full form «{target}»."),
    "sl.foreign": _m(
        "O estrangeirismo «{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), palavra portuguesa "
        "no mesmo lugar da frase.",
        "The loanword «{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), a Portuguese word in the "
        "same place in the sentence."),
    "sl.negative_prefix": _m(
        "«{source}» → «{target}»: o prefixo negativo foi escrito por extenso, com uma negação "
        "(«não», «sem», «falta de», «ausência de») antes da palavra sem o prefixo; mesmo sentido em "
        "palavras mais simples.",
        "«{source}» → «{target}»: the negative prefix was written out as a negation («não», «sem», "
        "«falta de», «ausência de») before the word without it; the same meaning in plainer words."),
    "sl.gloss": _m(
        "«{source}» → «{target}»: o termo explicado entre parênteses no original foi substituído "
        "pela própria explicação.",
        "«{source}» → «{target}»: the term glossed in brackets in the original was replaced by "
        "the gloss itself."),
    "sl.intensifier": _m(
        "«{source}» → «{target}»: o advérbio de intensidade foi trocado pelo mais comum, diante da mesma palavra.",
        "«{source}» → «{target}»: the adverb of degree was replaced by the more common one, before the same word."),
    "sl.superlative": _m(
        "«{source}» → «{target}»: o superlativo sintético foi dito com um advérbio de intensidade "
        "diante da palavra simples, forma mais comum do mesmo grau.",
        "«{source}» → «{target}»: the synthetic superlative was said with an adverb of degree before "
        "the plain word, the more common form of the same degree."),
    "sl.preposition": _m(
        "«{source}» → «{target}»: a preposição de uso formal foi trocada pela locução mais comum "
        "que diz o mesmo, diante do mesmo complemento.",
        "«{source}» → «{target}»: the formal preposition was replaced by the more common phrase "
        "that says the same, before the same complement."),
    "sl.attribution": _m(
        "«{source}» → «{target}»: a atribuição ao mesmo autor ficou explícita, em palavras de "
        "sentido único (a preposição podia ser lida de outro modo).",
        "«{source}» → «{target}»: the attribution to the same author was made explicit, in "
        "unambiguous words (the preposition could be read otherwise)."),
    "sl.paraphrase": _m(
        "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), correspondentes em sentido na reformulação: "
        "termo mais frequente.",
        "«{source}» (Zipf {zs}) → «{target}» (Zipf {zt}), matched in meaning within the rephrasing: "
        "a more frequent term."),
    # a researcher's edit (issue 11 item 18)
    "review.span_edited": _m("Trecho ajustado por um pesquisador: {quotes}.",
                             "Span adjusted by a researcher: {quotes}."),
    "review.relabelled": _m("Reclassificado por um pesquisador: {old} → {new}.",
                            "Relabelled by a researcher: {old} → {new}."),
    "review.side.source": _m("no original «{text}»", "in the original «{text}»"),
    "review.side.target": _m("na versão simplificada «{text}»", "in the simplified version «{text}»"),
    # a group a researcher set in the Alinhamento view (issue 15): the evidence names who grouped
    "realign.group_by_researcher": _m(
        "{text} O agrupamento destas frases foi definido por um pesquisador na correção do alinhamento.",
        "{text} The grouping of these sentences was set by a researcher in the alignment correction."),
    "review.and": _m(" e ", " and "),
    # notices on the pair (analysis.ingest.checks, pipeline)
    "side.fonte": _m("fonte", "source"),
    "side.simplificado": _m("simplificado", "simplified"),
    "notice.identical": _m("Os dois textos são idênticos: não há simplificação a analisar.",
                           "The two texts are identical: there is no simplification to analyse."),
    "notice.size_mismatch": _m(
        "Os textos têm tamanhos muito diferentes ({n_src} palavras no fonte, {n_tgt} no simplificado): "
        "confira se formam um par.",
        "The texts differ greatly in length ({n_src} words in the source, {n_tgt} in the simplified "
        "text): check that they are a pair."),
    "notice.not_portuguese": _m(
        "O texto {side} não parece estar em português: os resultados podem não fazer sentido.",
        "The {side} text does not look like Portuguese: the results may make no sense."),
    "notice.long_unpunctuated": _m(
        "O texto {side} tem um trecho de {n} palavras sem pontuação final: a divisão em frases pode "
        "ficar imprecisa.",
        "The {side} text has a stretch of {n} words without final punctuation: the sentence split may "
        "be imprecise."),
    "notice.unreadable_chars": _m(
        "O texto {side} contém caracteres ilegíveis (�): confira a codificação do arquivo original.",
        "The {side} text contains unreadable characters (�): check the original file's encoding."),
    "model.unknown": _m("O modelo '{model}' não é reconhecido (opções: {options}); usando similaridade lexical.",
                        "The model '{model}' is not recognised (options: {options}); using lexical similarity."),
    "model.load_failed": _m("O modelo '{model}' não pôde ser carregado{why}; usando similaridade lexical.",
                            "The model '{model}' could not be loaded{why}; using lexical similarity."),
    "model.encode_failed": _m("O modelo '{model}' falhou ao processar estes textos{why}; usando similaridade lexical.",
                              "The model '{model}' failed on these texts{why}; using lexical similarity."),
    # the progress callback's stage names (the engine reports them in Portuguese)
    "stage.Verificando os textos": _m("Verificando os textos", "Checking the texts"),
    "stage.Segmentando em parágrafos e frases": _m("Segmentando em parágrafos e frases",
                                                   "Splitting into paragraphs and sentences"),
    "stage.Carregando o modelo": _m("Carregando o modelo", "Loading the model"),
    "stage.Alinhando as frases": _m("Alinhando as frases", "Aligning the sentences"),
    "stage.Detectando estratégias": _m("Detectando estratégias", "Detecting strategies"),
    "stage.Calculando a legibilidade": _m("Calculando a legibilidade", "Computing readability"),
    "stage.Analisando (processo do motor)": _m("Analisando (processo do motor)", "Analysing (engine process)"),
    "stage.Pronto": _m("Pronto", "Done"),
    # a corpus run's progress (services.corpus_run)
    "corpus.progress.already": _m("{done} de {total} pares já analisados", "{done} of {total} pairs already analysed"),
    "corpus.progress.pair": _m("Analisando «{name}» ({n} de {total})", "Analysing «{name}» ({n} of {total})"),
    "corpus.progress.done": _m("Concluído", "Done"),
    "corpus.progress.pending": _m("{n} pares pendentes", "{n} pairs pending"),
    # input a researcher must fix (analysis.ingest.checks)
    "input.empty_text": _m("O texto {side} está vazio.", "The {side} text is empty."),
    "input.too_many_chars": _m("O texto {side} tem {n} caracteres; o limite é {limit}. Divida o texto em partes menores.",
                               "The {side} text has {n} characters; the limit is {limit}. Split the text into "
                               "smaller parts."),
    "input.too_many_words": _m("O texto {side} tem {n} palavras; o limite é {limit}. Divida o texto em partes menores.",
                               "The {side} text has {n} words; the limit is {limit}. Split the text into smaller parts."),
    # files a researcher uploads
    "input.kind.document": _m("documento", "document"),
    "input.kind.docx": _m("documento .docx", ".docx document"),
    "input.kind.odt": _m("documento .odt", ".odt document"),
    "input.corrupt_file": _m(
        "Não foi possível abrir o arquivo “{name}”: o {kind} parece estar corrompido ou incompleto. "
        "Abra-o no editor, salve novamente e tente de novo.",
        "The file “{name}” could not be opened: the {kind} seems damaged or incomplete. "
        "Open it in its editor, save it again and try again."),
    "input.decompression_bomb": _m(
        "O arquivo “{name}” descompactado passaria de {limit} MB e foi recusado por segurança.",
        "Uncompressed, the file “{name}” would exceed {limit} MB; it was refused for safety."),
    "input.pdf_corrupt": _m(
        "Não foi possível abrir o PDF “{name}”: o arquivo parece estar corrompido ou incompleto.",
        "The PDF “{name}” could not be opened: the file seems damaged or incomplete."),
    "input.pdf_encrypted": _m(
        "O PDF “{name}” está protegido por senha. Remova a proteção e envie novamente.",
        "The PDF “{name}” is password-protected. Remove the protection and upload it again."),
    "input.pdf_unreadable": _m(
        "Não foi possível extrair o texto do PDF “{name}”: o arquivo parece estar corrompido.",
        "The text of the PDF “{name}” could not be extracted: the file seems damaged."),
    "input.pdf_scanned": _m(
        "O PDF “{name}” não tem camada de texto: parece ser digitalizado (imagem). "
        "É preciso passar um OCR no arquivo ou enviar o texto em outro formato.",
        "The PDF “{name}” has no text layer: it seems to be scanned (an image). "
        "Run OCR on it or send the text in another format."),
    "input.binary_file": _m(
        "O arquivo “{name}” não parece conter texto (conteúdo binário). "
        "Envie um .txt em texto simples ou use o formato original (.docx, .odt, .pdf).",
        "The file “{name}” does not seem to contain text (binary content). "
        "Send a plain-text .txt or the original format (.docx, .odt, .pdf)."),
    "input.bad_encoding": _m(
        "Não foi possível ler o arquivo “{name}”: a codificação ({encoding}) está danificada. "
        "Salve-o novamente como UTF-8.",
        "The file “{name}” could not be read: its encoding ({encoding}) is damaged. "
        "Save it again as UTF-8."),
    "input.unsupported_format": _m(
        "O formato do arquivo “{name}” não é aceito. Envie um arquivo .txt, .md, .docx, .odt ou .pdf.",
        "The format of the file “{name}” is not accepted. Send a .txt, .md, .docx, .odt or .pdf file."),
    "input.file_too_large": _m(
        "O arquivo “{name}” tem {size} MB; o limite é {limit} MB.",
        "The file “{name}” is {size} MB; the limit is {limit} MB."),
    "notice.failed_checks": _m("Algumas verificações falharam e foram ignoradas: {codes}.",
                               "Some checks failed and were skipped: {codes}."),
}


def msg(key: str, **args: Any) -> Message:
    """A message: ``key`` in :data:`CATALOG` with its parameters."""
    return {"key": key, "args": args}


def _fmt_number(value: int | float, lang: str) -> str:
    if isinstance(value, int):
        text = f"{value:,}"
        return text.replace(",", ".") if lang == DEFAULT else text
    text = f"{value:,.1f}"
    if lang == DEFAULT:   # 1,234.5 -> 1.234,5
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _arg(value: Any, lang: str) -> str:
    if isinstance(value, dict) and "key" in value:
        return render_message(value, lang)
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | float):
        return _fmt_number(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(_arg(v, lang) for v in value)
    return str(value)


def render_message(message: Message | None, lang: str = DEFAULT) -> str:
    """``message`` in ``lang`` (Portuguese when the language or key is unknown); "" for none."""
    if not message or "key" not in message:
        return ""
    entry = CATALOG.get(message["key"])
    if entry is None:
        return str(message.get("text") or message["key"])
    template = entry.get(lang) or entry[DEFAULT]
    args = {k: _arg(v, lang) for k, v in (message.get("args") or {}).items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


_MODEL_NOTICE = re.compile(r"^O modelo '(?P<model>[^']*)' (?P<what>falhou ao processar estes textos|"
                           r"não pôde ser carregado|não é reconhecido)(?P<why> \([^)]*\))?")


def model_notice_message(notice: str) -> Message:
    """The model's Portuguese fallback notice (``models`` is a leaf and writes Portuguese) as a
    message; text that does not match a known notice is kept as it is."""
    m = _MODEL_NOTICE.match(notice)
    if m is None:
        return {"key": "", "text": notice}
    if m["what"] == "não é reconhecido":
        return msg("model.unknown", model=m["model"], options=(m["why"] or "").strip(" ()").removeprefix("opções: "))
    key = "model.encode_failed" if m["what"].startswith("falhou") else "model.load_failed"
    return msg(key, model=m["model"], why=m["why"] or "")


def stage_text(stage: str, lang: str = DEFAULT) -> str:
    """A progress stage name (as the engine reports it) in ``lang``; unknown names as they are."""
    entry = CATALOG.get(f"stage.{stage}")
    return (entry.get(lang) or stage) if entry else stage


def encode_message(message: Message) -> str:
    """``message`` as text for a plain string column (decoded by :func:`localized`)."""
    return PREFIX + json.dumps(message, ensure_ascii=False, sort_keys=True)


def decode_message(text: str | None) -> Message | None:
    """The message inside an :func:`encode_message` string, None for plain text."""
    if not text or not text.startswith(PREFIX):
        return None
    try:
        m = json.loads(text[len(PREFIX):])
    except ValueError:
        return None
    return m if isinstance(m, dict) and "key" in m else None


def localized(text: str | None, lang: str = DEFAULT, message: Message | None = None) -> str:
    """What to show for a stored explanation or notice in ``lang``.

    ``text`` is what the store holds: an encoded message (a researcher's edit), or plain text.
    ``message`` is the engine's message for that plain text, when the result carries one and the
    text is still the engine's rendering; plain text without a message is shown as it is."""
    inner = decode_message(text)
    if inner is not None:
        return render_message(inner, lang)
    if message and message.get("key") in CATALOG:
        return render_message(message, lang)
    return text or ""


__all__ = ["CATALOG", "PREFIX", "Message", "decode_message", "encode_message", "localized", "model_notice_message", "msg",
           "render_message", "stage_text"]
