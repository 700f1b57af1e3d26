"""The page cache on a real Redis (CI runs the suite with REDIS_URL; skipped without it)."""

from unittest import mock

import pytest
from django.core.cache import cache, caches
from django.test import Client
from django_redis import get_redis_connection
from redis import Redis
from redis.exceptions import ResponseError

from booking.models import BookingRequest
from demo.public_pages import PUBLIC_PAGES, SOT_PATH
from tests.booking_helpers import booking_post, patch_captcha
from tests.security_helpers import shared_redis_or_skip

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings, public_pages):
    shared_redis_or_skip()
    settings.WAGTAIL_CACHE = True
    caches["pagecache"].clear()
    return public_pages


def page_keys():
    prefix = caches["pagecache"].key_prefix
    return get_redis_connection("pagecache").keys(f"{prefix}:*")


def test_tracking_parameters_add_no_keys_in_redis(page_cache):
    Client().get(SOT_PATH)
    stored = len(page_keys())
    assert stored > 0
    for n in range(20):
        Client().get(f"{SOT_PATH}?utm_source=campaign{n}&gclid={n}")
    assert len(page_keys()) == stored


def test_clearing_pages_keeps_the_booking_rate_limit_counts(page_cache):
    cache.set("booking:rate:ip:203.0.113.9", 4, 3600)
    Client().get(SOT_PATH)
    caches["pagecache"].clear()
    assert page_keys() == []
    assert cache.get("booking:rate:ip:203.0.113.9") == 4


def test_a_full_redis_refusing_writes_costs_no_page_and_no_patient(
    page_cache, django_capture_on_commit_callbacks
):
    full = ResponseError("OOM command not allowed when used memory > 'maxmemory'.")
    with mock.patch.object(Redis, "set", side_effect=full):
        for path in PUBLIC_PAGES.values():
            assert Client().get(path).status_code == 200
        with patch_captcha(), django_capture_on_commit_callbacks(execute=True):
            assert Client().post("/book/", booking_post()).status_code == 302
    assert BookingRequest.objects.count() == 1


def test_an_evicted_page_is_rendered_again(page_cache):
    Client().get(SOT_PATH)
    get_redis_connection("pagecache").delete(*page_keys())
    response = Client().get(SOT_PATH)
    assert response.status_code == 200
    assert response["X-Wagtail-Cache"] == "miss"
