"""Twenty patients press "send" at the same moment, against a SQLite file.

Run as ``python -m tests.booking.booking_concurrency_probe`` by ``test_booking_concurrency`` with DATABASE_URL pointing at a fresh
file, so it exercises the real file locking (WAL, IMMEDIATE transactions, busy timeout)
that pytest's in-memory test database would hide. Prints one JSON line.
"""

import json
import os
import threading

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from booking.models import BookingRequest  # noqa: E402
from core.models import ClinicSettings  # noqa: E402
from tests.booking_helpers import booking_post, patch_captcha  # noqa: E402
from tests.trees import add_request_pages, build_site  # noqa: E402

THREADS = 20


def post_one(index, barrier, results):
    client = Client()
    data = booking_post(first_name="Patient", email=f"patient{index}@example.com")
    try:
        barrier.wait()
        response = client.post("/book/", data)
        results[index] = str(response.status_code)
    except Exception as error:  # noqa: BLE001 - the probe reports every failure
        results[index] = f"{type(error).__name__}: {error}"
    finally:
        connections.close_all()


def main():
    call_command("migrate", verbosity=0)
    site = build_site()
    add_request_pages(site.root_page, ClinicSettings.for_site(site))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal_mode = cursor.fetchone()[0]
    connections.close_all()
    results = [None] * THREADS
    barrier = threading.Barrier(THREADS)
    limits = {"ip": (1000, 3600), "email": (1000, 3600)}
    with override_settings(BOOKING_RATE_LIMITS=limits), patch_captcha():
        threads = [
            threading.Thread(target=post_one, args=(i, barrier, results)) for i in range(THREADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    stored = BookingRequest.objects.all()
    report = {
        "vendor": connection.vendor,
        "database": str(connection.settings_dict["NAME"]),
        "journal_mode": journal_mode,
        "results": results,
        "stored": stored.count(),
        "notified": stored.filter(staff_notified_at__isnull=False).count(),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
