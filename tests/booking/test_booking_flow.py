"""The patient's path through the booking and contact forms."""

import pytest
from django.core import mail

from booking.models import BookingRequest, ContactMessage, Status
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, request_pages, django_capture_on_commit_callbacks):
    def _post(path, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data)

    return _post


def test_the_request_pages_are_served(client, request_pages):
    for path in ["/book/", "/contact/", "/privacy/"]:
        assert client.get(path).status_code == 200


def test_booking_form_renders_tokens_and_consent_link(client, request_pages):
    html = client.get("/book/").content.decode()
    assert 'name="token"' in html
    assert 'name="rendered_at"' in html
    assert 'href="/privacy/"' in html
    assert 'class="form__hp"' in html


def test_a_booking_is_stored_with_its_score_and_redirects_to_thanks(post):
    with patch_captcha(google_says(score=0.7)):
        response = post("/book/", booking_post())
    assert response.status_code == 302
    assert response["Location"] == "/book/?sent=1"
    booking = BookingRequest.objects.get()
    assert booking.status == Status.NEW
    assert str(booking.recaptcha_score) == "0.70"
    assert booking.phone == "+15417543010"
    assert booking.preferred_days == ["mon", "thu"]
    assert booking.consented_at is not None


def test_thank_you_page_shows_the_editors_message(client, request_pages):
    request_pages[0].thank_you = "<p>We reply within one working day.</p>"
    request_pages[0].save_revision().publish()
    html = client.get("/book/?sent=1").content.decode()
    assert "We reply within one working day" in html
    assert 'name="token"' not in html


def test_review_thank_you_shows_the_phone_prominently(client, request_pages):
    html = client.get("/book/?sent=review").content.decode()
    assert "button button--primary" in html and "tel:" in html


def test_a_contact_message_is_stored(post):
    with patch_captcha(google_says(action="contact")):
        response = post("/contact/", contact_post())
    assert response.status_code == 302
    assert ContactMessage.objects.get().status == Status.NEW
    assert len(mail.outbox) == 2


def test_without_javascript_the_request_is_kept_for_review(post):
    with patch_captcha() as submit:
        response = post("/book/", booking_post(captcha=None))
    submit.assert_not_called()
    assert response["Location"] == "/book/?sent=review"
    booking = BookingRequest.objects.get()
    assert booking.status == Status.NEEDS_REVIEW
    assert booking.review_reason == "no_token"


def test_the_no_javascript_notice_names_the_phone(client, request_pages):
    html = client.get("/book/").content.decode()
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    assert "tel:" in noscript


def test_requests_stay_out_of_the_booking_pages_usage(post):
    from wagtail.models import ReferenceIndex

    with patch_captcha(google_says()):
        post("/book/", booking_post())
    with patch_captcha(google_says(action="contact")):
        post("/contact/", contact_post())
    assert BookingRequest.objects.count() == ContactMessage.objects.count() == 1
    booking_page = BookingRequest.objects.get().page
    assert not ReferenceIndex.get_references_to(booking_page).exists()
