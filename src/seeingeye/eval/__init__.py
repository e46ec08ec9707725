"""Evaluation: data sets, synthetic generators, scoring and reports."""
