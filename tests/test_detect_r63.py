"""Round 63, from the development gold (no new annotation): SL+ of a word and its synonym that
no slot pairs, because the frame around them moved or the sentence was rebuilt around them
("fruto de uma confluência de fatores" → "resultado do encontro de muitos fatores", dev 5
g10; "a predominância da agricultura familiar" → "o domínio da agricultura familiar" in a
sentence built anew, dev 69 g3; "vagas suplementares para atender" → "vagas extras. O
objetivo é atender", dev 95 g0; "Em curtos percursos, ele acredita" → "… em caminhos curtos",
dev 85 g18). The pair needs the paraphrase level's evidence (each word the other's closest in
meaning among the words that left and came into the group), and more, since no slot vouches
for it: one word against one word, each alone among its side's new or gone words, no verb
form, a word kept near both, and the same word right before or after both or one content
word beside both (the noun and its qualifier traded places). Not a modifier against another
phrase's head ("seus respectivos países" against "o lugar onde"), nor one word of a
description ("a obesidade" → "o excesso de peso"). The texts are written for the purpose, no
corpus text.
"""
from __future__ import annotations

from analysis.strategies import sl
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_FARMS = ("Entre as razões do sucesso está a predominância da pequena agricultura, que garante o selo.",
          "A pequena agricultura garante o selo. O domínio da pequena agricultura está entre as razões do sucesso.")
_SCHOOL = ("A escola terá de abrir vagas suplementares para atender aos alunos do bairro, que cresceu muito.",
           "A escola terá de abrir vagas extras. O objetivo é atender aos alunos do bairro. O bairro cresceu muito.")
_INSURANCE = ("O governo aumentou o seguro compulsório dos motoristas de táxi da cidade.",
              "O governo aumentou o seguro dos motoristas de táxi obrigatório da cidade.")
_BIKES = ("Em curtos percursos, o médico acredita que a bicicleta é o melhor transporte.",
          "O médico acredita que a bicicleta é o melhor transporte em caminhos curtos.")
_DELEGATES = ("Os delegados e seus respectivos países discutiram o acordo no plenário até a noite.",
              "O plenário é o lugar onde os delegados discutiram o acordo com os países até a noite.")

CASES = [
    ((sl, "_leftover_synonyms"), lambda *a: [], "SL+", _FARMS, ("predominância", "domínio"), True),
    ((sl, "_leftover_synonyms"), lambda *a: [], "SL+", _SCHOOL, ("suplementares", "extras"), True),
    ((sl, "_leftover_synonyms"), lambda *a: [], "SL+", _INSURANCE, ("compulsório", "obrigatório"), True),
    ((sl, "_same_neighbour"), lambda d, i, j: True, "SL+", _DELEGATES, ("respectivos", "lugar"), False),
    ((sl, "_same_neighbour"), lambda d, i, j: False, "SL+", _BIKES, ("percursos", "caminhos"), True),
]

test_round_63_reads_the_pair_right, test_round_63_without_the_rule_the_reading_turns = both_ways(CASES)


def test_one_word_of_a_description_is_no_synonym():
    """"a obesidade infantil" → "o excesso de peso das crianças": «peso» stands beside another
    new word, it is part of what replaced «obesidade», not its synonym."""
    src = "Depois de meses de debate, a obesidade infantil voltou a preocupar os médicos da cidade."
    tgt = "Os médicos da cidade voltaram a se preocupar com o excesso de peso das crianças depois de meses de debate."
    assert ("obesidade", "peso") not in analyzed_pairs("SL+", src, tgt)


def test_the_explanation_says_the_words_correspond_in_meaning():
    """True of its spans, in both languages: the two words, their frequencies, matched in meaning."""
    from analysis.messages import render_message
    from analysis.pipeline import analyze
    from analysis.types import AUTOMATIC_CODES, AnalysisSettings

    res = analyze(*_FARMS, AnalysisSettings(model="e5", strategies=AUTOMATIC_CODES))
    det = next(d for d in res.strategies if d.code == "SL+"
               and res.source.text[slice(*d.source_spans[0])] == "predominância")
    assert res.target.text[slice(*det.target_spans[0])] == "domínio"
    pt, en = render_message(det.message, "pt-BR"), render_message(det.message, "en")
    assert pt.startswith("«predominância» (Zipf ") and "→ «domínio» (Zipf " in pt and "correspondentes em sentido" in pt
    assert en.startswith("«predominância» (Zipf ") and "matched in meaning" in en
