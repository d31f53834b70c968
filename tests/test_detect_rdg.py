"""RD+ recall on unseen text (rdg round): shapes of a changed discourse link that the dev rules
were too narrow for, each with a short pair written for the purpose and a guard pair where RD+
must stay silent (or keep its older, truer reading).

* a split puts a connective at the start of a new sentence in the very place of the plain
  "e" ("pioraram, e as vendas caíram" → "pioraram. Com isso, as vendas caíram") or of a purpose
  "para" ("… para inclusão social" → "… . O objetivo é a inclusão social");
* a purpose "para" before a short infinitive ("para dar", "para pôr");
* "Mesmo sem/Mesmo com" opening a clause (a concession) replaced by "Mas";
* a sentence-opening "Assim," (thus) dropped;
* "Como se" + a verb in the indicative is "Como" (since) + the clitic of that verb;
* a split stating a cause in a sentence of its own, opened by "Isso (ocorre) porque", where the
  source had no causal form.
"""
from __future__ import annotations

from tests.test_strategies import groups_of, run


def _rd(src, tgt, groups=None):
    _, _, dets, _ = run(src, tgt, groups)
    return [d for d in dets if d.code == "RD+"]


def _split(src, tgt):
    return groups_of(([f"s{i + 1}" for i in range(len(src))], [f"t{i + 1}" for i in range(len(tgt))]))


def _pairs(rd):
    return [(d.evidence.get("source"), d.evidence.get("target")) for d in rd
            if d.evidence.get("kind") == "connective_replaced"]


def test_e_made_conclusive_at_a_split():
    # (a second "e", between two phrases, further on: the form count alone would pair it)
    src = ["As vendas do setor pioraram, e os juros mais altos e a inflação poderiam frear o consumo."]
    tgt = ["As vendas do setor pioraram.", "Com isso, os juros mais altos e a inflação poderiam frear o consumo."]
    assert ("e", "com isso") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_e_made_temporal_at_a_split():
    src = ["Hoje os técnicos recolhem várias amostras de uma vez e analisam todas no mesmo dia."]
    tgt = ["Hoje, os técnicos recolhem várias amostras de uma vez.", "Em seguida, analisam todas no mesmo dia."]
    assert ("e", "em seguida") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_e_entao_keeps_its_temporal_reading():
    # guard: "e então" → "Em seguida": "então" stands behind it, not the "e"
    src = ["O barco balançou primeiro para o lado e então afundou de vez."]
    tgt = ["O barco balançou primeiro para o lado.", "Em seguida, afundou de vez."]
    assert _pairs(_rd(src, tgt, _split(src, tgt))) == [("então", "em seguida")]


def test_e_kept_at_a_split_is_silent():
    # guard: the plain "e" between two clauses that become two sentences is RP+, not RD+
    src = ["Os técnicos recolhem várias amostras e analisam todas no mesmo dia."]
    tgt = ["Os técnicos recolhem várias amostras.", "Eles analisam todas no mesmo dia."]
    assert _rd(src, tgt, _split(src, tgt)) == []


def test_purpose_para_with_a_noun_made_a_frame():
    src = ["Em Recife, a prefeitura investe na criação de bibliotecas gratuitas para inclusão social."]
    tgt = ["Em Recife, a prefeitura investe na criação de bibliotecas gratuitas.", "O objetivo é a inclusão social."]
    assert ("para", "o objetivo é") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_purpose_para_with_a_short_infinitive():
    src = ["A antiga fábrica da cidade vai fechar as portas para dar lugar a um shopping."]
    tgt = ["A antiga fábrica da cidade vai fechar as portas.", "O objetivo é dar lugar a um shopping."]
    assert ("para", "o objetivo é") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_para_as_preposition_at_a_split_is_silent():
    # guard: "para" of destination, the new sentence opens with no connective
    src = ["A equipe seguiu para a praia, onde gravou a segunda parte do programa."]
    tgt = ["A equipe seguiu para a praia.", "Na praia, gravou a segunda parte do programa."]
    assert _pairs(_rd(src, tgt, _split(src, tgt))) == []


def test_mesmo_sem_replaced_by_mas():
    src = ["Mesmo sem encontrar o navio citado por um cronista, no ano de 1550, os mergulhadores puderam "
           "recolher moedas antigas."]
    tgt = ["Os mergulhadores não encontraram o navio citado por um cronista.", "O relato é do ano de 1550.",
           "Mas os mergulhadores puderam recolher moedas antigas."]
    assert ("mesmo sem", "mas") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_assim_dropped():
    rd = _rd(["Assim, a cidade terá para sempre um lugar para passear -- diz o prefeito."],
             ["A praça será para sempre um lugar onde passear -- diz o prefeito."])
    assert [d.evidence.get("source") for d in rd if d.evidence.get("kind") == "connective_removed"] == ["assim"]


def test_assim_of_manner_dropped_is_silent():
    # guard: "assim" inside the clause (this way), no comma after a sentence-initial form
    rd = _rd(["Ele sempre trabalhou assim em todas as obras da cidade."],
             ["Ele sempre trabalhou em todas as obras da cidade."])
    assert [d for d in rd if d.evidence.get("kind") == "connective_removed"] == []


def test_como_se_with_an_indicative_verb_is_causal_como():
    src = ["Como se trata de uma doença contagiosa, era preciso isolar os pacientes no hospital."]
    tgt = ["Trata-se de uma doença contagiosa.", "Por isso, era preciso isolar os pacientes no hospital."]
    assert ("como", "por isso") in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_comparative_como_se_is_not_causal():
    # guard: "como se" + subjunctive (as if) stays comparative: no causal "Como" to replace
    src = ["Como se a fila já não fosse enorme, o banco fechou mais dois caixas na tarde de ontem."]
    tgt = ["A fila já era enorme.", "Por isso, o banco fechou mais dois caixas na tarde de ontem."]
    assert ("como", "por isso") not in _pairs(_rd(src, tgt, _split(src, tgt)))


def test_cause_frame_added_at_a_split():
    src = ["Isso gera incômodo em parte dos moradores do bairro antigo, que julgam estar pagando a obra."]
    tgt = ["Isso gera incômodo em parte dos moradores do bairro antigo.",
           "Isso ocorre porque os moradores julgam estar pagando a obra."]
    rd = _rd(src, tgt, _split(src, tgt))
    assert [d.evidence.get("target") for d in rd if d.evidence.get("kind") == "connective_added"] == ["porque"]


def test_cause_frame_with_porque_in_the_source_is_silent():
    # guard: the source said "porque" already: the relation was not implicit
    src = ["Tem loja fechando mais cedo porque as ruas estão vazias -- disse o comerciante."]
    tgt = ["Tem loja fechando mais cedo.", "Isso ocorre porque as ruas estão vazias -- disse o comerciante."]
    rd = _rd(src, tgt, _split(src, tgt))
    assert [d for d in rd if d.evidence.get("kind") == "connective_added"] == []


def test_corrective_mas_cut_at_a_split():
    src = ["As mudas não vieram do viveiro, mas doações de moradores do bairro, segundo a prefeitura."]
    tgt = ["As mudas não vieram do viveiro.", "As mudas são doações de moradores do bairro, segundo a prefeitura."]
    rd = _rd(src, tgt, _split(src, tgt))
    assert [d.evidence.get("source") for d in rd if d.evidence.get("kind") == "connective_removed"] == ["mas"]


def test_corrective_mas_kept_at_a_split_is_silent():
    # guard: the contrast is still marked ("Mas" opens the new sentence)
    src = ["As mudas não vieram do viveiro, mas doações de moradores do bairro, segundo a prefeitura."]
    tgt = ["As mudas não vieram do viveiro.", "Mas as mudas são doações de moradores do bairro, segundo a prefeitura."]
    rd = _rd(src, tgt, _split(src, tgt))
    assert [d for d in rd if d.evidence.get("kind") == "connective_removed"] == []


def test_nao_so_mas_cut_at_a_split_is_not_a_contrast():
    # guard: "não só X, mas Y" adds Y ("também" in the target): no adversative link dropped
    src = ["O prefeito disse que a obra não só atrasa o trânsito do centro, mas prejudica todo o comércio local."]
    tgt = ["O prefeito disse que a obra atrasa o trânsito do centro.",
           "O prefeito disse que a obra também prejudica todo o comércio local."]
    rd = _rd(src, tgt, _split(src, tgt))
    assert [d for d in rd if d.evidence.get("source") == "mas"] == []
