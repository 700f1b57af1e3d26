"""
In-process figures: queries and render times, through Django's full middleware stack.

Run by bench/run.py as ``python -m bench.measure`` with the bench settings and the run's
fresh database; builds the large page first, then prints one JSON object. Each page is
fetched once before counting, as a warm app server would have done. "Uncached" is the
page cache off (``WAGTAIL_CACHE=False``): Wagtail routes and renders every view.
"""

import json
import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.large_page import build_large_technique_page  # noqa: E402
from bench.urls import HELLO_PATH  # noqa: E402
from demo.public_pages import EVERY_PAGE, FORM_PAGES, PUBLIC_PAGES  # noqa: E402
from technique.models import TechniqueIndexPage  # noqa: E402

# Every demo page tests/demo/test_cache_queries.py pins, in its names; queries are counted
# in both languages ("es-<name>"), render times in English.
PAGES = dict(PUBLIC_PAGES)
RENDERS = int(os.environ.get("BENCH_RENDERS", "40"))


def fetch(client, path):
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"GET {path} answered {response.status_code}")
    return response


def count_queries(client, path):
    fetch(client, path)
    with CaptureQueriesContext(connection) as queries:
        response = fetch(client, path)
    return len(queries), response.get(settings.WAGTAIL_CACHE_HEADER, "")


def median_ms(client, path, renders=RENDERS):
    fetch(client, path)
    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        fetch(client, path)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main():
    large = build_large_technique_page(
        TechniqueIndexPage.objects.live().get(locale__language_code="en")
    )
    pages = {**PAGES, "large": large.url}
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    result = {"paths": pages, "queries": {}, "uncached_ms": {}, "cached_ms": {}}
    with override_settings(WAGTAIL_CACHE=False):
        for name, path in {**EVERY_PAGE, "large": large.url}.items():
            result["queries"][name] = count_queries(client, path)[0]
        for name, path in pages.items():
            result["uncached_ms"][name] = median_ms(client, path)
        result["hello_ms"] = median_ms(client, f"/{HELLO_PATH}", renders=RENDERS * 5)
    with override_settings(WAGTAIL_CACHE=True):
        # Nothing from an earlier run or the page build: every first view below is a miss.
        caches["pagecache"].clear()
        for name, path in pages.items():
            if name not in FORM_PAGES:
                result["cached_ms"][name] = median_ms(client, path, renders=RENDERS * 2)
        result["cached_sot"] = count_queries(client, pages["sot"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
