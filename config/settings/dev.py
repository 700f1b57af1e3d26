"""Local development: debug on, plain HTTP, an obviously fake key."""

from .base import *  # noqa: F403
from .base import env_bool, env_list, env_str

INSTALLED_APPS = [*INSTALLED_APPS, *DEMO_APPS]  # noqa: F405

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Template edits show at once; sign in to the local admin without an authenticator.
WAGTAIL_CACHE = env_bool("PAGE_CACHE_ENABLED", False)
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
# Booking: e-mail prints to the console at once, no worker needed; the
# reCAPTCHA test keys are expected on a laptop.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_recaptcha.recaptcha_test_key_error"]  # noqa: F405
