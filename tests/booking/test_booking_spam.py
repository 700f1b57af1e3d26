"""Every spam layer, and every way Google can fail, through the one reCAPTCHA seam."""

import logging
import time
from io import BytesIO
from urllib.error import HTTPError, URLError

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from booking import spam
from booking.models import BookingRequest, ContactMessage, Status
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db

# Every value booking_post() sends that a log line must never contain.
TYPED_VALUES = ["Ana", "Lima", "ana@example.com", "754-3010", "Stiff neck", "car accident"]


@pytest.fixture
def post(client, request_pages, django_capture_on_commit_callbacks):
    def _post(data, path="/book/"):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data)

    return _post


def assert_nothing_logged_but_reasons(caplog):
    for record in caplog.records:
        message = record.getMessage()
        for value in TYPED_VALUES:
            assert value not in message, f"{value!r} leaked into the log: {message!r}"


def assert_rejected(response, caplog, reason):
    assert response.status_code == 200
    assert "We could not send your request" in response.content.decode()
    assert BookingRequest.objects.count() == 0
    assert ContactMessage.objects.count() == 0
    assert any(reason in record.getMessage() for record in caplog.records)
    assert_nothing_logged_but_reasons(caplog)


def test_google_passes_and_the_score_is_stored(post, caplog):
    with patch_captcha(google_says(score=0.9)) as submit:
        response = post(booking_post())
    assert response.status_code == 302
    assert submit.call_args.kwargs["recaptcha_response"] == "token-from-google"
    assert str(BookingRequest.objects.get().recaptcha_score) == "0.90"
    assert_nothing_logged_but_reasons(caplog)


@pytest.mark.parametrize(
    "google, reason",
    [
        (google_says(score=0.2), "captcha_score"),
        (google_says(action="login"), "captcha_action"),
        (google_says(hostname="evil.example"), "captcha_hostname"),
        (google_says(success=False), "captcha_failed"),
    ],
    ids=["low-score", "wrong-action", "wrong-hostname", "success-false"],
)
def test_google_rejections_store_nothing(post, caplog, google, reason):
    caplog.set_level(logging.INFO)
    with patch_captcha(google):
        response = post(booking_post())
    assert_rejected(response, caplog, reason)
    # The patient keeps what they typed.
    assert 'value="Ana"' in response.content.decode()


@pytest.mark.parametrize(
    "failure, reason",
    [
        (TimeoutError("timed out"), "captcha_timeout"),
        (URLError(ConnectionRefusedError(111, "refused")), "captcha_unavailable"),
        (
            HTTPError("https://www.google.com", 503, "Unavailable", {}, BytesIO(b"")),
            "captcha_unavailable",
        ),
        (ValueError("Expecting value: line 1 column 1"), "captcha_unavailable"),  # not JSON
        (KeyError("success"), "captcha_unavailable"),
    ],
    ids=["timeout", "network", "5xx", "not-json", "no-success-key"],
)
def test_google_unreachable_keeps_the_request_for_review(post, caplog, failure, reason):
    with patch_captcha(raises=failure):
        response = post(booking_post())
    assert response.status_code == 302
    assert response["Location"] == "/book/?sent=review"
    booking = BookingRequest.objects.get()
    assert booking.status == Status.NEEDS_REVIEW
    assert booking.review_reason == reason
    assert booking.recaptcha_score is None
    assert booking.reason == "Stiff neck since a car accident"
    assert_nothing_logged_but_reasons(caplog)


def test_verification_uses_a_short_timeout():
    from django.conf import settings

    assert 0 < settings.RECAPTCHA_VERIFY_REQUEST_TIMEOUT <= 3


def test_contact_form_expects_its_own_action(post, caplog):
    with patch_captcha(google_says(action="booking")):
        response = post(contact_post(), path="/contact/")
    assert_rejected(response, caplog, "captcha_action")


def test_a_honeypot_hit_looks_like_success_and_stores_nothing(post, caplog):
    with patch_captcha() as submit:
        response = post(booking_post(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == "/book/?sent=1"
    assert not BookingRequest.objects.exists()
    assert any("honeypot" in record.getMessage() for record in caplog.records)
    submit.assert_not_called()
    assert_nothing_logged_but_reasons(caplog)


def test_a_fast_autofilled_submission_is_stored_for_review(post, caplog):
    with patch_captcha():
        response = post(booking_post(rendered_at=spam.sign_render_time(time.time() - 1)))
    assert response["Location"] == "/book/?sent=review"
    booking = BookingRequest.objects.get()
    assert (booking.status, booking.review_reason) == (Status.NEEDS_REVIEW, "too_fast")
    assert booking.first_name == "Ana"
    assert_nothing_logged_but_reasons(caplog)


# Fixed ids: a signature made at collection differs between pytest-xdist workers.
@pytest.mark.parametrize(
    "value",
    ["", "not-signed", spam.sign_render_time()[:-3] + "abc"],
    ids=["missing", "unsigned", "forged"],
)
def test_missing_or_forged_timestamp_is_stored_for_review(post, value):
    with patch_captcha():
        response = post(booking_post(rendered_at=value))
    assert response["Location"] == "/book/?sent=review"
    assert BookingRequest.objects.get().review_reason == "bad_timestamp"


def assert_limited(response, caplog, reason):
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.find(id="error-summary")
    assert "several requests" in summary.get_text()
    assert summary.find("a", href=lambda href: href and href.startswith("tel:"))
    assert soup.find("input", {"name": "first_name"})["value"] == "Ana"
    assert not BookingRequest.objects.exists()
    assert any(reason in record.getMessage() for record in caplog.records)
    assert_nothing_logged_but_reasons(caplog)


@override_settings(BOOKING_RATE_LIMITS={"ip": (2, 3600), "email": (100, 3600)})
def test_rate_limit_per_ip(post, caplog):
    with patch_captcha():
        assert post(booking_post(email="a@example.com")).status_code == 302
        assert post(booking_post(email="b@example.com")).status_code == 302
        BookingRequest.objects.all().delete()
        response = post(booking_post(email="c@example.com"))
    assert_limited(response, caplog, "rate_limit_ip")


@override_settings(BOOKING_RATE_LIMITS={"ip": (100, 3600), "email": (1, 3600)})
def test_rate_limit_per_email(post, caplog):
    with patch_captcha():
        assert post(booking_post()).status_code == 302
        BookingRequest.objects.all().delete()
        response = post(booking_post(email="ANA@example.com", reason="Another"))
    assert_limited(response, caplog, "rate_limit_email")


@override_settings(BOOKING_RATE_LIMITS={"ip": (1, 3600), "email": (100, 3600)})
def test_rate_limit_counts_in_the_shared_cache(post):
    """The count lives in the cache, not in the process, so every worker sees it."""
    from django.core.cache import cache

    with patch_captcha():
        post(booking_post())
    assert cache.get(spam.rate_limit_key("ip", "127.0.0.1")) == 1


@override_settings(BOOKING_TRUST_X_FORWARDED_FOR=True)
def test_forwarded_for_uses_the_address_our_proxy_saw(rf):
    request = rf.post("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.1")
    assert spam.client_ip(request) == "203.0.113.9"


def test_forwarded_for_is_ignored_by_default(rf):
    request = rf.post("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="10.0.0.1")
    assert spam.client_ip(request) == "10.0.0.1"


@override_settings(RECAPTCHA_MODE="v2_checkbox")
def test_v2_checkbox_mode_renders_the_checkbox_and_checks_without_a_score(post, client):
    html = client.get("/book/").content.decode()
    assert 'class="g-recaptcha"' in html and "data-action" not in html
    assert "render=" not in html
    data = booking_post(captcha=None)
    data["g-recaptcha-response"] = "checkbox-token"
    with patch_captcha(google_says(action=None, score=None)) as submit:
        response = post(data)
    assert response.status_code == 302
    assert submit.call_args.kwargs["recaptcha_response"] == "checkbox-token"
    assert BookingRequest.objects.get().status == Status.NEW
