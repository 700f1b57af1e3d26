"""Hostile and malformed input: each ends as a form error or a safe stored value, never a 500."""

import pytest

from booking.forms import BookingForm, ContactForm
from booking.models import BookingRequest
from tests.booking_helpers import booking_post, contact_post, google_says, patch_captcha

pytestmark = pytest.mark.django_db

LONG = "a" * 10_000

# (field, value, outcome): "error" is a form error on that field, "stored" a safe stored value.
HOSTILE = [
    ("first_name", "<script>alert(1)</script>", "error"),
    ("reason", "<script>alert(1)</script>", "stored"),
    ("last_name", "Robert'); DROP TABLE booking_bookingrequest;--", "error"),
    ("reason", "'; DROP TABLE booking_bookingrequest; --", "stored"),
    ("first_name", "Ana\r\nBcc: victim@example.com", "error"),
    ("email", "ana@example.com\r\nBcc: victim@example.com", "error"),
    ("email", "ana@example.com\nX-Injected: 1", "error"),
    ("first_name", LONG, "error"),
    ("email", LONG + "@example.com", "error"),
    ("phone", LONG, "error"),
    ("reason", LONG, "error"),
    ("first_name", "Ana\x00", "error"),
    ("reason", "fine\x00text", "error"),
    ("first_name", "Ana\u202egnp.exe", "error"),
    ("reason", "back pain \u202e", "error"),
    ("first_name", "😀😀", "error"),
    ("first_name", "Zoë-Åsa", "stored"),
    ("last_name", "O'Brien", "stored"),
    ("first_name", "Nguyễn", "stored"),
    ("last_name", "محمد", "stored"),
    ("first_name", "さくら", "stored"),
    ("phone", "12345", "error"),
    ("phone", "not a phone", "error"),
    ("phone", "+44 20 7946 0958", "stored"),
    ("consent", None, "error"),
    ("patient_type", "hacker", "error"),
    ("preferred_days", ["funday"], "error"),
]


@pytest.mark.parametrize("field, value, outcome", HOSTILE)
def test_hostile_input(
    client, request_pages, django_capture_on_commit_callbacks, field, value, outcome
):
    with patch_captcha(), django_capture_on_commit_callbacks(execute=True):
        response = client.post("/book/", booking_post(**{field: value}))
    assert response.status_code in (200, 302)
    if outcome == "error":
        assert response.status_code == 200
        assert BookingRequest.objects.count() == 0
        html = response.content.decode()
        assert f'id="id_{field}_error"' in html
        assert "<script>alert(1)</script>" not in html
    else:
        assert response.status_code == 302
        stored = BookingRequest.objects.get()
        if field == "phone":
            assert stored.phone.startswith("+")
        else:
            assert getattr(stored, field) == value


def test_stored_script_is_escaped_in_the_admin(admin_client, request_pages):
    booking = BookingRequest.objects.create(
        first_name="Ana",
        last_name="Lima",
        email="a@example.com",
        phone="+15417543010",
        patient_type="new",
        reason="<script>alert(1)</script>",
        consented_at="2026-01-01T00:00:00Z",
    )
    html = admin_client.get(booking.admin_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_errors_sit_next_to_fields_with_aria_and_a_focusable_summary(client, request_pages):
    with patch_captcha():
        response = client.post("/book/", booking_post(email="nope", first_name="Ana🙂"))
    html = response.content.decode()
    assert 'role="alert"' in html and 'tabindex="-1"' in html
    assert 'href="#id_email"' in html and 'href="#id_first_name"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'value="nope"' in html  # input kept
    assert 'value="Lima"' in html


def test_missing_consent_is_explained(client, request_pages):
    with patch_captcha():
        response = client.post("/book/", booking_post(consent=None))
    assert "Please agree to the privacy notice" in response.content.decode()


def test_contact_form_validates_the_same_way():
    form = ContactForm(contact_post(name="Sam\r\nBcc: x@example.com", phone="abc"))
    with patch_captcha(google_says(action="contact")):
        assert not form.is_valid()
    assert set(form.errors) == {"name", "phone"}


def test_phone_is_normalised_for_the_clinics_country():
    form = BookingForm(booking_post(phone="541.754.3010"))
    with patch_captcha():
        assert form.is_valid(), form.errors
    assert form.cleaned_data["phone"] == "+15417543010"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"token": "not-a-uuid"},
        {"first_name": ["a", "b"], "token": "x"},
        {"rendered_at": "x" * 5000},
    ],
    ids=["empty", "bad-token", "repeated-keys", "huge-timestamp"],
)
def test_malformed_posts_never_500(client, request_pages, data):
    response = client.post("/book/", data)
    assert response.status_code in (200, 400)
    assert BookingRequest.objects.count() == 0


def test_oversized_post_is_a_400(client, request_pages, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    response = client.post("/book/", booking_post(reason="x" * 60_000))
    assert response.status_code == 400


def test_broken_multipart_is_a_400(client, request_pages):
    response = client.generic(
        "POST", "/book/", b"--nope\r\ngarbage", content_type="multipart/form-data; boundary=x"
    )
    assert response.status_code in (200, 400)
