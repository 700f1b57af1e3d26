"""Two-factor sign-in: enrolment, where a person lands afterwards, recovery codes, reset."""

import base64
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from security import devices, twofactor

SETUP = reverse(twofactor.SETUP_URL_NAME)
VERIFY = reverse(twofactor.VERIFY_URL_NAME)
HOME = "/admin/"


@pytest.fixture(autouse=True)
def two_factor(settings):
    settings.ADMIN_2FA_REQUIRED = True


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.com", "right-pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


def enrolled(user):
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return device, devices.issue_recovery_codes(user)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def next_of(location):
    return parse_qs(urlsplit(location).query).get("next", [None])[0]


def qr_text(img):
    data = base64.b64decode(img["src"].removeprefix("data:image/png;base64,"))
    (barcode,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))
    return barcode.text


# --- The page to return to -------------------------------------------------------------


def test_a_page_a_person_asked_for_is_remembered(signed_in):
    response = signed_in.get("/admin/pages/?ordering=title", HTTP_SEC_FETCH_DEST="document")
    assert urlsplit(response["Location"]).path == SETUP
    assert next_of(response["Location"]) == "/admin/pages/?ordering=title"


@pytest.mark.parametrize("dest", ["empty", "image", "script", "iframe"])
def test_a_request_a_page_made_for_itself_is_refused_not_remembered(signed_in, dest):
    response = signed_in.get("/admin/pages/", HTTP_SEC_FETCH_DEST=dest)
    assert response.status_code == 403
    assert "Location" not in response


def test_a_post_is_not_remembered(signed_in):
    response = signed_in.post("/admin/pages/")
    assert response.status_code == 403


@pytest.mark.parametrize("path", ["/admin/sprite/?h=abc", "/admin/jsi18n/"])
def test_the_admins_own_assets_are_served_before_the_second_factor(signed_in, path):
    # The setup page loads them; each used to come back as a second setup page.
    response = signed_in.get(path)
    assert response.status_code == 200
    assert not response.get("Content-Type", "").startswith("text/html")


@pytest.mark.parametrize(
    "target",
    ["/admin/sprite/?h=abc", "/admin/jsi18n/", VERIFY, "https://evil.example/admin/", "/"],
)
def test_next_is_only_ever_an_admin_page_on_this_site(signed_in, editor, target):
    device, _ = enrolled(editor)
    response = signed_in.post(VERIFY, {"token": totp(device.bin_key), "next": target})
    assert response["Location"] == HOME


def test_next_survives_verification(signed_in, editor):
    device, _ = enrolled(editor)
    redirect = signed_in.get("/admin/pages/", HTTP_SEC_FETCH_DEST="document")["Location"]
    assert urlsplit(redirect).path == VERIFY
    page = soup(signed_in.get(redirect))
    assert page.find("input", {"name": "next"})["value"] == "/admin/pages/"
    response = signed_in.post(VERIFY, {"token": totp(device.bin_key), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert signed_in.get("/admin/pages/").status_code == 200


# --- Enrolment -------------------------------------------------------------------------


def test_setup_shows_a_qr_code_that_decodes_to_the_new_device(signed_in, editor):
    page = soup(signed_in.get(SETUP))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert qr_text(page.select_one("img.twofactor-qr")) == device.config_url
    assert "svg" not in {tag.name for tag in page.find_all(True)}


def test_setup_shows_the_secret_in_groups_of_four_for_typing(signed_in, editor):
    secret = soup(signed_in.get(SETUP)).select_one(".twofactor-secret").get_text()
    groups = secret.split()
    assert all(len(group) == 4 for group in groups[:-1]) and 1 <= len(groups[-1]) <= 4
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    typed = "".join(groups)
    assert base64.b32decode(typed + "=" * (-len(typed) % 8)) == device.bin_key


def test_a_reload_shows_the_same_code(signed_in):
    first = qr_text(soup(signed_in.get(SETUP)).select_one("img.twofactor-qr"))
    assert qr_text(soup(signed_in.get(SETUP)).select_one("img.twofactor-qr")) == first


def test_a_wrong_code_does_not_enrol(signed_in, editor):
    response = signed_in.post(SETUP, {"token": "000000"})
    assert response.status_code == 200
    # Said where the sign-in layout shows it: it hides field errors.
    shown = [item.get_text(strip=True) for item in soup(response).select(".messages li.error")]
    assert shown == ["That code is not valid. Try the newest one."]
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_enrolling_shows_recovery_codes_once_then_the_page_asked_for(signed_in, editor):
    signed_in.get(SETUP)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = signed_in.post(SETUP, {"token": totp(device.bin_key), "next": "/admin/pages/"})
    assert urlsplit(response["Location"]).path == reverse(twofactor.RECOVERY_URL_NAME)
    page = soup(signed_in.get(response["Location"]))
    shown = [code.get_text() for code in page.select(".twofactor-codes code")]
    assert len(shown) == devices.RECOVERY_CODE_COUNT
    assert set(shown) == set(StaticToken.objects.values_list("token", flat=True))
    assert page.select_one(".form-actions a")["href"] == "/admin/pages/"
    again = soup(signed_in.get(response["Location"]))
    assert not again.select(".twofactor-codes code")
    assert signed_in.get("/admin/pages/").status_code == 200


def test_a_user_enrolled_without_codes_gets_them_on_the_next_page(signed_in, editor):
    # As after enrolling with a passkey: verified, and no recovery codes yet.
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    signed_in.post(VERIFY, {"token": totp(device.bin_key)})
    page = soup(signed_in.get(reverse(twofactor.RECOVERY_URL_NAME)))
    assert len(page.select(".twofactor-codes code")) == devices.RECOVERY_CODE_COUNT
    assert page.select_one(".form-actions a")["href"] == HOME


# --- Recovery codes at sign-in --------------------------------------------------------


def test_a_recovery_code_signs_in_once(editor):
    _, codes = enrolled(editor)
    first = Client()
    first.force_login(editor)
    assert first.post(VERIFY, {"token": codes[0].upper()})["Location"] == HOME
    assert first.get(HOME).status_code == 200

    second = Client()
    second.force_login(editor)
    reused = second.post(VERIFY, {"token": codes[0]})
    assert reused.status_code == 200
    assert second.get(HOME)["Location"].startswith(VERIFY)
    # A wrong code makes the next try wait a moment (django-otp's throttle); skip the wait.
    StaticDevice.objects.get(user=editor).throttle_reset()
    assert second.post(VERIFY, {"token": codes[1]})["Location"] == HOME
    assert devices.recovery_codes_left(editor) == devices.RECOVERY_CODE_COUNT - 2


def test_new_recovery_codes_cancel_the_old_ones(signed_in, editor):
    device, old = enrolled(editor)
    signed_in.post(VERIFY, {"token": totp(device.bin_key)})
    response = signed_in.post(reverse("twofactor_new_recovery_codes"))
    new = [
        c.get_text()
        for c in soup(signed_in.get(response["Location"])).select(".twofactor-codes code")
    ]
    assert len(new) == devices.RECOVERY_CODE_COUNT
    assert not set(old) & set(StaticToken.objects.values_list("token", flat=True))


def test_the_two_factor_page_lists_what_a_user_holds(signed_in, editor):
    device, _ = enrolled(editor)
    signed_in.post(VERIFY, {"token": totp(device.bin_key)})
    account = soup(signed_in.get("/admin/account/"))
    assert account.find("a", href=reverse(twofactor.MANAGE_URL_NAME))
    rows = soup(signed_in.get(reverse(twofactor.MANAGE_URL_NAME))).select("tbody tr")
    kinds = [row.td.get_text() for row in rows]
    assert kinds == ["Authenticator app", "Recovery codes"]


# --- Reset by a superuser -------------------------------------------------------------


def test_reset_command_removes_every_factor_and_sends_the_user_back_to_enrol(signed_in, editor):
    device, _ = enrolled(editor)
    signed_in.post(VERIFY, {"token": totp(device.bin_key)})
    out = io.StringIO()
    call_command("reset_two_factor", "ed", stdout=out)
    assert re.search(r"Removed 2 second factor", out.getvalue())
    assert not list(devices.django_otp.devices_for_user(editor, confirmed=None))
    response = signed_in.get("/admin/pages/", HTTP_SEC_FETCH_DEST="document")
    assert urlsplit(response["Location"]).path == SETUP


def test_reset_command_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="nobody"):
        call_command("reset_two_factor", "nobody")


# --- Passkeys -------------------------------------------------------------------------


def test_the_passkey_relying_party_is_the_admins_address(signed_in, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://staff.clinic.example"
    response = signed_in.post(reverse("otp_webauthn:credential-registration-begin"))
    assert response.status_code == 200
    assert response.json()["rp"] == {
        "name": settings.WAGTAIL_SITE_NAME,
        "id": "staff.clinic.example",
    }
    from security.passkeys import PasskeyHelper

    assert PasskeyHelper(request=None).get_allowed_origins() == ["https://staff.clinic.example"]


def test_an_enrolled_user_cannot_add_a_passkey_before_the_second_factor(signed_in, editor):
    enrolled(editor)
    response = signed_in.post(reverse("otp_webauthn:credential-registration-begin"))
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("address", "warns"),
    [
        ("https://clinic.example", False),
        ("http://localhost:8000", False),
        ("http://127.0.0.1:8000", True),
        ("http://clinic.example", True),
    ],
)
def test_a_check_warns_where_passkeys_cannot_work(settings, address, warns):
    from security.passkeys import check_passkey_origin

    settings.WAGTAILADMIN_BASE_URL = address
    assert bool(check_passkey_origin(None)) is warns


def test_setup_offers_a_passkey_only_where_one_can_work(signed_in, settings):
    assert soup(signed_in.get(SETUP)).find(id="passkey-registration-placeholder")
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    page = soup(signed_in.get(SETUP))
    assert not page.find(id="passkey-registration-placeholder")
    assert "Use an authenticator app here" in page.select_one(".twofactor-passkey").get_text()
