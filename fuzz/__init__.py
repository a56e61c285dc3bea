"""Mutation fuzzing of parse, format and transpile (see harness.py, run.py)."""
