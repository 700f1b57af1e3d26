"""
Settings shared by every environment.

This module is safe on its own: DEBUG is off, there is no secret key and no
allowed host unless the environment provides them. ``dev.py`` relaxes it for a
laptop, ``test.py`` speeds it up, ``production.py`` insists on real values.
"""

from pathlib import Path

import dj_database_url

from caching.config import OUTAGE_LOGGER, caches_for, release_id
from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "technique",
    "conditions",
    "trust",
    "faq",
    "booking",
    "practitioners",
    "locations",
    "patients",
    "seo",
    "caching",
    "security",
    "django_recaptcha",
    "django_tasks_db",
    "wagtailseo",
    "wagtailcache",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Security: login throttling and admin two-factor authentication.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
]
# The demo clinic's app (``seed_demo``) is installed only by the dev, test and demo settings.
DEMO_APPS = ["demo"]

# The model core's FAQ blocks choose reusable questions from; it provides ``faq_entry()``.
REUSABLE_FAQ_MODEL = "faq.FAQ"

# The page cache (wagtail-cache) stores a response with its security headers, and answers
# a hit before sessions, CSRF and authentication run: a request it may answer carries no
# session cookie (the is_request_cacheable hook in caching/wagtail_hooks.py), so none of
# them would change the page. https://docs.coderedcorp.com/wagtail-cache/
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.retry_after.RetryAfterMiddleware",
    # Early, so it is asked last: a view that fails for want of the database gets the 503.
    "config.outage.DatabaseOutageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "caching.middleware.SharedCacheHeadersMiddleware",
    "wagtailcache.cache.UpdateCacheMiddleware",
    "security.middleware.CSPMiddleware",
    "security.middleware.SecurityHeadersMiddleware",
    "wagtailcache.cache.FetchFromCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.languages.LanguageFromPathMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.twofactor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout response.
    "axes.middleware.AxesMiddleware",
]

# The outage page's copy of the clinic's phone and address (core/clinic_details.py):
# any file the web service may write; refreshed on save, migrate and gunicorn's start.
CLINIC_DETAILS_FILE = env_str("CLINIC_DETAILS_FILE", str(BASE_DIR / ".clinic-details.json"))

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the zero-setup default. WAL lets readers run beside a writer;
# IMMEDIATE transactions take the write lock up front and the busy timeout makes
# a second writer wait for it, instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at /, Spanish at /es/ (config/urls.py). Pages are translated with wagtail-localize;
# fixed strings through gettext (locale/, compiled by `make install`).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Harbourview Chiropractic")
# The one public address: the default Site's hostname, port and scheme are set from it
# (`manage.py set_site_url`), so canonical links, the sitemap and JSON-LD all agree.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEO_SEP = "|"
# The admin makes no third-party request: no avatars from Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# The clinic's country, used to normalise and validate phone numbers.
CLINIC_PHONE_REGION = env_str("CLINIC_PHONE_REGION", "US")

# Cookies: secure and same-site by default; dev.py relaxes Secure for plain HTTP.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "filters": {
        "once_a_minute": {"()": "caching.backends.OncePerInterval", "seconds": 60},
        "database_once_a_minute": {
            "()": "caching.backends.OncePerInterval",
            "seconds": 60,
            "message": "The database is unreachable; public pages answer 503",
        },
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Every page save queues search and reference-index tasks; their chatter is noise.
        "django_tasks": {"level": "WARNING"},
        # A Redis outage: one line per process and minute, not a traceback per cache call.
        OUTAGE_LOGGER: {"filters": ["once_a_minute"]},
        # One line per URL on every purge (thousands while seeding); caching/purge.py
        # reports each batch's outcome instead.
        "wagtail.frontendcache": {"level": "WARNING"},
        # A database outage: one line per process and minute, not one per request.
        "config.outage": {"filters": ["database_once_a_minute"]},
    },
}
# django-redis reports each call it turned into a miss to this logger.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = OUTAGE_LOGGER

# --- Security and page caching (docs/configuration.md, docs/caching.md) ---
from csp.constants import NONE, SELF  # noqa: E402

# The admin lives at a configurable path, so scanners looking for /admin/ find nothing.
WAGTAIL_ADMIN_PATH = env_str("WAGTAIL_ADMIN_PATH", "admin").strip("/") + "/"

# The strict policy covers the public site; security/middleware.py swaps in the admin's own policy
# and adds reCAPTCHA's origins on pages that declare uses_recaptcha. No nonce: public
# pages carry no executable inline script (JSON-LD is a data block, which script-src does
# not govern), so every anonymous visitor gets the same bytes and any cache can keep them.
# https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
RECAPTCHA_ORIGINS = [
    "https://www.google.com/recaptcha/",
    "https://www.gstatic.com/recaptcha/",
    "https://www.recaptcha.net/recaptcha/",
]
CONTENT_SECURITY_POLICY_RECAPTCHA = {
    "script-src": RECAPTCHA_ORIGINS,
    "frame-src": RECAPTCHA_ORIGINS,
    "connect-src": RECAPTCHA_ORIGINS,
}
# Wagtail 7.4's admin still writes inline scripts and styles and frames its own previews.
# Everything stays same-origin; no third-party origin is allowed here either.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
    "interest-cohort",
]
CSRF_COOKIE_HTTPONLY = True  # Wagtail's admin reads the token from the page, not the cookie.

# Login throttling: lock a username from one address after repeated failures.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Counted in the database, which every app server shares and which, unlike the cache,
# keeps counting while Redis is down.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# X-Forwarded-For is trusted only when the operator says how many proxies add to it,
# and then read from the right, so a client cannot spoof its way past a lockout.
AXES_IPWARE_PROXY_COUNT = env_int("AXES_PROXY_COUNT", 0) or None
AXES_IPWARE_PROXY_ORDER = "right-most"
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# Two-factor authentication for the admin (security/twofactor.py).
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Passkeys (django-otp-webauthn) as a second factor, never instead of the password. The
# relying party and its origin are the admin's address, read from WAGTAILADMIN_BASE_URL
# when a ceremony runs (security/passkeys.py), so the app's own origin list stays unset
# and its check for one is silenced; security.W001 warns when passkeys cannot work there.
OTP_WEBAUTHN_HELPER_CLASS = "security.passkeys.PasskeyHelper"
OTP_WEBAUTHN_RP_ID_CALLABLE = "security.passkeys.relying_party_id"
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
SILENCED_SYSTEM_CHECKS = ["otp_webauthn.E030"]

# Page cache (wagtail-cache): anonymous GETs of public pages, purged on every publish
# (caching/purge.py). The timeout bounds how long an edit made without signals (a bulk
# update in a shell) can stay unseen. https://docs.coderedcorp.com/wagtail-cache/
WAGTAIL_CACHE = env_bool("PAGE_CACHE_ENABLED", True)
WAGTAIL_CACHE_BACKEND = "pagecache"
WAGTAIL_CACHE_HEADER = "X-Wagtail-Cache"
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 300)
# What a shared cache in front (nginx, a CDN) may keep a page for; a publish purges it.
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 300)
# Every cache tier is keyed to the release: a new collectstatic is a new release.
RELEASE_ID = release_id(STATIC_ROOT)
CACHES = caches_for(
    {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "clinic"},
    {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    RELEASE_ID,
    PAGE_CACHE_TIMEOUT,
)

# Uploads: bounded size and pixels (decompression bombs); no SVG, which can carry script.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.image_forms.ImageForm"
# --- end security and page caching ---

# --- Booking and contact requests (booking/, docs/booking.md) ---
# reCAPTCHA: keys only from the environment. Without them django-recaptcha uses Google's
# test keys, which always pass; dev.py and test.py silence its warning about that, and
# production.py does not, so a deploy without keys shows up in `manage.py check`.
# https://developers.google.com/recaptcha/docs/v3
if env_str("RECAPTCHA_PUBLIC_KEY"):
    RECAPTCHA_PUBLIC_KEY = env_str("RECAPTCHA_PUBLIC_KEY")
    RECAPTCHA_PRIVATE_KEY = env_str("RECAPTCHA_PRIVATE_KEY")
RECAPTCHA_MODE = env_str("RECAPTCHA_MODE", "v3")  # or "v2_checkbox"
RECAPTCHA_REQUIRED_SCORE = float(env_str("RECAPTCHA_REQUIRED_SCORE", "0.5"))
# Google not answering within this is "needs review", never an error page. The first is
# django-recaptcha's per-read socket timeout; the second bounds the whole call.
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 3
RECAPTCHA_VERIFY_DEADLINE = 4
# Layers that need no third party, and retention.
BOOKING_MIN_FILL_SECONDS = env_int("BOOKING_MIN_FILL_SECONDS", 3)
# (attempts, window in seconds), counted in the default cache so every worker shares them.
BOOKING_RATE_LIMITS = {
    "ip": (env_int("BOOKING_RATE_LIMIT_IP", 10), 3600),
    "email": (env_int("BOOKING_RATE_LIMIT_EMAIL", 3), 3600),
}
BOOKING_TRUST_X_FORWARDED_FOR = env_bool("BOOKING_TRUST_X_FORWARDED_FOR", False)
BOOKING_RETENTION_DAYS = env_int("BOOKING_RETENTION_DAYS", 180)
# The same content posted again within this (back, then send) is the same request.
BOOKING_DUPLICATE_WINDOW_SECONDS = 600
# A form post refused by the CSRF check is shown again as typed, with the clinic's phone.
CSRF_FAILURE_VIEW = "booking.views.csrf_failure"
BOOKING_FALLBACK_RECIPIENTS = env_list("BOOKING_FALLBACK_RECIPIENTS")
# Notification e-mail goes through the "mail" task queue: the database backend, worked
# by `manage.py db_worker --backend mail`. It does not retry, so booking/tasks.py does.
BOOKING_EMAIL_MAX_ATTEMPTS = env_int("BOOKING_EMAIL_MAX_ATTEMPTS", 6)
BOOKING_EMAIL_RETRY_BASE_SECONDS = 60
BOOKING_EMAIL_RETRY_MAX_SECONDS = 3600
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# "default" keeps Wagtail's own tasks (search index, references) inline, as before.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# --- end booking and contact requests ---

# --- Answer engines (docs/answer-engines.md) ---
# IndexNow: changed URLs are pinged on publish, unpublish and move through the "mail" task
# queue (its worker already runs), never during the editor's request. Off without a key;
# the key (8 to 128 letters, digits or dashes) is served at /<key>.txt.
# https://www.indexnow.org/documentation
INDEXNOW_KEY = env_str("INDEXNOW_KEY", "")
INDEXNOW_ENDPOINT = env_str("INDEXNOW_ENDPOINT", "https://api.indexnow.org/indexnow")
INDEXNOW_TIMEOUT = env_int("INDEXNOW_TIMEOUT", 10)
# --- end answer engines ---
