"""Uploads that would exhaust the server, and passwords people can guess, are refused politely."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png(width, height):
    buffer = io.BytesIO()
    # One bit per pixel, all white: 400 million pixels in a few hundred kilobytes.
    Image.new("1", (width, height), 1).save(buffer, "PNG", optimize=True)
    return SimpleUploadedFile("flood.png", buffer.getvalue(), content_type="image/png")


def test_a_pixel_flood_upload_is_a_form_error_not_a_500(admin_client):
    upload = png(20000, 20000)
    assert upload.size < 2_000_000
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Flood", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "too many pixels" in soup.get_text()
    assert not get_image_model().objects.filter(title="Flood").exists()


def test_an_ordinary_image_still_uploads(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Small", "file": png(40, 30), "collection": 1}
    )
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Small").width == 40


@pytest.mark.parametrize("password", ["Harbour-12", "password1234", "123456789012"])
def test_short_or_common_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("quiet-harbour-lantern-42")


def test_a_pixel_flood_in_the_multiple_uploader_is_reported_not_a_500(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": png(20000, 20000), "collection": 1}
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "too many pixels" in str(response.json())
