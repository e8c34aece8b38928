"""Benchmarks of the desktop client (run as scripts: ``python bench/store.py``)."""
