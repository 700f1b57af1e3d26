"""
Two-factor sign-in in real Chromium, under the production settings `make serve-prod` uses.

gunicorn serves ``config.settings.production`` on a fresh SQLite file, with the
``__Host-`` Secure cookies and two-factor sign-in required. A new Editors user and a new
Front desk user each enrol with the authenticator app (its QR code read from a
screenshot), see their recovery codes, add a passkey (Chromium's virtual authenticator),
and sign in again with a fresh code, a recovery code (once) and the passkey.
"""

import base64
import contextlib
import os
import re
import socket
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from django_otp.oath import totp

from scripts.localprod import gunicorn, manage, prod_env
from tests.browser.conftest import WAIT_MS

pytestmark = [pytest.mark.browser]

PORTS = range(8300, 8350)
PASSWORD = "tide-lantern-harbour-91"
# A folder to keep a screenshot of each step in, at each width; none by default.
SHOTS = os.environ.get("TWOFA_SCREENSHOTS", "")
WIDTHS = (390, 1366)
USERS = {"Editors": "new.editor", "Front desk": "new.desk"}
# A page each group may open: where a person returns after enrolling.
ASKED_FOR = {"Editors": "/admin/pages/", "Front desk": "/admin/bookingrequest/"}


def _free_port():
    for port in PORTS:
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            return port
    pytest.fail("no free loopback port in 8300-8349")


def _create_staff(env):
    code = "\n".join(
        [
            "from django.contrib.auth import get_user_model",
            "from django.contrib.auth.models import Group",
            *(
                f"get_user_model().objects.create_user({name!r}, '{name}@example.com', "
                f"{PASSWORD!r}).groups.add(Group.objects.get(name={group!r}))"
                for group, name in USERS.items()
            ),
        ]
    )
    manage(env, "shell", "-c", code)


@pytest.fixture(scope="module")
def prod_site():
    """gunicorn on localhost under the production settings, two-factor sign-in required.

    localhost, not 127.0.0.1: browsers offer passkeys on a host name only.
    """
    with tempfile.TemporaryDirectory(prefix="twofa-") as workdir:
        port = _free_port()
        env = prod_env(
            workdir,
            port,
            SITE_URL=f"http://localhost:{port}",
            STATIC_ROOT=str(Path(workdir) / "static"),
            ADMIN_2FA_REQUIRED="true",
        )
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        # As make serve-prod does: production refuses to start on a Site at another address.
        manage(env, "set_site_url")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        _create_staff(env)
        log = str(Path(workdir) / "gunicorn.log")
        with gunicorn(env, port, "config.wsgi:application", workers=2, log=log):
            yield f"http://localhost:{port}"


class Person:
    """One staff member in one browser context, with what a person sees recorded."""

    def __init__(self, context, base, username):
        self.context, self.base, self.username = context, base, username
        self.page = context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.console_errors = []
        self.page.on("console", lambda m: m.type == "error" and self._console_error(m.text))
        self.page.on("pageerror", lambda e: self._console_error(str(e)))
        self.document_requests = []
        self.page.on(
            "request",
            lambda r: r.resource_type == "document" and self.document_requests.append(r.url),
        )
        self.secret = None

    def _console_error(self, text):
        # Wagtail's own Account page offers every time zone Python knows, and Debian's
        # Chromium rejects one of them while localising the list: not a two-factor page.
        if self.path() != "/admin/account/":
            self.console_errors.append(f"{self.page.url}: {text}")

    def url(self, path):
        return self.base + path

    def shot(self, step):
        if not SHOTS:
            return
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            self.page.screenshot(
                path=Path(SHOTS) / f"{self.username}-{step}-{width}.png",
                full_page=True,
                animations="disabled",
            )
        self.page.set_viewport_size({"width": 1366, "height": 900})

    def sign_in(self, path="/admin/"):
        self.page.goto(self.url(path))
        self.page.fill("#id_username", self.username)
        self.page.fill("#id_password", PASSWORD)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_url(re.compile(r"/admin/2fa/(setup|verify)/"))

    def sign_out(self):
        """From the account menu at the foot of the admin's sidebar."""
        sidebar = self.page.locator("#wagtail-sidebar")
        sidebar.get_by_role("button", name=self.username).click()
        sidebar.get_by_text("Log out", exact=True).click()
        self.page.wait_for_url(re.compile(r"/admin/login/"))

    def code(self, ahead=0):
        key = base64.b32decode(self.secret + "=" * (-len(self.secret) % 8))
        return f"{totp(key, drift=ahead):06d}"

    def enter(self, code):
        self.page.fill("#id_token", code)
        self.page.get_by_role("button", name="Verify").click()

    def path(self):
        return urlsplit(self.page.url).path


def read_qr(person):
    qr = person.page.locator("img.twofactor-qr")
    size = qr.evaluate("img => [img.naturalWidth, img.getBoundingClientRect().width]")
    assert size[0] > 0 and size[1] > 0
    (barcode,) = zxingcpp.read_barcodes(_image(qr.screenshot()))
    return barcode.text


def _image(png):
    import io

    from PIL import Image

    return Image.open(io.BytesIO(png))


def add_virtual_authenticator(person):
    cdp = person.context.new_cdp_session(person.page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp


@pytest.mark.parametrize("group", USERS)
def test_new_staff_enrol_and_sign_in_with_each_second_factor(chromium_browser, prod_site, group):
    context = chromium_browser.new_context(viewport={"width": 1366, "height": 900})
    person = Person(context, prod_site, USERS[group])
    try:
        _journey(person, ASKED_FOR[group])
    finally:
        context.close()


def _journey(person, asked_for):
    page = person.page
    # Asked for a page; sent to sign in, then to set up the second factor.
    person.sign_in(asked_for)
    assert person.path() == "/admin/2fa/setup/"
    assert parse_qs(urlsplit(page.url).query)["next"] == [asked_for]
    cookies = {c["name"]: c for c in person.context.cookies()}
    assert cookies["__Host-sessionid"]["secure"]
    page.wait_for_load_state("networkidle")
    uri = read_qr(person)
    assert uri.startswith("otpauth://totp/")
    person.secret = parse_qs(urlsplit(uri).query)["secret"][0]
    typed = page.locator(".twofactor-secret").inner_text()
    assert typed.replace(" ", "") == person.secret
    assert all(len(group) == 4 for group in typed.split()[:-1])
    person.shot("1-setup")
    # Rendered once: the admin's sprite and scripts no longer come back as the setup page.
    assert sum("/admin/2fa/setup/" in url for url in person.document_requests) == 1

    person.enter(person.code())
    page.wait_for_url(re.compile(r"/admin/2fa/recovery-codes/"))
    codes = page.locator(".twofactor-codes code").all_inner_texts()
    assert len(codes) == 10
    person.shot("2-recovery-codes")
    page.get_by_role("link", name="Continue").click()
    page.wait_for_url(person.url(asked_for))
    person.shot("3-requested-page")

    # A passkey beside the app, from the two-factor page.
    add_virtual_authenticator(person)
    page.goto(person.url("/admin/account/"))
    page.get_by_role("tab", name="More actions").click()
    page.get_by_role("link", name="Two-factor sign-in").click()
    page.wait_for_url(person.url("/admin/2fa/"))
    page.get_by_role("button", name="Add a passkey").click()
    page.get_by_role("cell", name="Passkey", exact=True).wait_for()  # back on this page
    kinds = page.locator("tbody tr td:first-child").all_inner_texts()
    assert kinds == ["Authenticator app", "Passkey", "Recovery codes"]
    person.shot("4-passkey-added")

    # Signed out, then in again with a fresh code: the one after the code just used, which
    # the app shows next and django-otp accepts within its one-step tolerance.
    person.sign_out()
    person.sign_in()
    assert person.path() == "/admin/2fa/verify/"
    person.shot("5-verify")
    person.enter(person.code(ahead=1))
    page.wait_for_url(person.url("/admin/"))
    assert "Dashboard" in page.title()
    person.shot("6-dashboard")

    # A recovery code signs in once.
    person.sign_out()
    person.sign_in()
    person.enter(codes[0])
    page.wait_for_url(person.url("/admin/"))
    assert "Recovery code used. 9 left." in page.locator(".messages").inner_text()
    person.shot("7-recovery-code-used")
    person.sign_out()
    person.sign_in()
    person.enter(codes[0])
    page.locator(".messages").get_by_text("That code is not valid").wait_for()
    assert person.path() == "/admin/2fa/verify/"
    person.shot("8-recovery-code-reused")

    # The passkey instead.
    page.get_by_role("button", name="Use your passkey").click()
    page.wait_for_url(person.url("/admin/"))
    person.shot("9-signed-in-with-passkey")
    assert person.console_errors == []
