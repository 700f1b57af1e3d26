"""Production settings, read in a fresh process with a realistic environment."""

import gzip
import logging
import re
from pathlib import Path

from bs4 import BeautifulSoup
from django.test import Client, override_settings
from django.urls import path

from config.jsonlog import JsonFormatter
from tests.security_helpers import PRODUCTION_ENV, ROOT, production_setting, run_django


def test_check_deploy_is_clean():
    result = run_django(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"System check identified no issues \(\d+ silenced\)", result.stdout)
    assert "WARNINGS" not in result.stdout + result.stderr


def test_missing_secret_key_stops_the_process():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_django(["check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_twelve_factor_settings_come_from_the_environment():
    got = production_setting(
        ["DATABASES", "CACHES", "SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME", "ADMIN_2FA_REQUIRED"]
        + ["SECURE_HSTS_PRELOAD", "EMAIL_HOST", "RECAPTCHA_PUBLIC_KEY", "CSRF_TRUSTED_ORIGINS"]
    )
    database = got["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["CONN_MAX_AGE"] == 600 and database["CONN_HEALTH_CHECKS"] is True
    cache = got["CACHES"]["default"]
    assert cache["BACKEND"] == "caching.backends.RedisCache"
    assert cache["LOCATION"] == PRODUCTION_ENV["REDIS_URL"]
    # An outage is a miss after a short wait, never an error page.
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 0.5
    assert got["CACHES"]["pagecache"]["LOCATION"] == PRODUCTION_ENV["REDIS_URL"]
    assert got["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert got["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert got["ADMIN_2FA_REQUIRED"] is True and got["SECURE_HSTS_PRELOAD"] is True
    assert got["EMAIL_HOST"] == "smtp.internal"
    assert got["RECAPTCHA_PUBLIC_KEY"] == "site-key"
    assert got["CSRF_TRUSTED_ORIGINS"] == ["https://www.harbourview.example"]


def test_without_redis_every_worker_shares_one_cache(tmp_path):
    cache_dir = str(tmp_path / "cache")
    env = {**PRODUCTION_ENV, "REDIS_URL": "", "CACHE_DIR": cache_dir}
    got = production_setting(["CACHES"], REDIS_URL="", CACHE_DIR=cache_dir)
    assert got["CACHES"]["default"]["BACKEND"].endswith("FileBasedCache")
    # A page one worker process stored is gone for every other after a purge in a third.
    pages = "from django.core.cache import caches; pages = caches['pagecache']; "
    store = run_django(["shell", "-c", pages + "pages.set('page', 'cached', 60)"], env)
    seen = run_django(["shell", "-c", pages + "print(pages.get('page'))"], env)
    purge = run_django(["shell", "-c", "from caching.purge import purge_everything as p; p()"], env)
    after = run_django(["shell", "-c", pages + "print(pages.get('page'))"], env)
    for run in (store, seen, purge, after):
        assert run.returncode == 0, run.stderr
    assert seen.stdout.split()[-1] == "cached"
    assert after.stdout.split()[-1] == "None"


def test_object_storage_and_cdn_purge_switch_on_from_the_environment():
    got = production_setting(
        ["STORAGES", "WAGTAILFRONTENDCACHE", "CONTENT_SECURITY_POLICY"],
        AWS_STORAGE_BUCKET_NAME="clinic-media",
        AWS_S3_CUSTOM_DOMAIN="media.harbourview.example",
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        FRONTEND_CACHE_CLOUDFLARE_TOKEN="token",
    )
    assert got["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert got["WAGTAILFRONTENDCACHE"]["cloudflare"]["ZONEID"] == "zone"
    img_src = got["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://media.harbourview.example" in img_src
    plain = production_setting(["STORAGES", "WAGTAILFRONTENDCACHE"])
    assert plain["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert plain["WAGTAILFRONTENDCACHE"] is None


def test_static_files_are_hashed_and_cached_for_ever(settings, tmp_path):
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    hashed = next(Path(tmp_path, "css").glob("site.*.css")).name
    assert Path(tmp_path, "css", hashed + ".gz").exists()
    response = Client().get(f"/static/css/{hashed}")
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]


def test_gunicorn_access_log_has_no_query_string_or_client_address():
    config = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), config)  # noqa: S102 - our own config file
    log_format = config["access_log_format"]
    assert "%(U)s" in log_format
    for leaky in ("%(r)s", "%(q)s", "%(h)s", "%(a)s", "%(f)s"):
        assert leaky not in log_format
    assert config["workers"] >= 3 and config["timeout"] > 0
    assert config["preload_app"] is True  # recycled workers must not re-import Django


def test_json_log_lines_carry_no_request_details():
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Boom: %s", ("/x",), None
    )
    record.request = object()  # Django attaches the request; it must not be written.
    record.status_code = 500
    line = JsonFormatter().format(record)
    assert line.startswith("{") and '"status": 500' in line
    assert "request" not in line.lower().replace("django.request", "")


def _explode(request):
    raise RuntimeError("secret-internal-detail")


urlpatterns = [path("explode/", _explode)]
handler500 = "config.views.server_error"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_the_500_page_has_no_stack_trace_or_settings(db):
    client = Client(raise_request_exception=False)
    response = client.get("/explode/")
    assert response.status_code == 500
    body = response.content.decode()
    for leak in ("secret-internal-detail", "Traceback", "SECRET_KEY", "RuntimeError"):
        assert leak not in body


def test_production_gzips_pages_inside_the_page_cache_unless_the_proxy_does(site, settings):
    middleware = production_setting(["MIDDLEWARE"])["MIDDLEWARE"]
    # Inside the page cache: a page is compressed once, when stored, not on every hit.
    page_cache = middleware.index("wagtailcache.cache.UpdateCacheMiddleware")
    assert middleware[page_cache + 1] == "django.middleware.gzip.GZipMiddleware"
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < page_cache
    off = production_setting(["MIDDLEWARE"], GZIP_HTML="false")["MIDDLEWARE"]
    assert "django.middleware.gzip.GZipMiddleware" not in off

    settings.MIDDLEWARE = middleware
    response = Client().get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    page = BeautifulSoup(gzip.decompress(response.content), "html.parser")
    assert page.h1.get_text(strip=True)
