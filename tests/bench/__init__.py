"""Benchmarks: `make bench` runs every `bench_*.py` module here and prints its figures.

Each module defines `run(report)`; `report(name, value, unit)` prints one figure.
Benchmarks use the same factories as the tests, against the same real services.
"""
