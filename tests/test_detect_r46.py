"""Round 46: misreadings found on fresh news texts, leaflets, laws made plain, textbook passages
and essays, judged blind (bench/data/probes.jsonl, ``[r46]``); the texts here are the round's
own, written for the purpose, no corpus text. Each rule is read twice: the right reading with
it, the misreading back with the rule patched out, so every test can fail.

* In a sentence said anew (no slot), the noun that opens its sentence as the subject is no word
  for a noun governed by a preposition ("A doença passa" against "o contato com as lesões").
* A noun of kind with its "de" complement ("todos os tipos de trabalho") says a noun and its
  adjective as a whole ("todas as atividades econômicas"): no word-for-word pairs.
* A new verb form of a source action noun's own verb anywhere in the target sentence says that
  noun ("os atendimentos … serão mantidos" → "os casos … vão continuar sendo atendidos").
* A new noun that names the kind of the kept object ("incluía o zero" → "tinha o número zero")
  is no support noun of the verb.
* An action noun said by a light verb and an adverbial phrase ("em caso de reincidência" → "Se
  ele fizer de novo"), a synthetic superlative by an intensifier and an adjective ("ínfima" →
  "muito pequena"), an adjective by "com" and a noun ("arejado" → "com vento"): the spans hold
  the whole rendering.
* A light verb alone is no word for a noun ("providenciar a assistência de um defensor" → "dar
  um defensor"), nor a "deixar" whose graded result follows its object for the verb that said
  both ("afrouxe suas roupas" → "Deixe as roupas dela mais soltas").
* A noun after "desse"/"nesse" that takes up a referent, said by that referent's name ("desse
  mineral" → "ferro"), and a noun that calls a thing the source named with a proper name by its
  head ("a Biblioteca Pública … O acervo" → "A biblioteca"): referents named, no substitution.
* A list item that keeps a word of a source member the other pieces leave unsaid renders that
  member: no IN+ ("o reembolso integral da passagem" → "- receber de volta todo o dinheiro da
  passagem;").
* An additive joining a noun phrase ("bem como o pagamento") is no counterpart of a
  conditional that opens a new clause ("Se o empregado trabalhar …"); an additive before a
  clause ("além disso, o desemprego aumentou") still is ("mas").
* Spans: "horas diárias" → "horas por dia", "experiências internacionais" → "experiências de
  outros países", "pedestres" → "quem anda a pé", "contornando o continente" → "deu a volta na
  África" (the support noun, its object's family after it).
"""
from __future__ import annotations

from analysis.strategies import in_, rd, sl
from tests.rule_cases import both_ways

_CHICKENPOX = ("A catapora, ou varicela, é uma infecção viral altamente contagiosa, que se manifesta por febre e lesões avermelhadas na pele que evoluem para bolhas e, posteriormente, para crostas. A transmissão ocorre pelo contato com as lesões ou por gotículas eliminadas na fala e na tosse. O período de incubação varia de dez a vinte e um dias.\n\nRecomenda-se manter as unhas curtas para evitar ferimentos ao coçar e não utilizar ácido acetilsalicílico, pois há risco de complicações graves. A vacina está disponível gratuitamente nos postos de saúde.",
    "A catapora é uma doença causada por um vírus. Ela passa muito fácil de uma pessoa para outra. Primeiro vêm a febre e manchas vermelhas na pele. Depois, as manchas viram bolhas e, no fim, casquinhas. A doença passa quando a pessoa toca nas feridas ou pelas gotinhas de saliva que saem quando alguém fala ou tosse. Os sinais aparecem de dez a vinte e um dias depois do contato.\n\nCorte as unhas bem curtas, para a criança não se machucar ao se coçar. Não dê AAS, porque ele pode causar problemas graves. A vacina é de graça nos postos de saúde.")
_FOUR_DAY_WEEK = ("A adoção da semana de quatro dias de trabalho tem sido testada por empresas de diversos países. Os resultados preliminares indicam aumento de produtividade e redução do estresse entre os funcionários, embora nem todos os setores possam aderir ao modelo com facilidade. Hospitais e serviços de transporte, por exemplo, dependem de funcionamento ininterrupto.\n\nPortanto, a mudança exige planejamento cuidadoso e não deve ser imposta de maneira uniforme a todas as atividades econômicas.",
    "Empresas de vários países estão testando a semana de quatro dias de trabalho. Os primeiros resultados mostram que os funcionários produzem mais e ficam menos estressados. Mas nem todo setor consegue usar esse modelo com facilidade. Hospitais e ônibus, por exemplo, precisam funcionar o tempo todo.\n\nPor isso, a mudança precisa ser bem planejada. Ela não deve ser igual para todos os tipos de trabalho.")
_NURSES_STRIKE = ("Os enfermeiros da rede municipal de saúde de Porto Alegre decidiram, em assembleia realizada nesta segunda-feira, paralisar as atividades a partir de quinta-feira. A categoria reivindica reajuste salarial de 12% e a contratação de novos profissionais, alegando sobrecarga de trabalho desde o fim da pandemia. A prefeitura afirmou que os atendimentos de urgência serão mantidos e que apresentará uma contraproposta até quarta-feira.",
    "Os enfermeiros dos postos e hospitais da prefeitura de Porto Alegre vão entrar em greve na quinta-feira. Eles decidiram isso numa reunião na segunda-feira. Os enfermeiros querem um aumento de 12% no salário. Eles também pedem que a prefeitura contrate mais profissionais, porque estão trabalhando demais desde o fim da pandemia. A prefeitura disse que os casos de urgência vão continuar sendo atendidos. Ela também disse que vai fazer uma nova proposta até quarta-feira.")
_MAYA = ("Os maias desenvolveram uma das civilizações mais avançadas da América pré-colombiana, ocupando territórios que hoje correspondem ao sul do México e à Guatemala. Dominavam a astronomia e a matemática, tendo criado um calendário de grande precisão e um sistema de numeração que incluía o zero. Suas cidades, governadas por reis considerados descendentes dos deuses, eram centros religiosos e comerciais.\n\nA partir do século IX, muitas dessas cidades foram abandonadas, possivelmente em razão de secas prolongadas e de guerras internas.",
    "Os maias criaram uma das civilizações mais avançadas da América antes da chegada dos europeus. Eles viviam onde hoje ficam o sul do México e a Guatemala. Os maias conheciam muito bem a astronomia e a matemática. Eles criaram um calendário muito exato e um jeito de contar que tinha o número zero. As cidades maias eram governadas por reis. As pessoas achavam que esses reis eram parentes dos deuses. As cidades eram centros de religião e de comércio.\n\nA partir do século 9, os maias deixaram muitas dessas cidades. Talvez isso tenha acontecido por causa de secas longas e de guerras entre eles.")
_NOISE_RULE = ("É vedada a emissão de ruídos que ultrapassem os limites estabelecidos pela legislação municipal, em especial no período compreendido entre as 22 horas e as 7 horas. O morador que descumprir a norma será advertido por escrito e, em caso de reincidência, estará sujeito a multa correspondente a um terço da taxa condominial.",
    "É proibido fazer barulho acima do limite da lei da cidade. Isso vale principalmente entre 10 horas da noite e 7 horas da manhã.\n\nO morador que não cumprir a regra vai receber um aviso por escrito. Se ele fizer de novo, vai pagar uma multa. A multa é de um terço do valor do condomínio.")
_STRAWS = ("A proibição dos canudos plásticos em diversas cidades brasileiras suscitou debates acalorados. Para os defensores da medida, trata-se de um passo simbólico, porém necessário, na redução do lixo que chega aos oceanos. Os críticos, por sua vez, argumentam que os canudos representam uma fração ínfima desse lixo e que a lei desvia a atenção de problemas maiores, como a ausência de coleta seletiva.\n\nAmbos os lados têm razão em parte: a medida é útil, desde que não seja a única.",
    "Várias cidades do Brasil proibiram os canudos de plástico. Essa decisão gerou muita discussão. Quem apoia a proibição diz que ela é um passo pequeno, mas necessário, para diminuir o lixo que vai parar no mar. Já quem critica diz que os canudos são uma parte muito pequena desse lixo. Essas pessoas também dizem que a lei tira a atenção de problemas maiores, como a falta de coleta seletiva.\n\nOs dois lados estão um pouco certos. A medida é útil, mas não pode ser a única.")
_HEAT_STROKE = ("A insolação ocorre quando o organismo, exposto ao calor excessivo, perde a capacidade de regular a própria temperatura. Os sinais incluem pele quente e seca, dor de cabeça intensa, tontura e confusão mental. Trata-se de uma emergência médica.\n\nAo identificar esses sinais, leve a pessoa para um local fresco e arejado, afrouxe suas roupas e ofereça água, caso ela esteja consciente. Em seguida, procure o serviço de saúde mais próximo.",
    "A insolação acontece quando o corpo fica muito tempo no calor e não consegue mais controlar a própria temperatura. A pele fica quente e seca. A pessoa sente muita dor de cabeça, tontura e fica confusa. Isso é uma emergência.\n\nSe você notar esses sinais, leve a pessoa para um lugar fresco e com vento. Deixe as roupas dela mais soltas. Se ela estiver acordada, dê água. Depois, vá ao posto de saúde mais perto.")
_RIGHT_TO_A_LAWYER = ("Toda pessoa presa tem o direito de ser informada dos motivos da prisão e de permanecer em silêncio, sendo-lhe assegurada a assistência da família e de advogado. Caso o preso não possua condições financeiras de contratar um advogado, o Estado deverá providenciar a assistência de um defensor público, sem qualquer custo.",
    "Quem for preso tem o direito de saber por que foi preso. A pessoa presa também pode ficar calada. Ela tem direito de ter ajuda da família e de um advogado.\n\nSe a pessoa não tiver dinheiro para pagar um advogado, o governo tem que dar um defensor público. Ela não vai pagar nada por isso.")
_ANAEMIA = ("Durante a gestação, a necessidade de ferro aumenta consideravelmente, uma vez que o organismo materno passa a produzir mais sangue para suprir o bebê. A deficiência desse mineral pode causar anemia, condição associada a cansaço excessivo, palidez e maior risco de parto prematuro.\n\nPor essa razão, o Ministério da Saúde recomenda a suplementação de ferro a todas as gestantes a partir da vigésima semana, além de uma alimentação rica em carnes, feijão e vegetais verde-escuros.",
    "Na gravidez, o corpo da mulher precisa de muito mais ferro, porque ele passa a fazer mais sangue para o bebê. Se faltar ferro, a mulher pode ter anemia. Com a anemia, ela fica muito cansada e pálida. O bebê também pode nascer antes da hora.\n\nPor isso, o Ministério da Saúde manda todas as grávidas tomarem ferro a partir da vigésima semana. Elas também devem comer carne, feijão e verduras verde-escuras.")
_FLIGHT_DELAYS = ("Em caso de atraso superior a quatro horas, a companhia aérea deverá oferecer ao passageiro, à sua escolha, a reacomodação em outro voo, o reembolso integral da passagem ou a execução do serviço por outra modalidade de transporte. Se o passageiro optar por aguardar, a empresa deverá fornecer alimentação e, quando necessário, hospedagem.",
    "Se o voo atrasar mais de quatro horas, a companhia aérea tem que oferecer três opções ao passageiro. Ele pode escolher:\n- ir em outro voo;\n- receber de volta todo o dinheiro da passagem;\n- fazer a viagem por outro meio de transporte.\n\nSe o passageiro resolver esperar, a empresa tem que dar comida. Se for preciso, ela também tem que pagar o hotel.")
_LIBRARY = ("Após quase três anos fechada para reforma, a Biblioteca Pública Estadual do Rio Grande do Norte reabriu ao público nesta quarta-feira. O prédio, tombado pelo patrimônio histórico, recebeu novo sistema elétrico, climatização e acessibilidade para pessoas com deficiência. O acervo, composto por cerca de 80 mil volumes, será gradualmente disponibilizado para empréstimo ao longo dos próximos meses.",
    "A Biblioteca Pública Estadual do Rio Grande do Norte abriu de novo nesta quarta-feira. Ela ficou quase três anos fechada para reforma. O prédio é protegido como patrimônio histórico. Ele ganhou instalação elétrica nova, ar-condicionado e rampas e elevadores para pessoas com deficiência. A biblioteca tem cerca de 80 mil livros. Aos poucos, nos próximos meses, as pessoas vão poder pegar esses livros emprestados.")
_HEPATITIS_C = ("A hepatite C é uma inflamação do fígado causada por um vírus transmitido principalmente pelo contato com sangue contaminado, como no compartilhamento de seringas, alicates de unha e lâminas de barbear. Na maioria dos casos, a doença evolui de forma silenciosa por décadas, podendo levar à cirrose e ao câncer de fígado.\n\nO teste rápido é gratuito e está disponível nas unidades básicas de saúde. Atualmente, há tratamento capaz de curar a infecção em mais de 95% dos casos.",
    "A hepatite C é uma inflamação no fígado. Ela é causada por um vírus que passa, principalmente, pelo sangue. Isso pode acontecer quando as pessoas usam a mesma seringa, o mesmo alicate de unha ou a mesma lâmina de barbear. Quase sempre, a doença não dá sinais por muitos anos. Com o tempo, ela pode causar cirrose e câncer no fígado.\n\nO teste rápido é de graça e é feito nos postos de saúde. Hoje existe um tratamento que cura a doença em mais de 95% dos casos.")
_DOMESTIC_WORKERS = ("O empregado doméstico tem direito a jornada de trabalho não superior a oito horas diárias e quarenta e quatro semanais, sendo facultada a compensação de horários mediante acordo escrito entre as partes. É assegurado ainda o recolhimento do FGTS pelo empregador, bem como o pagamento de adicional noturno para o trabalho realizado entre as 22 horas e as 5 horas.",
    "O trabalhador doméstico pode trabalhar no máximo oito horas por dia e quarenta e quatro horas por semana. O patrão e o empregado podem combinar por escrito uma troca de horários.\n\nO patrão também tem que depositar o FGTS do empregado. Se o empregado trabalhar entre 10 horas da noite e 5 horas da manhã, ele tem que receber um valor a mais.")
_NAVIGATIONS = ("No século XV, Portugal e Espanha lançaram-se às Grandes Navegações, motivados pela busca de uma rota marítima para as Índias, de onde provinham especiarias valiosas. O pioneirismo português deveu-se, entre outros fatores, à centralização política precoce e ao desenvolvimento de técnicas náuticas, como a caravela e o uso do astrolábio. Em 1498, Vasco da Gama alcançou Calicute, contornando o continente africano.",
    "No século 15, Portugal e Espanha começaram as Grandes Navegações. Eles queriam achar um caminho pelo mar até as Índias. De lá vinham especiarias que valiam muito dinheiro. Portugal saiu na frente por vários motivos. Um deles é que o rei de Portugal já tinha muito poder cedo. Outro motivo é que os portugueses criaram técnicas novas para navegar, como a caravela e o astrolábio. Em 1498, Vasco da Gama chegou a Calicute. Para isso, ele deu a volta na África.")
_CARS = ("Diversas capitais europeias têm restringido a circulação de automóveis em seus centros históricos, com resultados expressivos na redução da poluição e dos acidentes. No Brasil, propostas semelhantes costumam enfrentar resistência de comerciantes, que temem a queda nas vendas.\n\nNo entanto, experiências internacionais mostram que o movimento no comércio tende a aumentar quando as ruas se tornam mais agradáveis para pedestres. Cabe, portanto, às prefeituras conduzir essa transição com diálogo.",
    "Muitas capitais da Europa proibiram ou limitaram os carros no centro histórico. Com isso, a poluição e os acidentes diminuíram muito. No Brasil, ideias parecidas costumam ter a oposição dos comerciantes. Eles têm medo de vender menos.\n\nMas experiências de outros países mostram que o comércio costuma vender mais quando as ruas ficam mais agradáveis para quem anda a pé. Por isso, as prefeituras devem fazer essa mudança conversando com todos.")
#: an additive before a clause (its subject and verb): its counterpart of another family stands
_PRICES_AND_JOBS = ("Os preços dos alimentos subiram muito neste ano; além disso, o desemprego aumentou nas grandes cidades.",
    "Os preços dos alimentos subiram muito neste ano, mas o desemprego aumentou nas grandes cidades.")

_CASES = [
    ((sl, "_subject_against_an_oblique"), lambda *a: False, "SL+", _CHICKENPOX, ("lesões", "doença"), False),
    ((sl, "KIND_NOUNS"), frozenset(), "SL+", _FOUR_DAY_WEEK, ("atividades", "tipos"), False),
    ((sl, "_noun_said_by_a_verb_elsewhere"), lambda *a: False, "SL+", _NURSES_STRIKE, ("atendimentos", "casos"), False),
    ((sl, "_names_the_kind_of_the_object"), lambda *a: False, "SL+", _MAYA, ("incluía", "tinha"), True),
    ((sl, "_act_said_by_its_adverb"), lambda d, sub: sub, "SL+", _NOISE_RULE, ("reincidência", "fizer de novo"), True),
    ((sl, "_with_its_intensifier"), lambda d, sub: sub, "SL+", _STRAWS, ("ínfima", "muito pequena"), True),
    ((sl, "_quality_said_as_having"), lambda d, sub: sub, "SL+", _HEAT_STROKE, ("arejado", "com vento"), True),
    ((sl, "_light_verb_for_a_noun"), lambda *a: False, "SL+", _RIGHT_TO_A_LAWYER, ("assistência", "dar"), False),
    ((sl, "_causative_with_its_result_apart"), lambda *a: False, "SL+", _HEAT_STROKE, ("afrouxe", "Deixe"), False),
    ((sl, "_anaphor_named"), lambda *a: False, "SL+", _ANAEMIA, ("mineral", "ferro"), False),
    ((in_, "_item_of_an_unsaid_member"), lambda *a: False, "IN+", _FLIGHT_DELAYS,
     ("", "- receber de volta todo o dinheiro da passagem;"), False),
    ((sl, "_head_of_a_name"), lambda *a: False, "SL+", _LIBRARY, ("acervo", "biblioteca"), False),
    ((rd, "_addition_of_a_phrase_against_another_link"), lambda *a: False, "RD+", _DOMESTIC_WORKERS,
     ("bem como", "Se"), False),
    ((rd, "_phrase_without_a_verb"), lambda *a: True, "RD+", _PRICES_AND_JOBS, ("além disso", "mas"), True),
    ((sl, "_quality_said_as_having"), lambda d, sub: sub, "SL+", _DOMESTIC_WORKERS, ("diárias", "por dia"), True),
    ((sl, "_object_after_the_support_noun"), lambda *a: False, "SL+", _NAVIGATIONS, ("contornando", "deu a volta"), True),
    ((sl, "_person_said_by_a_clause"), lambda d, sub: sub, "SL+", _CARS, ("pedestres", "quem anda a pé"), True),
    ((sl, "_PHRASE_QUANTIFIERS"), sl._PHRASE_QUANTIFIERS - {"outros", "outras"}, "SL+", _CARS,
     ("internacionais", "de outros países"), True),
]

test_round_46_rule_reads_the_pair_right, test_round_46_without_the_rule_turns = both_ways(_CASES)
