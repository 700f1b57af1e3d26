"""
`make bench` only (bench/run.py): production settings plus two relaxations, on loopback.

- reCAPTCHA is answered by ``bench.stubs`` instead of Google, which a load test must not
  call, and the booking rate limits are lifted, so 50 clients on one address can post.
- Everything else is production: middleware, page cache, CSRF, honeypot, fill time and
  idempotency all run as they do for patients.

It refuses to start unless the database, the cache and every allowed host are on
loopback (bench/guard.py), so these settings cannot serve real traffic. Production
settings cannot switch the stub on: ``BENCH_RECAPTCHA_STUB`` is read from no environment
variable, and the ``bench`` app that installs it is listed only here
(tests/ops/test_bench_settings.py).
"""

from bench.guard import require_loopback
from config.settings.production import *  # noqa: F403

BENCH_RECAPTCHA_STUB = True
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
BOOKING_RATE_LIMITS = {"ip": (10**9, 3600), "email": (10**9, 3600)}

require_loopback(DATABASES, CACHES, ALLOWED_HOSTS)
