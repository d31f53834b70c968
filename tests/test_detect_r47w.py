"""Round 47, written texts: misreadings found on fresh news texts, leaflets, laws made plain,
textbook passages and essays, judged blind (bench/data/probes.jsonl, ``[r47]``); the texts here
are the round's own, written for the purpose, no corpus text. Each rule is read twice: the right
reading with it, the misreading back with the rule patched out, so every test can fail.

* IN+: a sentence that says a clause joined by "e" + a second verb of the same subject ("… e o
  utilizam na produção de matéria orgânica" → "Com ele, elas fabricam seu alimento.") is that
  clause said again; a list item in a list that renders an enumeration with a member no part
  of the target names ("cônjuge, ascendente, descendente, irmão ou pessoa" → "- marido ou
  mulher;") may be that member.
* RD+: "por enquanto" is no "enquanto", nor "ao mesmo tempo" inside its clause a link
  ("devem ser tratadas ao mesmo tempo" = simultaneously); a purpose clause said as the result the next sentence
  states ("a fim de que o voto … seja exercido" → "Assim, o voto vai ser usado") is «a fim de
  que» → «Assim»; "para" after a graded word ("mais preparado para lidar") is its complement,
  no purpose; of two new connectives of its relation, a removed one's counterpart is the one
  whose sentence says again its clause («razão pela qual» → «por essa razão», not «Por isso»);
  "desde que" + a participle is a condition ("desde que acompanhada de campanhas").
* SL+: the span holds a "mais" that grades the noun ("horários de pico" → "horários de mais
  movimento") and a count said anew with its unit ("dois séculos" → "duzentos anos"); "junto"
  before "com" is no verb («persista» → «junto»); an adverb in "-mente" is no word for the
  first word of its head's new rendering ("meramente teórica" → "cheia de teoria"), a gone
  noun none for the subject of a new verb of another noun's family ("intervalo … para
  descanso" → "a pessoa descansa"), an adjective after its noun none for the first of two
  coordinated nouns ("animais domésticos" → "cães e gatos").
* RF+: an acronym names the subject it abbreviates ("organizações não governamentais se dediquem
  ao resgate" → "Muitas ONGs resgatam": the same subject, no clause of its own).
* MOD+: an antonym pair goes with the negator of its own sentence ("… não beije … Não divida
  copos": «Não», the second); an agent that is a name with "e" keeps all of it ("pelo
  Departamento Municipal de Água e Esgotos"); "Estado" without "tem"/"tinha" is no auxiliary.
"""
from __future__ import annotations

from analysis.lexicon import connectives, voice
from analysis.strategies import in_, mod, rd, rf, sl
from tests.rule_cases import both_ways

_BRIDGE = ("A Defesa Civil de Blumenau interditou, na manhã desta terça-feira, a ponte que liga os bairros Garcia e Velha, após a identificação de rachaduras em dois de seus pilares. Segundo o engenheiro responsável pela vistoria, não há risco iminente de desabamento, mas a estrutura precisará passar por reparos antes de ser reaberta ao tráfego de veículos. Enquanto isso, os motoristas deverão utilizar o desvio pela Rua Amazonas, o que pode acrescentar até quinze minutos ao trajeto nos horários de pico.\n\nA prefeitura estima que as obras custarão cerca de R$ 2 milhões e serão concluídas em quatro meses, caso as condições climáticas sejam favoráveis.",
    "A Defesa Civil de Blumenau fechou a ponte entre os bairros Garcia e Velha nesta terça-feira de manhã. Os técnicos encontraram rachaduras em duas colunas da ponte. O engenheiro que fez a inspeção disse que a ponte não corre risco de cair agora. Mas ela vai precisar de consertos antes de ser aberta de novo para os carros. Por enquanto, os motoristas devem usar o desvio pela Rua Amazonas. Nos horários de mais movimento, o caminho pode ficar até quinze minutos mais longo.\n\nA prefeitura calcula que as obras vão custar cerca de R$ 2 milhões. Elas devem ficar prontas em quatro meses, se o tempo ajudar.")
_MARRIAGE_LEAVE = ("O empregado poderá deixar de comparecer ao serviço, sem prejuízo do salário, por até três dias consecutivos, em virtude de casamento. O mesmo direito é assegurado, por até dois dias consecutivos, em caso de falecimento do cônjuge, ascendente, descendente, irmão ou pessoa que, declarada em sua carteira de trabalho, viva sob sua dependência econômica. As ausências deverão ser comprovadas mediante apresentação de documento hábil, sob pena de desconto dos dias não trabalhados.",
    "O trabalhador que vai se casar pode faltar ao trabalho por até três dias seguidos. Ele não perde o salário desses dias.\n\nSe morrer alguém da família, o trabalhador pode faltar por até dois dias seguidos. Isso vale para:\n- marido ou mulher;\n- pais, avós, filhos e netos;\n- irmãos;\n- uma pessoa que depende do dinheiro dele, se isso estiver escrito na carteira de trabalho.\n\nO trabalhador precisa mostrar um documento que prove a falta. Se não mostrar, a empresa pode descontar os dias do salário.")
_CARBON = ("O carbono circula continuamente entre a atmosfera, os seres vivos, os oceanos e as rochas, em um processo denominado ciclo do carbono. Por meio da fotossíntese, as plantas absorvem o gás carbônico do ar e o utilizam na produção de matéria orgânica. Esse carbono retorna à atmosfera pela respiração dos organismos e pela decomposição de seus restos. Nos últimos dois séculos, entretanto, a queima de combustíveis fósseis e o desmatamento elevaram consideravelmente a concentração de gás carbônico na atmosfera, intensificando o efeito estufa.",
    "O carbono passa o tempo todo do ar para os seres vivos, os oceanos e as rochas, e depois volta. Esse caminho se chama ciclo do carbono. As plantas tiram gás carbônico do ar na fotossíntese. Com ele, elas fabricam seu alimento. Quando os seres vivos respiram, o carbono volta para o ar. Ele também volta quando os restos dos seres vivos apodrecem. Mas, nos últimos duzentos anos, as pessoas queimaram muito carvão, petróleo e gás e derrubaram muitas florestas. Por isso, hoje há muito mais gás carbônico no ar. Isso aumenta o efeito estufa, que esquenta o planeta.")
_VOTING = ("O direito de votar aos dezesseis anos, facultativo no Brasil desde a Constituição de 1988, ainda divide opiniões. Há quem considere que, nessa idade, os jovens carecem de maturidade para avaliar propostas políticas e tornam-se alvo fácil de discursos demagógicos. Outros sustentam, contudo, que o contato precoce com o processo eleitoral estimula a formação de cidadãos mais conscientes e participativos.\n\nDiante disso, mais do que discutir a idade mínima, cabe às escolas promover a educação política, a fim de que o voto, em qualquer idade, seja exercido com responsabilidade.",
    "No Brasil, os jovens de dezesseis anos podem votar desde a Constituição de 1988. Para eles, o voto não é obrigatório. Esse direito ainda causa discussão. Algumas pessoas acham que, com essa idade, os jovens ainda não têm maturidade para julgar as propostas dos políticos. Para elas, esses jovens são enganados com facilidade por discursos que só prometem. Mas outras pessoas dizem que votar cedo ajuda a formar cidadãos mais conscientes e que participam mais.\n\nPor isso, mais importante do que discutir a idade mínima é ensinar política nas escolas. Assim, o voto vai ser usado com responsabilidade em qualquer idade.")
_BACK_PAIN = ("A lombalgia, popularmente conhecida como dor nas costas, acomete cerca de 80% da população em algum momento da vida. Na maioria dos casos, decorre de esforço excessivo, má postura ou sedentarismo, e regride espontaneamente em poucas semanas. Recomenda-se manter-se ativo dentro dos limites da dor, evitando o repouso prolongado no leito, que pode retardar a recuperação.\n\nProcure atendimento médico caso a dor se irradie para as pernas, seja acompanhada de febre ou persista por mais de seis semanas.",
    "A lombalgia é a dor nas costas. Quase todo mundo tem essa dor em algum momento da vida. Na maioria das vezes, ela acontece porque a pessoa fez muito esforço, ficou em posição errada ou não se exercita. A dor costuma passar sozinha em poucas semanas. O melhor é continuar se mexendo, sem passar do limite da dor. Não fique deitado muitos dias, porque isso pode atrasar a melhora.\n\nProcure um médico se:\n- a dor descer para as pernas;\n- você tiver febre junto com a dor;\n- a dor durar mais de seis semanas.")
_AMPHIBIANS = ("Os anfíbios são vertebrados que, em sua maioria, passam parte da vida na água e parte em ambiente terrestre. Rãs, sapos, pererecas, salamandras e cecílias integram esse grupo. Sua pele, fina e permeável, participa das trocas gasosas e precisa permanecer úmida, razão pela qual esses animais vivem geralmente próximos a rios, lagos e áreas alagadas.\n\nMuitas espécies passam por metamorfose: os girinos, que respiram por brânquias, transformam-se em adultos dotados de pulmões.",
    "Os anfíbios são animais vertebrados. A maioria deles vive uma parte da vida na água e outra parte na terra. Rãs, sapos, pererecas, salamandras e cobras-cegas são anfíbios. A pele deles é fina e deixa passar gases e água. Por ela, eles também respiram. Por isso, a pele precisa ficar sempre molhada. É por essa razão que esses animais costumam viver perto de rios, lagos e lugares alagados.\n\nMuitas espécies mudam muito de forma durante a vida. Os filhotes, chamados girinos, respiram por brânquias, como os peixes. Depois, eles viram adultos e passam a respirar com pulmões.")
_FINANCE = ("A inclusão da educação financeira no currículo escolar tem sido defendida por especialistas como forma de reduzir o endividamento das famílias brasileiras. Ao aprender desde cedo a elaborar orçamentos, poupar e distinguir necessidades de desejos, o estudante estaria mais preparado para lidar com o crédito fácil oferecido por bancos e lojas.\n\nEntretanto, a medida só surtirá efeito se os professores receberem formação adequada e se o conteúdo for relacionado à realidade dos alunos, sob pena de se tornar mais uma disciplina meramente teórica.",
    "Muitos especialistas defendem que as escolas ensinem educação financeira. Para eles, isso ajudaria as famílias brasileiras a ter menos dívidas. Se aprender cedo a fazer orçamentos, a guardar dinheiro e a separar o que precisa do que apenas deseja, o aluno vai estar mais preparado. Assim, ele vai saber lidar com o crédito fácil que bancos e lojas oferecem.\n\nMas essa ideia só vai dar certo se os professores forem bem preparados. O conteúdo também precisa ter a ver com a vida dos alunos. Se não, vai virar só mais uma matéria cheia de teoria.")
_WATER_TARIFF = ("A tarifa de água e esgoto em Porto Alegre sofrerá reajuste de 9,5% a partir de 1º de março, conforme resolução publicada ontem no Diário Oficial do município. O aumento, superior à inflação acumulada nos últimos doze meses, foi justificado pelo Departamento Municipal de Água e Esgotos (Dmae) com base na necessidade de investimentos na ampliação da rede de tratamento. Entidades de defesa do consumidor criticaram a medida e anunciaram que pretendem contestá-la judicialmente.\n\nFamílias de baixa renda inscritas na tarifa social continuarão isentas do reajuste.",
    "A conta de água e esgoto em Porto Alegre vai ficar 9,5% mais cara a partir de 1º de março. A decisão saiu ontem no Diário Oficial da cidade. O aumento é maior do que a inflação dos últimos doze meses. O Departamento Municipal de Água e Esgotos (Dmae) disse que precisa do dinheiro para aumentar a rede de tratamento. Grupos que defendem os consumidores criticaram o aumento. Eles disseram que vão entrar na Justiça contra ele.\n\nAs famílias pobres que estão na tarifa social não vão pagar o aumento.")
_COLD_SORES = ("O herpes labial é uma infecção recorrente provocada pelo vírus herpes simples, caracterizada pelo surgimento de pequenas bolhas dolorosas nos lábios ou ao redor deles. Após o primeiro contato, o vírus permanece latente no organismo e pode ser reativado por fatores como estresse, exposição solar intensa, febre ou queda da imunidade.\n\nDurante as crises, evite beijar outras pessoas e compartilhar copos, talheres ou toalhas, pois o contágio ocorre pelo contato direto com as lesões. Não estoure as bolhas.",
    "O herpes labial é uma doença causada por um vírus. Ele faz aparecer bolhas pequenas que doem, nos lábios ou perto deles. A doença pode voltar várias vezes. Depois que a pessoa pega o vírus, ele fica \"dormindo\" no corpo. Ele pode \"acordar\" quando a pessoa fica estressada, toma muito sol, tem febre ou fica com as defesas do corpo fracas.\n\nQuando as bolhas aparecerem, não beije outras pessoas. Não divida copos, talheres ou toalhas. A doença passa quando alguém encosta nas feridas. Não estoure as bolhas.")
_TYPING = ("Nas atividades de processamento eletrônico de dados, deve ser observado, para cada período de cinquenta minutos de trabalho, um intervalo de dez minutos para descanso, não deduzido da jornada normal. O número máximo de toques reais exigidos pelo empregador não deve ser superior a oito mil por hora trabalhada. Quando do retorno ao trabalho, após afastamento igual ou superior a quinze dias, a exigência de produção deverá ser gradativa.",
    "Quem trabalha digitando dados no computador tem direito a pausas. A cada cinquenta minutos de trabalho, a pessoa descansa dez minutos. Essa pausa conta como horário de trabalho.\n\nA empresa não pode exigir mais de oito mil toques no teclado por hora.\n\nSe o trabalhador ficar afastado por quinze dias ou mais, a empresa deve aumentar a produção exigida aos poucos quando ele voltar.")
_INCA = ("O Império Inca, que atingiu seu apogeu no século XV, estendia-se por grande parte da Cordilheira dos Andes, do atual Equador ao norte do Chile. Sua capital, Cusco, era o centro administrativo e religioso de um Estado fortemente centralizado, governado por um imperador considerado filho do Sol. Para integrar esse vasto território, os incas construíram uma extensa rede de estradas, percorrida por mensageiros que transmitiam informações entre as diferentes regiões.\n\nEm 1532, a chegada dos espanhóis, liderados por Francisco Pizarro, precipitou a queda do império.",
    "O Império Inca ficou mais forte no século 15. Ele ocupava grande parte da Cordilheira dos Andes, desde onde hoje é o Equador até o norte do Chile. A capital era Cusco. Cusco era o centro do governo e da religião. O imperador mandava em tudo, e as pessoas achavam que ele era filho do Sol. Os incas construíram muitas estradas para unir esse território enorme. Mensageiros corriam por essas estradas levando notícias de uma região para outra.\n\nEm 1532, chegaram os espanhóis, comandados por Francisco Pizarro. Isso fez o império cair mais depressa.")
_ADOPTION = ("O abandono de animais domésticos constitui um problema crescente nas cidades brasileiras, agravado pela falta de políticas públicas de castração e pela compra impulsiva de filhotes. Embora muitas organizações não governamentais se dediquem ao resgate desses animais, os abrigos frequentemente operam acima de sua capacidade.\n\nNesse contexto, a adoção responsável surge como alternativa viável, desde que acompanhada de campanhas de conscientização sobre os custos e os cuidados que a posse de um animal exige.",
    "O abandono de cães e gatos é um problema cada vez maior nas cidades do Brasil. Ele piora porque faltam programas do governo para castrar os animais e porque muitas pessoas compram filhotes sem pensar. Muitas ONGs resgatam esses animais. Mas os abrigos quase sempre recebem mais animais do que podem cuidar.\n\nPor isso, adotar um animal com responsabilidade é uma boa saída. Mas as pessoas precisam saber quanto custa e quanto trabalho dá cuidar de um animal. Campanhas podem ajudar nisso.")

_SCABIES = ("A escabiose, também chamada de sarna, é uma doença de pele causada por um ácaro microscópico que escava túneis sob a camada superficial da pele. O principal sintoma é a coceira intensa, que se agrava durante a noite. A transmissão ocorre pelo contato pessoal prolongado ou, mais raramente, pelo compartilhamento de roupas e lençóis.\n\nTodas as pessoas que convivem com o paciente devem ser tratadas ao mesmo tempo, mesmo que não apresentem sintomas, para evitar a reinfecção.",
    "A escabiose, também chamada de sarna, é uma doença de pele. Ela é causada por um bicho muito pequeno, que não dá para ver a olho nu. Esse bicho cava caminhos embaixo da pele. O sinal mais comum é uma coceira forte, que piora à noite. A doença passa de uma pessoa para outra pelo contato com o corpo. Às vezes, ela também passa por roupas e lençóis usados por outra pessoa.\n\nTodas as pessoas que moram com o doente precisam fazer o tratamento junto com ele, mesmo sem coceira. Assim, ninguém pega a doença de novo.")


def _old_choice(ctx, r, candidates):   # the first of the relation, whatever its sentence says
    return next((a for a in candidates if a.connective.relation == r.connective.relation),
                candidates[0] if candidates else None)


CASES = [
    ((in_, "_verb_follows"), lambda words, k: False, "IN+", _CARBON,
     ("", "Com ele, elas fabricam seu alimento."), False),
    ((in_, "_item_of_a_list_with_an_unsaid_member"), lambda ctx: False, "IN+", _MARRIAGE_LEAVE,
     ("", "- marido ou mulher;"), False),
    ((rd, "inside_an_adverbial_locution"), lambda words, m: False, "RD+", _BRIDGE, ("Enquanto isso", "enquanto"), False),
    ((rd, "_purpose_said_as_a_result"), lambda *a: None, "RD+", _VOTING, ("a fim de que", "Assim"), True),
    ((connectives, "_GRADERS"), frozenset(), "RD+", _FINANCE, ("para", None), False),
    ((rd, "_same_relation_first"), _old_choice, "RD+", _AMPHIBIANS, ("razão pela qual", "por essa razão"), True),
    ((rd, "_conditional_desde_que"), lambda m, words: m, "RD+", _ADOPTION, ("desde que", "Mas"), True),
    ((sl, "_NOUN_GRADERS"), sl._PHRASE_QUANTIFIERS, "SL+", _BRIDGE, ("pico", "mais movimento"), True),
    ((sl, "_count"), lambda words, k: None, "SL+", _CARBON, ("dois séculos", "duzentos anos"), True),
    ((sl, "_JUNTO_PREPOSITIONS"), frozenset(), "SL+", _BACK_PAIN, ("persista", "junto"), False),
    ((sl, "_adverb_against_its_heads_rendering"), lambda d, sub: False, "SL+", _FINANCE, ("meramente", "cheia"), False),
    ((sl, "_subject_of_a_noun_made_verb"), lambda d, sub: False, "SL+", _TYPING, ("intervalo", "pessoa"), False),
    ((sl, "_qualifier_against_a_coordination"), lambda d, sub: False, "SL+", _ADOPTION, ("domésticos", "cães"), False),
    ((rf, "spells_acronym"), lambda text, words: False, "RF+", _ADOPTION, ("resgate", "resgatam"), False),
    ((mod, "_inside_a_name"), lambda words, k, before: False, "MOD+", _WATER_TARIFF,
     ("foi justificado pelo Departamento Municipal de Água e Esgotos",
      "O Departamento Municipal de Água e Esgotos (Dmae) disse"), True),
    ((connectives, "_MANNER_INSIDE_A_CLAUSE"), frozenset(), "RD+", _SCABIES, ("ao mesmo tempo", None), False),
    ((voice, "_PARTICIPLE_AUX"), frozenset(), "MOD+", _INCA,
     ("Estado fortemente centralizado, governado por um imperador", None), False),
]

test_reads_the_pair_right, test_without_the_rule_the_reading_turns = both_ways(CASES)


def test_the_antonym_goes_with_the_negator_of_its_own_sentence():
    """«compartilhar» → «divida» is the second sentence's: its "Não", not the "não" of "não beije"."""
    from tests.rule_cases import present
    assert present("MOD+", _COLD_SORES, ("compartilhar", "Não"))
    assert not present("MOD+", _COLD_SORES, ("compartilhar", "não"))
