"""Shared linguistic evidence for the strategy detectors (closed classes, connectives, voice,
negation, word frequency).

Why one package: every detector must reason from the same general knowledge of Portuguese
grammar, so a fix to, say, the connective inventory improves every detector that uses it.
Nothing here is tuned on any particular text.
"""
