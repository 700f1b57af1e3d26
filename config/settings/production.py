"""
Production: every secret and host comes from the environment (docs/configuration.md).

A missing SECRET_KEY, ALLOWED_HOSTS or DATABASE_URL stops the process at import
time rather than running with a guessable key, any Host header or a local file
database that other app servers cannot see.
"""

import os
import tempfile

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from caching.config import caches_for, redis_cache, release_id

from .base import *  # noqa: F403
from .base import env_bool, env_int, env_list, env_str


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required.")
    return value


SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or _required("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = _required("SITE_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", SITE_URL)
# Each release collects into a clean folder, so no page can name a file it no longer has;
# the caches are keyed to the manifest found there (caching/config.py).
STATIC_ROOT = env_str("STATIC_ROOT", str(STATIC_ROOT))
RELEASE_ID = release_id(STATIC_ROOT)

# Persistent connections with a health check before reuse: no reconnect per request,
# and no request fails on a connection the database has since closed.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES = {
    "default": dj_database_url.parse(
        _required("DATABASE_URL"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)

# One cache shared by every app server: pages, renditions and booking rate limits. Redis
# down or slow means misses, not errors (caching/config.py, docs/caching.md).
if env_str("REDIS_URL"):
    _prefix = env_str("CACHE_KEY_PREFIX", "clinic")
    _store = redis_cache(env_str("REDIS_URL"), _prefix)
    _pages = redis_cache(env_str("REDIS_URL"), _prefix)
else:
    # Still one cache for every gunicorn worker on this server, so that a purge on publish
    # reaches them all (a local-memory cache is one per process). More servers need Redis.
    _dir = env_str("CACHE_DIR", os.path.join(tempfile.gettempdir(), "clinic-cache"))
    _files = "django.core.cache.backends.filebased.FileBasedCache"
    _store = {"BACKEND": _files, "LOCATION": os.path.join(_dir, "shared")}
    _pages = {"BACKEND": _files, "LOCATION": os.path.join(_dir, "pages")}
CACHES = caches_for(_store, _pages, RELEASE_ID, PAGE_CACHE_TIMEOUT)

# HTML is compressed here unless the proxy or CDN already does it (docs/deployment.md).
# Inside the page cache, so a page is compressed once, when stored, not on every hit;
# WhiteNoise serves its own pre-compressed static files. Django's GZipMiddleware pads
# every response against BREACH, and CSRF tokens are masked per response, so secrets in a
# compressed form page cannot be guessed byte by byte.
if env_bool("GZIP_HTML", True):
    MIDDLEWARE = [*MIDDLEWARE]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("wagtailcache.cache.UpdateCacheMiddleware") + 1,
        "django.middleware.gzip.GZipMiddleware",
    )

# TLS ends at the proxy in front of us; trust its scheme header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer probes over plain HTTP inside the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# https://hstspreload.org/ requires a year, subdomains and preload.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# __Host- cookies must be Secure, host-only and path=/ (OWASP ASVS 5.0, 3.3.1).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

# Email: SMTP from the environment; errors go to ADMINS without request details.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# reCAPTCHA: real keys only here; the booking app's settings in base.py hold the rest.
if "django_recaptcha" in INSTALLED_APPS:
    RECAPTCHA_PUBLIC_KEY = _required("RECAPTCHA_PUBLIC_KEY")
    RECAPTCHA_PRIVATE_KEY = _required("RECAPTCHA_PRIVATE_KEY")

# Media in object storage, so every app server sees every upload.
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
if env_str("AWS_STORAGE_BUCKET_NAME"):
    AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None  # The bucket policy decides; objects never become public by ACL.
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    STORAGES = {**STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage"}}
    _media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else env_str("MEDIA_ORIGIN", f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    )
    for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
        _policy["DIRECTIVES"]["img-src"] = [*_policy["DIRECTIVES"]["img-src"], _media_origin]

# CDN purge (wagtail.contrib.frontend_cache); caching/purge.py calls it on every change.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": _required("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
            "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
        }
    }
elif env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
        }
    }
elif env_str("FRONTEND_CACHE_PURGE_URL"):
    # nginx's purge port on one server (deploy/nginx/clinic.conf.template).
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# One JSON object per line for the log shipper; config/jsonlog.py keeps personal data out.
LOGGING = {
    **LOGGING,
    "formatters": {"json": {"()": "config.jsonlog.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
}
