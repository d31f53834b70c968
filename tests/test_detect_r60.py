"""Round 60, from the development gold (no new annotation).

DL+: an adverbial that opened its sentence goes, in a split, to a later sentence that names
the subject it stood before, carried by the copula the split needs ("Há nove anos nos Correios,
Telma dos Santos Pacheco, que entregava cartilhas …, coleciona cicatrizes …" → "… Telma dos
Santos Pacheco está há nove anos nos Correios.", dev_d 79 g4). It was taken for a predicate
built from an apposition ("Professora de literatura em Berlim, a brasileira X" → "X é
professora …", RP+); the development annotators code the circumstance moved after its main
clause DL+ (79 g4, 106 g0, as 66 g9). Put in the split's first sentence, the order of
ideas is kept (RP+: "Sem espaço sob pontes, moradores de rua transformam …" → "Moradores de rua
estão sem espaço sob pontes. …", dev_d 107 g5).

DL+: a finite copula is the verb of its clause when the search for a phrase's verb asks whether
that verb went to another sentence of the split ("No centro do método está um gene humano
descoberto recentemente" → "O gene humano UCP-3 está no centro do método. O gene foi descoberto
…", dev_f 126 g4: the participle of the next clause was taken for it); an auxiliary before its
participle is not ("é aconselhado").

DL+ in a split: the skeleton of the sentence is read on the words told apart, and a split repeats
its referents to open the new sentences ("… aguardavam a abertura do prédio na manhã de ontem.
A abertura do prédio ocorre …", dev_h 30 g1): a word once in the source is paired with its first
occurrence when it stands once in each target sentence, so a phrase that went past the object
the split repeats is seen (30 g1, and "em pedalinhos individuais" past "um trecho do lago",
dev_e 31 g9), its closing small words with it ("na manhã | de ontem").

DL+: a subject that followed its verb inside a relative clause put back before it, right after
the same "que" ("sobre o que decidiu o juiz Rafael Selau Carmona" → "sobre o que o juiz Rafael
Selau Carmona decidiu", dev_h 95 g20, in a split; inside one sentence the skeleton already saw
it): the subject moved over its verb as in a main clause, where the rule already read it. And
the speaker's name after the reporting verb that follows a line of speech, put before that
verb ("-- afirmou Chávez." → "-- Chávez afirmou.", dev_f 29 g8): the reporting clause stays after
the speech, only its subject moved (the development annotators code it DL+, dev_f 29 g8 and
dev_h 30 g27). The texts are written for the purpose, no corpus text.
"""
from __future__ import annotations

from analysis.strategies import dl
from tests.rule_cases import both_ways
from tests.test_strategies import analyzed_pairs

_TEACHER = ("Há cinco anos na escola, a professora Ana Souza, que mora no bairro, ensina música às crianças.",
            "A professora Ana Souza mora no bairro. A professora Ana Souza ensina música às crianças. "
            "A professora Ana Souza está há cinco anos na escola.")
_CHAPEL = ("No alto do morro está uma capela antiga construída em 1850 pelos moradores.",
           "Uma capela antiga está no alto do morro. A capela foi construída em 1850 pelos moradores.")


def _never(*_args) -> bool:
    return False


_LIBRARY = ("Os alunos esperavam na tarde de sábado a abertura da biblioteca, o que acontece sempre às 14h.",
            "Os alunos esperavam a abertura da biblioteca na tarde de sábado. "
            "A abertura da biblioteca acontece sempre às 14h.")

_PROJECT = ("Ela não quis entrar em detalhes sobre o que decidiu o diretor da escola Pedro Lima, "
            "mas comentou que a decisão fere as regras.",
            "Ela não quis entrar em detalhes sobre o que o diretor da escola Pedro Lima decidiu. "
            "Mas comentou que a decisão fere as regras.")

_SPEAKER = ("-- Vamos abrir a biblioteca todos os sábados -- anunciou Marta.",
            "-- Vamos abrir a biblioteca todos os sábados -- Marta anunciou.")


CASES = [
    ((dl, "_circumstance_of_its_subject"), _never, "DL+", _TEACHER,
     ("Há cinco anos na escola", "há cinco anos na escola"), True),
    ((dl, "_copula_verb"), _never, "DL+", _CHAPEL, ("No alto do morro", "no alto do morro"), True),
    ((dl, "_repeated_by_the_split"), _never, "DL+", _LIBRARY, ("na tarde de sábado", "na tarde de sábado"), True),
    ((dl, "_subject_kept_after_que"), _never, "DL+", _PROJECT, ("o diretor da escola Pedro Lima", "o diretor da escola Pedro Lima"), True),
    ((dl, "_speaker_put_first"), lambda ctx: [], "DL+", _SPEAKER, ("Marta", "Marta"), True),
]

test_round_60_reads_the_pair_right, test_round_60_without_the_rule_the_reading_turns = both_ways(CASES)


def test_a_circumstance_kept_first_in_the_split_is_no_move():
    """The phrase opens the split's first sentence, before what it stood before: the order of
    ideas is kept (RP+), however the subject is repeated."""
    src = "Sem dinheiro para o aluguel, as famílias dormem nas praças do centro."
    tgt = "As famílias estão sem dinheiro para o aluguel. As famílias dormem nas praças do centro."
    assert not analyzed_pairs("DL+", src, tgt)


def test_a_speaker_kept_after_the_verb_is_no_move():
    """The reporting verb replaced and the name still after it: nothing moved."""
    src = "-- Vamos abrir a biblioteca todos os sábados -- anunciou Marta."
    tgt = "-- Vamos abrir a biblioteca todos os sábados -- disse Marta."
    assert not analyzed_pairs("DL+", src, tgt)


def test_an_auxiliary_before_its_participle_is_no_clause_verb():
    """"é aconselhado" is a passive: its participle is the clause's verb, which the target keeps
    in the phrase's sentence ("Aconselha-se"), so the phrase moved inside its clause."""
    src = "Em casos de febre alta, é aconselhado que os pais levem os filhos ao posto para serem avaliados por um médico."
    tgt = "Aconselha-se que os pais levem os filhos ao posto em casos de febre alta. O objetivo é um médico avaliar as crianças."
    assert ("Em casos de febre alta", "em casos de febre alta") in analyzed_pairs("DL+", src, tgt)
    words = dl.tokenize(src)
    k = next(i for i, w in enumerate(words) if w.lower == "é")
    assert not dl._copula_verb(words, k)


def test_a_reporting_clause_follows_a_dash_or_a_closing_quote_and_comma():
    """"-- afirmou" and "», disse" open a reporting clause; a quotation mark alone before a word
    opens the quote itself ('disse "Vamos …"'), no reporting clause."""
    for text, word, expected in (("-- Vamos abrir -- afirmou Marta.", "afirmou", True),
                                 ("«Vamos abrir», disse Marta.", "disse", True),
                                 ('Marta disse "Vamos abrir amanhã".', "Vamos", False)):
        words = [w for w in dl.tokenize(text) if w.kind == "word"]   # as the diff's word list
        k = next(i for i, w in enumerate(words) if w.text == word)
        assert dl._after_speech(text, words, k) is expected, text
