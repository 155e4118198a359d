"""Benchmark harness for Toegang Desktop: `.venv/bin/python bench/run.py` (see docs/benchmarks.md)."""
