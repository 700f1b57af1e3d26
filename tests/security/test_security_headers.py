"""Security headers and the Content Security Policy on each kind of page."""

import pytest
from bs4 import BeautifulSoup

from demo.public_pages import SOT_PATH
from tests.security_helpers import csp_directives

RECAPTCHA = ("www.google.com/recaptcha/", "www.gstatic.com/recaptcha/", "recaptcha.net")
PAGES = {"public": SOT_PATH, "form": "/book/", "admin login": "/admin/login/"}


@pytest.fixture
def hsts(settings):
    # Django sends HSTS only over HTTPS, as production does behind its proxy.
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True


@pytest.mark.parametrize("kind", PAGES)
def test_every_security_header_is_present(client, public_pages, hsts, kind):
    response = client.get(PAGES[kind], secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    directives = csp_directives(response)
    for name in ("object-src", "base-uri"):
        assert directives[name] == ["'none'"]
    assert directives["form-action"] == ["'self'"]


@pytest.mark.parametrize("kind", ["public", "form"])
def test_public_policy_forbids_inline_and_eval_and_framing(client, public_pages, kind):
    directives = csp_directives(client.get(PAGES[kind]))
    assert directives["frame-ancestors"] == ["'none'"]
    script_src = directives["script-src"]
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert not any(source.startswith("'nonce-") for source in script_src)
    assert "'unsafe-inline'" not in directives["style-src"]


@pytest.mark.parametrize("path", ["/", SOT_PATH, "/techniques/", "/faq/", "/book/", "/contact/"])
def test_no_public_page_has_executable_inline_script_or_nonce(client, public_pages, path):
    page = BeautifulSoup(client.get(path).content, "html.parser")
    for script in page.find_all("script"):
        # A data block (JSON-LD) never executes, and script-src does not govern it.
        assert script.get("src") or script.get("type") == "application/ld+json", script
        assert not script.get("nonce"), script
    assert not page.find_all(attrs={"nonce": True})


@pytest.mark.parametrize("path", ["/book/", "/contact/"])
def test_form_pages_allow_recaptcha_and_nothing_else_third_party(client, public_pages, path):
    directives = csp_directives(client.get(path))
    for name in ("script-src", "frame-src"):
        third_party = [s for s in directives[name] if s.startswith("https://")]
        assert third_party, f"{name} lacks reCAPTCHA on {path}"
        assert all(any(origin in s for origin in RECAPTCHA) for s in third_party)


@pytest.mark.parametrize("path", ["/", SOT_PATH, "/techniques/", "/faq/", "/admin/login/"])
def test_recaptcha_origins_appear_only_on_form_pages(client, public_pages, path):
    policy = client.get(path)["Content-Security-Policy"]
    assert "recaptcha" not in policy
    assert "https://" not in policy, "no third-party origin outside the form pages"


def test_admin_has_its_own_deliberate_policy(client, public_pages):
    response = client.get("/admin/login/")
    directives = csp_directives(response)
    # Wagtail 7.4's admin needs inline scripts and styles, so no nonce here (it would
    # switch 'unsafe-inline' off); it stays same-origin and may frame only its previews.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_cannot_be_framed(client, public_pages):
    assert client.get(SOT_PATH)["X-Frame-Options"] == "DENY"


def test_cookies_are_secure_httponly_and_lax(settings):
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"


def test_svg_uploads_are_refused_and_images_are_bounded(settings):
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000
