"""The benchmark's reCAPTCHA stub and baseline view exist only under its loopback-only settings."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from bench import guard, stubs
from bench.apps import BenchConfig
from tests.security_helpers import PRODUCTION_ENV, run_django

# What the bench settings need to start: every service on this machine.
LOOPBACK_ENV = {
    **PRODUCTION_ENV,
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/clinic_bench",
    "REDIS_URL": "redis://127.0.0.1:6379/14",
}

PROBE = (
    "import json; from django.conf import settings; from django.urls import resolve, Resolver404; "
    "from django_recaptcha import client\n"
    "try:\n    resolve('/bench/hello'); hello = True\nexcept Resolver404:\n    hello = False\n"
    "print(json.dumps({'stub': getattr(settings, 'BENCH_RECAPTCHA_STUB', None), "
    "'bench_app': 'bench' in settings.INSTALLED_APPS, 'urls': settings.ROOT_URLCONF, "
    "'submit': client.submit.__module__, 'hello': hello, "
    "'limits': settings.BOOKING_RATE_LIMITS, 'fill': settings.BOOKING_MIN_FILL_SECONDS, "
    "'middleware': settings.MIDDLEWARE, 'cookie': settings.SESSION_COOKIE_NAME}))"
)


def probe(env):
    result = run_django(["shell", "-c", PROBE], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_cannot_switch_the_stub_or_the_hello_view_on():
    got = probe({**PRODUCTION_ENV, "BENCH_RECAPTCHA_STUB": "true"})
    assert got["stub"] is None and got["bench_app"] is False
    assert got["urls"] == "config.urls" and got["hello"] is False
    assert got["submit"] == "django_recaptcha.client"
    assert got["limits"]["ip"][0] == 10 and got["limits"]["email"][0] == 3


def test_bench_settings_refuse_a_production_environment():
    result = run_django(["check"], {**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "bench.settings"})
    assert result.returncode != 0
    assert "serves loopback only; refusing" in result.stderr
    for what in ("database default at db.internal", "cache default at cache.internal"):
        assert what in result.stderr
    assert "allowed host www.harbourview.example" in result.stderr


def test_bench_settings_are_production_plus_the_stub_and_relaxed_rate_limits():
    bench = probe(LOOPBACK_ENV)
    production = probe({**LOOPBACK_ENV, "DJANGO_SETTINGS_MODULE": "config.settings.production"})
    assert bench["stub"] is True and bench["submit"] == "bench.stubs"
    assert bench["hello"] is True and bench["urls"] == "bench.urls"
    assert bench["limits"]["ip"][0] >= 10**6 and bench["limits"]["email"][0] >= 10**6
    # Everything a patient's request passes through stays as production has it.
    assert bench["middleware"] == production["middleware"]
    assert bench["fill"] == production["fill"] and bench["cookie"] == production["cookie"]


def test_the_stub_refuses_to_answer_outside_the_bench_settings():
    with pytest.raises(RuntimeError, match="only under bench.settings"):
        stubs.submit("bench-pass:booking", "key", "127.0.0.1")


@override_settings(BENCH_RECAPTCHA_STUB=True)
def test_the_stub_passes_only_its_own_tokens_for_the_form_s_action():
    passed = stubs.submit("bench-pass:booking", "key", "127.0.0.1")
    assert passed.is_valid and passed.action == "booking"
    assert passed.extra_data == {"hostname": "127.0.0.1", "score": 0.9}
    assert not stubs.submit("token-from-google", "key", "127.0.0.1").is_valid


def test_the_bench_app_refuses_to_start_under_other_settings():
    with pytest.raises(ImproperlyConfigured, match="only under bench.settings"):
        BenchConfig.ready(BenchConfig.__new__(BenchConfig))


def test_the_loopback_guard_names_everything_off_this_machine():
    databases = {
        "default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db.internal"},
        "local": {"ENGINE": "django.db.backends.sqlite3", "NAME": "bench.sqlite3"},
    }
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://cache.internal:6379/0",
        }
    }
    found = guard.off_loopback(databases, caches, ["127.0.0.1", "clinic.example"])
    assert found == [
        "database default at db.internal",
        "cache default at cache.internal",
        "allowed host clinic.example",
    ]
    assert guard.off_loopback({}, {}, ["localhost", "127.0.0.1"]) == []
