"""Alignment round 10: a split piece said in other words joins its group when the group reads
clearly better with it.

"Entretanto, quando se torna intensa e persistente, …, pode configurar um transtorno que requer
acompanhamento especializado." → "Mas, quando a ansiedade fica muito forte e não passa, …, ela
pode ser uma doença. Nesse caso, a pessoa precisa ser acompanhada por um profissional.": the
first target sentence shares no word with its source and scores low against it alone, but
joined to the second it makes the group much closer to the source (by more than the slack a
merged sentence may cost). It is a piece of the split, not an added sentence.
Every text is written for the purpose (no corpus text)."""
from __future__ import annotations

from analysis.pipeline import analyze
from analysis.types import AUTOMATIC_CODES, AnalysisSettings

SOURCE = ("A ansiedade é uma reação natural do organismo diante de situações de perigo ou de pressão. "
          "Entretanto, quando se torna intensa e persistente, a ponto de comprometer as atividades "
          "cotidianas, pode configurar um transtorno que requer acompanhamento especializado. Sintomas como"
          " palpitações, insônia e preocupação excessiva não devem ser ignorados.")
TARGET = ("A ansiedade é uma reação normal do corpo quando a pessoa está em perigo ou sob pressão. Mas, "
          "quando a ansiedade fica muito forte e não passa, e atrapalha a vida do dia a dia, ela pode ser "
          "uma doença. Nesse caso, a pessoa precisa ser acompanhada por um profissional. Não ignore "
          "sintomas como coração acelerado, dificuldade para dormir e preocupação demais.")


def test_a_reworded_split_piece_joins_its_group():
    result = analyze(SOURCE, TARGET, AnalysisSettings(strategies=AUTOMATIC_CODES))
    kinds = [(g.kind, g.source, g.target) for g in result.alignments]
    assert ("split", ["s2"], ["t2", "t3"]) in kinds, kinds
    assert not [d for d in result.strategies if d.code == "IN+"]
