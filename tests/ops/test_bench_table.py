"""`make bench`'s verdicts: which failures fail the run (docs/performance.md, "Exit status")."""

import copy
import gzip

import pytest

from bench import table
from bench.load import padded_copy

PAGES = {"home": 20, "techniques": 21, "sot": 25, "faq": 20, "book": 19, "contact": 19}


def run(rps, hits=None, requests=1000):
    return {
        "seconds": 12.0,
        "rps": rps,
        "p50": 1.0,
        "p99": 5.0,
        "requests": requests,
        "bytes": requests * 5000,
        "errors": 0,
        "statuses": {200: requests},
        "caches": {hits: requests} if hits else {"none": requests},
    }


def booking(label, lost=0):
    return {
        **run(100),
        "statuses": {302: 1000},
        "label": label,
        "accepted": 1000,
        "accepted_rps": 83.0,
        "stored": 1000 - lost,
        "lost": lost,
    }


MET = {
    "measured": {
        "queries": {**PAGES, "large": 20},
        "uncached_ms": {name: 10.0 for name in [*PAGES, "large"]},
        "cached_ms": {name: 1.0 for name in [*PAGES, "large"] if name not in {"book", "contact"}},
        "hello_ms": 0.2,
        "cached_sot": [0, "hit"],
    },
    "static": run(10_000),
    "front": run(9_500, "HIT"),
    "hello": run(400),
    "app": run(350, "hit"),
    "uncached": run(20),
    "bookings": [booking("postgres"), booking("sqlite")],
    "cold_start": 1.0,
    "import": 1.0,
    "elapsed": 200.0,
    "redis": True,
}


def verdict(capsys, monkeypatch, strict=False, **changes):
    figures = copy.deepcopy(MET)
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = figures
        for key in parents:
            target = target[key]
        target[leaf] = value
    monkeypatch.setenv("BENCH_STRICT", "1" if strict else "0")
    status = table.report(figures, [], postgres=True)
    return status, capsys.readouterr().out


def test_every_target_met_passes(capsys, monkeypatch):
    status, out = verdict(capsys, monkeypatch)
    assert status == 0 and "PASS: every target met." in out


@pytest.mark.parametrize(
    "change",
    [
        {"front": run(5_000, "HIT")},  # front-cache hit at half the static file
        {"app": run(100, "hit")},  # app-cache hit at a quarter of hello
    ],
)
def test_a_missed_timing_target_fails_the_run_only_when_strict(capsys, monkeypatch, change):
    status, out = verdict(capsys, monkeypatch, **change)
    assert status == 0 and "FAIL (timing, not fatal)" in out
    assert verdict(capsys, monkeypatch, strict=True, **change)[0] == 1


@pytest.mark.parametrize(
    "change",
    [
        {"measured__queries__sot": table.QUERY_BUDGET + 1},  # over the budget
        {"measured__queries__large": 51},  # over twice SOT
        {"measured__cached_sot": [0, "miss"]},  # a cached view that was not a hit
        {"front": run(9_500, "MISS")},  # a loaded response nginx did not serve from cache
        {"app": run(350, "skip")},  # a loaded response wagtail-cache did not serve
        {"bookings": [booking("postgres", lost=1), booking("sqlite")]},
    ],
)
def test_a_deterministic_failure_fails_the_run(capsys, monkeypatch, change):
    status, out = verdict(capsys, monkeypatch, **change)
    assert status == 1 and "\nFAIL: " in out


def test_the_large_page_is_held_to_twice_sot_not_to_the_page_budget(capsys, monkeypatch):
    status, out = verdict(capsys, monkeypatch, measured__queries__large=48)
    query_rows = [line.split()[1:3] for line in out.splitlines() if line.startswith("queries")]
    assert status == 0 and ["large", "vs"] in query_rows and ["large", "uncached"] not in query_rows


def test_the_static_copy_is_padded_to_the_weight_asked_for():
    html = b"<!doctype html><title>SOT</title>" + b"<p>Sacro occipital technique</p>" * 200
    bare = gzip.compress(html, 9, mtime=0)
    for extra in (0, 300, 600):
        padded = padded_copy(html, extra)
        # gzip's output grows in steps, so random filler lands within a few bytes of it.
        assert abs(len(padded) - len(bare) - extra) <= 4
        text = gzip.decompress(padded)
        assert text.startswith(html) and (text == html or text.endswith(b" -->"))
