"""The cache and login throttling are shared by every app server (process) through Redis."""

import pytest
from django.core.cache import cache
from django.test import Client

from sitecore import pagecache
from tests.public_pages import SOT_PATH
from tests.security_helpers import run_django, shared_redis_or_skip, subprocess_env


def in_another_process(code):
    result = run_django(["shell", "-c", code], subprocess_env())
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_a_value_written_by_one_process_is_read_by_another():
    shared_redis_or_skip()
    cache.set("shared-probe", "from-the-test-process", 60)
    code = "from django.core.cache import cache; print(cache.get('shared-probe'))"
    assert in_another_process(code) == "from-the-test-process"


def test_a_purge_in_one_process_empties_the_page_cache_for_all(client, settings, demo_site):
    shared_redis_or_skip()
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    client.get(SOT_PATH)
    assert client.get(SOT_PATH)["X-Page-Cache"] == "hit"
    in_another_process("from sitecore import pagecache; pagecache.purge_all()")
    assert client.get(SOT_PATH)["X-Page-Cache"] == "miss"


def test_a_page_cached_by_one_process_is_served_by_another(client, settings, demo_site):
    shared_redis_or_skip()
    settings.PAGE_CACHE_ENABLED = True
    pagecache.purge_all()
    client.get(SOT_PATH)
    generation = pagecache.current_generation()
    code = (
        "from django.test import RequestFactory; from sitecore import pagecache; "
        f"request = RequestFactory().get('{SOT_PATH}'); "
        f"print(pagecache.cache.get(pagecache._key(request, '{generation}')) is not None)"
    )
    assert in_another_process(code) == "True"


@pytest.fixture
def cache_lockouts(settings):
    from axes.handlers.proxy import AxesProxyHandler

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    AxesProxyHandler.implementation = None
    yield
    AxesProxyHandler.implementation = None


def test_failed_logins_in_another_process_lock_out_this_one(db, cache_lockouts, django_user_model):
    shared_redis_or_skip()
    django_user_model.objects.create_user("editor", password="right-pw")
    # Another app server sees three failures from the same address for the same user.
    code = (
        "from django.conf import settings; settings.AXES_ENABLED = True; "
        "settings.AXES_FAILURE_LIMIT = 3; "
        "from django.contrib.auth.signals import user_login_failed; "
        "from django.test import RequestFactory; "
        "request = RequestFactory().post('/admin/login/', REMOTE_ADDR='203.0.113.50'); "
        "request.axes_attempt_time = __import__('django.utils.timezone').utils.timezone.now(); "
        "[user_login_failed.send('test', credentials={'username': 'editor'}, request=request) "
        "for _ in range(3)]; print('sent')"
    )
    assert in_another_process(code) == "sent"
    client = Client(REMOTE_ADDR="203.0.113.50")
    response = client.post("/admin/login/", {"username": "editor", "password": "right-pw"})
    assert response.status_code == 429


def test_a_rate_limit_counts_hits_from_every_process_and_expires_with_its_window(settings):
    shared_redis_or_skip()
    from booking import spam

    settings.BOOKING_RATE_LIMITS = {**settings.BOOKING_RATE_LIMITS, "ip": (2, 60)}
    key = spam._key("ip", "198.51.100.7")
    cache.delete(key)
    spam.hit_rate_limit("ip", "198.51.100.7")
    in_another_process(
        "from django.conf import settings; from booking import spam; "
        "settings.BOOKING_RATE_LIMITS = {**settings.BOOKING_RATE_LIMITS, 'ip': (2, 60)}; "
        "spam.hit_rate_limit('ip', '198.51.100.7')"
    )
    assert cache.get(key) == 2
    redis = cache._cache.get_client(write=True)
    assert 0 < redis.ttl(cache.make_and_validate_key(key)) <= 60
    with pytest.raises(spam.Rejected):
        spam.hit_rate_limit("ip", "198.51.100.7")
