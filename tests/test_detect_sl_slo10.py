"""SL+ round slo10: a conjugated verb with its object right after it, facing a verb that ends
its sentence, is no verb swapped for another: the clause was rebuilt and the object went
elsewhere ("tal iniciativa não dispensa a responsabilização das plataformas" → "essa educação
não basta. As plataformas também devem ser responsabilizadas"; "não dispensar X" and "não
bastar" do not mean the same). Near-misses: a verb swapped with its object kept ("reprimiu os
protestos" → "impediu os protestos") still pairs, and so does the pair of the same paragraph
that keeps its frame ("identificar" → "perceber"). Texts written for the purpose (no corpus
text), run through the whole engine as the app runs it."""
from __future__ import annotations

from tests.test_strategies import analyzed_pairs, sl_pairs

SOURCE = ("Nesse contexto, a educação midiática revela-se indispensável. Ao aprender a verificar fontes e a "
          "identificar manipulações, o cidadão torna-se menos vulnerável à desinformação. Contudo, tal iniciativa "
          "não dispensa a responsabilização das plataformas, que lucram com a circulação desse conteúdo.")
TARGET = ("Por isso, é muito importante ensinar as pessoas a lidar com a mídia. Quem aprende a conferir as fontes "
          "e a perceber manipulações é enganado com menos facilidade. Mas essa educação não basta. As plataformas "
          "também devem ser responsabilizadas, porque ganham dinheiro com esse conteúdo.")


def test_a_verb_whose_object_went_elsewhere_is_no_substitution():
    pairs = analyzed_pairs("SL+", SOURCE, TARGET)
    assert ("identificar", "perceber") in pairs, pairs
    assert not any(s == "dispensa" for s, _ in pairs), pairs


def test_a_verb_swapped_with_its_object_kept_still_pairs(e5):
    assert ("reprimiu", "impediu") in sl_pairs("O governo reprimiu os protestos na capital.",
                                               "O governo impediu os protestos na capital.", e5)
