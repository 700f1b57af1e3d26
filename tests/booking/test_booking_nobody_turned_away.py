"""Nobody is turned away: odd posts are kept for review, our failures keep what was typed."""

import datetime
import logging
import time
import uuid
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.test import Client
from django.views.debug import SafeExceptionReporterFilter

from booking import views
from booking.models import BookingRequest, Status
from tests.booking_helpers import booking_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db

TYPED = ["Ana", "Lima", "ana@example.com", "754-3010", "Stiff neck", "car accident"]


@pytest.fixture
def post(client, request_pages, django_capture_on_commit_callbacks):
    def _post(data, path="/book/", using=None):
        with django_capture_on_commit_callbacks(execute=True):
            return (using or client).post(path, data)

    return _post


def stored():
    booking = BookingRequest.objects.get()
    return booking.status, booking.review_reason


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_typed_values_kept_with_the_phone(response):
    soup = soup_of(response)
    assert soup.find("input", {"name": "first_name"})["value"] == "Ana"
    assert soup.find("input", {"name": "email"})["value"] == "ana@example.com"
    assert "Stiff neck" in soup.find("textarea", {"name": "reason"}).get_text()
    summary = soup.find(id="error-summary")
    assert summary.find("a", href=lambda href: href and href.startswith("tel:"))
    return summary.get_text(" ", strip=True)


def assert_nothing_typed_logged(caplog):
    for record in caplog.records:
        for value in TYPED:
            assert value not in record.getMessage()


def test_a_script_that_failed_to_load_is_not_called_no_javascript(post):
    with patch_captcha() as submit:
        post(booking_post(captcha="", client_state="js"))
    submit.assert_not_called()
    assert stored() == (Status.NEEDS_REVIEW, "captcha_script_failed")
    assert "did not load" in BookingRequest.objects.get().get_review_reason_display()


def test_without_javascript_the_reason_says_so(post):
    with patch_captcha():
        post(booking_post(captcha=""))
    assert stored() == (Status.NEEDS_REVIEW, "no_token")


def test_the_form_tells_the_server_its_script_ran(client, request_pages):
    field = soup_of(client.get("/book/")).find("input", {"name": "client_state"})
    assert field["type"] == "hidden" and not field.get("value")


def test_a_slow_google_is_cut_off_at_the_deadline(post, settings):
    settings.RECAPTCHA_VERIFY_DEADLINE = 0.3
    with patch_captcha() as submit:
        submit.side_effect = lambda **kwargs: time.sleep(2) or google_says()
        started = time.monotonic()
        response = post(booking_post())
        elapsed = time.monotonic() - started
    assert response["Location"] == "/book/?sent=review"
    assert elapsed < 1.5
    assert stored() == (Status.NEEDS_REVIEW, "captcha_timeout")


@pytest.mark.parametrize(
    "score", ["NaN", float("nan"), "inf", 1e300, "9" * 400, -1, 1.5, True, "high", None]
)
def test_a_malformed_score_is_kept_for_review_and_reads_back(post, score):
    with patch_captcha(google_says(score=score)):
        response = post(booking_post())
    assert response.status_code == 302
    assert stored() == (Status.NEEDS_REVIEW, "captcha_malformed")
    assert BookingRequest.objects.get().recaptcha_score is None


def test_a_reply_that_is_not_a_dict_is_kept_for_review(post):
    reply = google_says()
    reply.extra_data = ["not", "a", "dict"]
    with patch_captcha(reply):
        assert post(booking_post()).status_code == 302
    assert stored() == (Status.NEEDS_REVIEW, "captcha_malformed")


def test_back_and_send_again_is_the_same_request(post):
    with patch_captcha():
        first = post(booking_post())
        second = post(booking_post(token=str(uuid.uuid4())))
    assert first["Location"] == second["Location"] == "/book/?sent=1"
    assert BookingRequest.objects.count() == 1


def test_different_content_is_a_different_request(post):
    with patch_captcha():
        post(booking_post())
        post(booking_post(preferred_times=["evening"]))
    assert BookingRequest.objects.count() == 2


def test_a_database_error_answers_503_keeping_what_was_typed(post, caplog):
    caplog.set_level(logging.INFO)
    failure = OperationalError("could not write Ana Lima ana@example.com")
    with patch_captcha(), mock.patch.object(BookingRequest, "save", side_effect=failure):
        response = post(booking_post())
    assert response.status_code == 503
    text = assert_typed_values_kept_with_the_phone(response)
    assert "Nothing you typed is lost" in text
    assert "OperationalError" in caplog.text
    assert_nothing_typed_logged(caplog)


def test_a_failed_csrf_check_shows_the_form_again_as_typed(request_pages):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/book/", booking_post())
    assert response.status_code == 403
    text = assert_typed_values_kept_with_the_phone(response)
    assert "send again" in text
    assert soup_of(response).find("input", {"name": "csrfmiddlewaretoken"})["value"]
    assert not BookingRequest.objects.exists()


def test_a_failed_csrf_check_elsewhere_explains_and_gives_the_phone(site):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
    assert response.status_code == 403
    soup = soup_of(response)
    assert soup.find("a", href=lambda href: href and href.startswith("tel:"))
    assert "CSRF verification failed" not in soup.get_text()


def test_error_reports_never_carry_the_forms_post_data(rf, request_pages):
    request = rf.post("/book/", booking_post())
    request.user = mock.Mock(is_authenticated=False)
    seen = {}

    def remember(req):
        seen["request"] = req
        raise RuntimeError("boom")

    with mock.patch.object(views.spam, "client_ip", remember), pytest.raises(RuntimeError):
        request_pages[0].serve(request)
    cleaned = SafeExceptionReporterFilter().get_post_parameters(seen["request"])
    assert set(cleaned.values()) == {SafeExceptionReporterFilter.cleansed_substitute}


def test_preferred_days_follow_the_clinics_opening_days(client, clinic, post):
    nine, five = datetime.time(9), datetime.time(17)
    clinic.opening_hours = [
        ("hours", {"weekday": day, "opens": nine, "closes": five})
        for day in ["Tuesday", "Thursday", "Sunday"]
    ]
    clinic.save()
    soup = soup_of(client.get("/book/"))
    offered = [box["value"] for box in soup.find_all("input", {"name": "preferred_days"})]
    assert offered == ["tue", "thu", "sun"]
    with patch_captcha():
        response = post(booking_post(preferred_days=["sun"]))
    assert response.status_code == 302
    assert BookingRequest.objects.get().preferred_days_display == "Sunday"


def test_an_unavailable_cache_never_limits_or_loses_a_request(post, settings):
    settings.BOOKING_RATE_LIMITS = {"ip": (0, 3600), "email": (0, 3600)}
    with patch_captcha(), mock.patch("booking.spam.cache") as cache:
        cache.incr.side_effect = ConnectionError("redis down")
        assert post(booking_post()).status_code == 302
        cache.incr.side_effect = None
        cache.incr.return_value = None  # django-redis with IGNORE_EXCEPTIONS
        assert post(booking_post(reason="Second visit")).status_code == 302
        cache.add.side_effect = ConnectionError("still down")
        assert post(booking_post(reason="Third visit")).status_code == 302
    assert BookingRequest.objects.count() == 3
