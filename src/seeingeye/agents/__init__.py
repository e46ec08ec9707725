"""Agents: the translator (perception) and the reasoner (text only), plus the answer-program language."""
