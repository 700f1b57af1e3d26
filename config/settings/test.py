"""Fast, isolated settings for pytest."""

import os
import tempfile
from urllib.parse import urlsplit, urlunsplit

from caching.config import caches_for, redis_cache

from .base import *  # noqa: F403
from .base import env_str

INSTALLED_APPS = [*INSTALLED_APPS, *DEMO_APPS]  # noqa: F405


def _redis_url_for_this_worker(url):
    """Each pytest-xdist worker gets its own Redis database: cache.clear() empties a whole one."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw"):
        return url
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(database - int(worker[2:])) % 16}"))


def _sqlite_test_file():
    """A file in RAM where there is one, named for this run (pytest-django adds the worker).

    Not SQLite's in-memory database: pytest-django's live server hands that one connection to
    its server thread, so a browser test's own queries would run on it mid-request."""
    folder = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()  # noqa: S108
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
    return os.path.join(folder, f"clinic-test-{run}.sqlite3")


if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": _sqlite_test_file()}  # noqa: F405

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SITE_URL = WAGTAILADMIN_BASE_URL = "http://localhost"
# Each test process its own copy, never the checkout's.
CLINIC_DETAILS_FILE = os.path.join(tempfile.gettempdir(), f"clinic-details-test-{os.getpid()}.json")
_local = "django.core.cache.backends.locmem.LocMemCache"
CACHES = caches_for(
    {"BACKEND": _local, "LOCATION": "tests"},
    {"BACKEND": _local, "LOCATION": "test-pages"},
    "test",
    300,
)
if env_str("REDIS_URL"):
    _redis = redis_cache(_redis_url_for_this_worker(env_str("REDIS_URL")), "clinic-tests")
    CACHES = caches_for(_redis, _redis, "test", 300)

# Security and page caching. Tests that exercise them switch them on.
# Page cache off so other tests see each save at once; axes off so client.login() works.
WAGTAIL_CACHE = False
AXES_ENABLED = False
ADMIN_2FA_REQUIRED = False

# Booking: e-mail tasks run inline; Google's test keys are expected here.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_recaptcha.recaptcha_test_key_error"]  # noqa: F405

# Indexing each saved page for the admin's search is a third of building a page tree, and no
# test searches pages; the searches the tests make (the front desk's) filter in the database.
WAGTAILSEARCH_BACKENDS = {
    "default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}  # noqa: F405
}
