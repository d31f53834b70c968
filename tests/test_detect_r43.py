"""Round 43: misreadings found on fresh news texts, leaflets, laws made plain, textbook passages
and essays, judged blind (bench/data/probes.jsonl, ``[r43]``); the sentences here were written
for the purpose (the round's own texts or shortened versions of them), no corpus text. Each rule
is read twice: the right reading with it, the misreading back with the rule patched out, so
every test can fail.

* "até que" + a finite clause said as "até" + a personal infinitive with its subject before
  it ("até as chuvas voltarem") keeps the link: no connective dropped.
* "Diante de" + a noun ("Diante da confirmação, …") tells what led to the main clause: a
  "Por causa disso" in its place replaced it, it did not make an implicit cause explicit.
* "Na realidade" is the explicative "na verdade".
* A target noun that opens a longer replacement where a noun opened the source side too
  ("a tarifa … passará" → "a passagem … vai subir") renders that noun, not the verb of its
  family.
* A regular participle whose verb is in use is a passive's verb even where the lemmatiser
  gives its adjective ("não terem sido consultadas").
* A singular action noun ("A infecção") is never said by "a pessoa", nor is a verb's object
  ("adquiriram o produto") by "a pessoa" as the subject of a verb.
* A noun and its adjective that swapped sides while both were replaced ("alternativa viável"
  → "boa saída") pair noun to noun, or not at all: never across.
* "fazer mal" is one verb ("prejudicar" → "fazer mal").
* A verb for a verb that gains a complement with its article ("é transmitida" → "passa para
  as pessoas") is the verb alone; the verb of a relative clause only frames the word a noun
  became ("do interior" → "que existe dentro").
* A word right after a preposition is no finite verb ("por causa de"), and a noun a
  demonstrative takes up after it stood as a complement ("por causa de bactérias. Essas
  bactérias fazem …") is no agent made subject.
* A participle with its auxiliary ("foi provocada por um incêndio") against a verb that keeps
  the cause after it ("começou com um incêndio") is a clause turned round; against a participle
  or a verb after "ser" ("é dado por flores") it is a passive still, and pairs.
* "deixar de" + infinitive said as "não" + the verb keeps the polarity ("deixam de denunciar"
  → "não denunciam"): no MOD+.
* "…, o que torna" / "…, razão pela qual" after a comma stands behind a conclusive connective
  across a split like an unambiguous form; of several new connectives, one of the lost
  relation claims it first ("o que provoca" → "Por isso", not "Por causa dessa").
* A preposition contracted with a plural demonstrative ("desses", "nessas") still closes a
  connective ("Diante desses sintomas").
"""
from __future__ import annotations

from analysis.lexicon import connectives
from analysis.strategies import mod, rd, rf, sl
from tests.rule_cases import both_ways, no_connectives
from tests.test_strategies import analyzed_pairs

_WATER = ("Segundo a empresa, os moradores das áreas afetadas ficarão sem água durante dois dias por semana "
          "até que as chuvas retornem. A medida foi criticada por associações de bairro, que alegam não terem "
          "sido consultadas previamente.",
          "A empresa diz que os moradores dessas áreas vão ficar sem água dois dias por semana. O corte vai "
          "durar até as chuvas voltarem. As associações de bairro não gostaram da medida. Elas dizem que "
          "ninguém perguntou a opinião delas antes.")
_MEASLES = ("O paciente, uma criança de dois anos que não havia sido vacinada, está internado em estado estável. "
            "Diante da confirmação, a secretaria municipal intensificou a vacinação nas escolas e creches da "
            "região, onde residem cerca de 40 mil crianças.",
            "O doente é uma criança de dois anos que não tomou a vacina. Ela está no hospital, mas está bem. Por "
            "causa disso, a prefeitura está vacinando mais crianças nas escolas e creches da região. Cerca de "
            "40 mil crianças moram lá.")
_FARE = ("A prefeitura anunciou que a tarifa do transporte coletivo passará de R$ 4,40 para R$ 4,90 a partir do "
         "dia 1º de fevereiro.",
         "A prefeitura disse que a passagem de ônibus vai subir de R$ 4,40 para R$ 4,90 no dia 1º de fevereiro.")
_CHAGAS = ("A doença de Chagas é transmitida principalmente pelas fezes do barbeiro, inseto que se abriga em "
           "frestas de casas de pau a pique. A infecção também pode ocorrer pela ingestão de alimentos "
           "contaminados, como caldo de cana e açaí mal processados.",
           "A doença de Chagas passa para as pessoas principalmente pelas fezes do barbeiro. O barbeiro é um "
           "inseto que vive nos buracos das paredes de casas de barro. A pessoa também pode pegar a doença "
           "comendo alimentos contaminados, como caldo de cana e açaí que não foram bem preparados.")
_CARS = ("Uma alternativa viável seria investir em transporte público de qualidade, de modo que a população "
         "passasse a preferi-lo ao carro.",
         "Uma boa saída seria investir em transporte público de qualidade. Assim, as pessoas iam preferir o "
         "ônibus e o metrô ao carro.")
_VOLCANO = ("Os vulcões são aberturas na crosta terrestre pelas quais o magma, rocha derretida do interior do "
            "planeta, chega à superfície. Durante uma erupção, além da lava, são expelidos gases e cinzas, que "
            "podem prejudicar a saúde da população e o tráfego aéreo.",
            "Os vulcões são buracos na crosta da Terra. Por eles, o magma sai para a superfície. O magma é a "
            "rocha derretida que existe dentro do planeta. Quando um vulcão entra em erupção, ele solta lava, "
            "gases e cinzas. Os gases e as cinzas podem fazer mal à saúde das pessoas e atrapalhar os voos dos "
            "aviões.")
_DECAY = ("A cárie é causada por bactérias que se alimentam do açúcar presente nos alimentos e produzem ácidos "
          "capazes de destruir o esmalte dos dentes.",
          "A cárie acontece por causa de bactérias que comem o açúcar dos alimentos. Essas bactérias fazem "
          "ácidos que estragam a parte de fora dos dentes.")
_BLACKOUT = ("Segundo a distribuidora, a falha foi provocada por um incêndio em uma subestação, cujas causas ainda "
             "estão sendo apuradas.",
             "A empresa de energia disse que o problema começou com um incêndio em uma subestação. Ainda não se "
             "sabe o que causou o incêndio.")
_VIOLENCE = ("Apesar dos avanços trazidos pela Lei Maria da Penha, muitas vítimas ainda deixam de denunciar os "
             "agressores por medo de represálias ou por dependência financeira.",
             "A Lei Maria da Penha trouxe avanços. Mesmo assim, muitas mulheres ainda não denunciam quem as "
             "agride. Elas têm medo de sofrer vingança ou dependem do dinheiro do agressor.")
_SICKLE = ("Essas células deformadas têm dificuldade de circular pelos vasos sanguíneos, o que provoca crises de "
           "dor intensa e aumenta o risco de infecções.",
           "Por causa dessa forma, essas células têm dificuldade para passar pelos vasos do sangue. Por isso, a "
           "pessoa tem crises de dor forte e pega infecções com mais facilidade.")
_BONES = ("A osteoporose é uma doença caracterizada pela perda progressiva de massa óssea, o que torna os ossos "
          "mais frágeis e suscetíveis a fraturas.",
          "A osteoporose é uma doença em que os ossos vão perdendo massa aos poucos. Por isso, os ossos ficam mais "
          "fracos e quebram com mais facilidade.")
_FLOWERS = ("O toque de requinte a esses aposentos austeros é conferido por flores.",
            "O toque de elegância a esse apartamento sem enfeites é dado por flores.")
_STROKE = ("Diante desses sintomas, deve-se procurar atendimento médico com urgência, já que o tratamento precoce "
           "reduz as sequelas.",
           "Se a pessoa tiver esses sintomas, precisa ir ao médico com urgência. Quanto mais cedo começar o "
           "tratamento, menos problemas a pessoa vai ter depois.")
_RECALL = ("Os consumidores que adquiriram o produto devem suspender imediatamente o uso e procurar o fabricante "
           "para obter o reembolso.",
           "Quem comprou o xarope deve parar de usar na hora. Depois, a pessoa deve procurar a empresa que fabrica "
           "o xarope para receber o dinheiro de volta.")
_READING = ("Na realidade, os adolescentes leem diariamente mensagens, notícias e postagens nas redes sociais.",
            "Na verdade, os adolescentes leem todos os dias mensagens, notícias e posts nas redes sociais.")


_no_connectives = no_connectives


# (what to patch, replacement, code, texts, the pair, found with the rule)
_CASES = [
    ((rd, "_personal_infinitive_after"), lambda *a: False, "RD+", _WATER, ("até que", None), False),
    ((connectives, "CONNECTIVES"), _no_connectives("diante de"), "RD+", _MEASLES, ("Diante da", "Por causa disso"), True),
    ((connectives, "CONNECTIVES"), _no_connectives("na realidade"), "RD+", _READING, ("Na realidade", "Na verdade"), True),
    ((rf, "_in_another_nouns_place"), lambda *a: False, "RF+", _FARE, ("passará", "passagem"), False),
    ((sl, "_of_a_verb"), lambda w: w.lemma.endswith(("ar", "er", "ir")), "SL+", _WATER, ("consultadas", "opinião"), False),
    ((sl, "_ONE_PERSON"), frozenset(), "SL+", _CHAGAS, ("infecção", "pessoa"), False),
    ((sl, "_adjective_changed_sides"), lambda *a: False, "SL+", _CARS, ("alternativa", "boa"), False),
    ((sl, "_MANNER_PARTICLES"), frozenset(), "SL+", _VOLCANO, ("prejudicar", "fazer mal"), True),
    ((sl, "_relative_frame"), lambda *a: False, "SL+", _VOLCANO, ("interior", "existe dentro"), False),
    ((sl, "_COMPLEMENT_PREPOSITIONS"), frozenset(), "SL+", _CHAGAS, ("transmitida", "passa para as pessoas"), False),
    ((mod, "_BARE_PREPOSITIONS"), frozenset(), "MOD+", _DECAY, ("é causada por", "causa"), False),
    ((mod, "_agent_kept_before"), lambda *a: False, "MOD+", _DECAY, ("é causada por bactérias", "Essas bactérias fazem"), False),
    ((sl, "_passive_against_active"), lambda *a: False, "SL+", _BLACKOUT, ("foi provocada", "começou"), False),
    ((connectives, "_PREPOSITION_OF"), _no_connectives("desses", "dessas", "destes", "destas"), "SL+", _STROKE,
     ("Diante", "pessoa"), False),
    ((sl, "_object_said_as_a_person"), lambda *a: False, "SL+", _RECALL, ("produto", "pessoa"), False),
    ((sl, "_still_a_passive"), lambda *a: False, "SL+", _FLOWERS, ("é conferido", "dado"), True),
    ((mod, "_ceasing_verb_near"), lambda *a: False, "MOD+", _VIOLENCE, ("vítimas", "não"), False),
    ((rd, "_consequence_after_comma"), lambda *a: False, "RD+", _BONES, ("o que torna", "Por isso"), True),
]


test_the_rule_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(_CASES)


def test_a_past_subjunctive_after_its_subject_is_a_clause():
    """"a população passasse" is a subject and its verb, no expression to pair with "pessoas"."""
    from analysis.diff import tokenize
    words = [t for t in tokenize("de modo que a população passasse a preferi-lo") if t.kind == "word"]
    k = [w.lower for w in words].index("população")
    assert sl._clause([k, k + 1], words)
    assert ("população passasse", "pessoas") not in analyzed_pairs("SL+", *_CARS)


_XENOPHOBE = ("Os manifestantes fizeram um discurso xenófobo na praça.",
              "Os manifestantes fizeram um discurso que mostra ódio aos estrangeiros na praça.")


def test_a_relative_with_a_verb_of_its_own_keeps_the_verb():
    assert ("xenófobo", "mostra ódio aos estrangeiros") in analyzed_pairs("SL+", *_XENOPHOBE)


def test_with_a_verb_of_its_own_in_the_frames_the_relative_is_cut(monkeypatch):
    """Only a verb of existence or place frames the relative; were "mostrar" one, the verb
    would be cut off what the adjective became."""
    monkeypatch.setattr(sl, "_FRAMING_VERBS", sl._FRAMING_VERBS | {"mostrar"})
    assert ("xenófobo", "ódio aos estrangeiros") in analyzed_pairs("SL+", *_XENOPHOBE)


def test_a_new_link_of_the_lost_ones_relation_claims_it_first():
    """"…, o que provoca crises" → "Por causa dessa forma, … Por isso, a pessoa tem crises": the
    consequence is behind "Por isso"; "Por causa dessa" is a cause the source left implicit."""
    assert analyzed_pairs("RD+", *_SICKLE) == [(_SICKLE[0], "Por causa dessa"), ("o que provoca", "Por isso")]


def test_without_the_relation_order_the_first_new_link_takes_it(monkeypatch):
    monkeypatch.setattr(rd, "_same_relation_first", lambda ctx, r, candidates: candidates[0] if candidates else None)
    monkeypatch.setattr(rd, "_lost_relations_first", lambda added, lost: list(added))
    assert ("o que provoca", "Por causa dessa") in analyzed_pairs("RD+", *_SICKLE)
