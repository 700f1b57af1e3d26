"""`make bench` (bench/run.py) and its benchmark-only Django app."""
