"""Shared helpers for the security, cache and production tests."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A realistic production environment: nothing here is contacted by `check`.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "Zx8q-realistic-production-secret-4JkP0vNw2RtYb7HcLmQeS9aDfGu1iO3p",
    "ALLOWED_HOSTS": "www.harbourview.example",
    "CSRF_TRUSTED_ORIGINS": "https://www.harbourview.example",
    "SITE_URL": "https://www.harbourview.example",
    "DATABASE_URL": "postgres://clinic:secret@db.internal:5432/clinic",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "RECAPTCHA_PUBLIC_KEY": "site-key",
    "RECAPTCHA_PRIVATE_KEY": "secret-key",
    "EMAIL_HOST": "smtp.internal",
}


def run_django(args, env, timeout=120):
    """Run manage.py in a fresh process with only the given environment."""
    full_env = {"PATH": os.environ["PATH"], "HOME": str(ROOT), **env}
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def production_setting(names, **overrides):
    """Read settings as production.py computes them for PRODUCTION_ENV plus overrides."""
    env = {**PRODUCTION_ENV, **overrides}
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))"
    )
    result = run_django(["shell", "-c", code], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def csp_directives(response, header="Content-Security-Policy"):
    policy = response[header]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def shared_redis_or_skip():
    """The cross-process tests need the real shared cache that CI provides."""
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set: cross-process sharing needs the real Redis")
    return url


def subprocess_env():
    """Settings and services of this test run, for a second process to join."""
    keep = ("REDIS_URL", "DATABASE_URL", "PYTEST_XDIST_WORKER")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    return {"DJANGO_SETTINGS_MODULE": "config.settings.test", **env}
