"""`make bench`: the benchmark of issue 7 (bench/run.py) and its benchmark-only Django app."""
