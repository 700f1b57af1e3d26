"""
In-process figures: queries and render times, through Django's full middleware stack.

Run by bench/run.py as ``python -m bench.measure`` with the bench settings and the run's
fresh database; builds the large page first, then prints one JSON object. Each page is
fetched once before counting, as a warm app server would have done.
"""

import json
import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitecore.settings.bench")
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.urls import HELLO_PATH  # noqa: E402
from sitecore import pagecache  # noqa: E402
from technique.large_page import build_large_technique_page  # noqa: E402
from technique.models import TechniqueIndexPage  # noqa: E402

PAGES = {
    "home": "/",
    "techniques": "/techniques/",
    "sot": "/techniques/sacro-occipital-technique/",
    "faq": "/faq/",
    "booking": "/book/",
    "contact": "/contact/",
}
# Their responses carry a CSRF token, so the page cache never keeps them.
FORM_PAGES = {"booking", "contact"}
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
    return len(queries), response.get("X-Page-Cache", "")


def count_first_view(client, path):
    """Queries of the first view after a change, when nothing kept for page views is current."""
    fetch(client, path)
    pagecache.purge_all()
    with CaptureQueriesContext(connection) as queries:
        fetch(client, path)
    return len(queries)


def median_ms(client, path, renders=RENDERS, before=None):
    fetch(client, path)
    timings = []
    for _ in range(renders):
        if before:
            before()
        started = time.perf_counter()
        fetch(client, path)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main():
    large = build_large_technique_page(TechniqueIndexPage.objects.live().get())
    pages = {**PAGES, "large": large.url}
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    hello = f"/{HELLO_PATH}"
    result = {
        "paths": pages,
        "queries": {},
        "first_view_queries": {},
        "uncached_ms": {},
        "first_view_ms": {},
        "cached_ms": {},
    }
    with override_settings(PAGE_CACHE_ENABLED=False):
        for name, path in pages.items():
            result["first_view_queries"][name] = count_first_view(client, path)
            result["queries"][name] = count_queries(client, path)[0]
            result["uncached_ms"][name] = median_ms(client, path)
            result["first_view_ms"][name] = median_ms(client, path, before=pagecache.purge_all)
        result["hello_ms"] = median_ms(client, hello, renders=RENDERS * 5)
    with override_settings(PAGE_CACHE_ENABLED=True):
        pagecache.purge_all()
        for name, path in pages.items():
            if name not in FORM_PAGES:
                result["cached_ms"][name] = median_ms(client, path, renders=RENDERS * 2)
        result["cached_sot"] = count_queries(client, pages["sot"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
