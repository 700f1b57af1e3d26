"""
Playwright against pytest-django's live server, in Debian's Chromium.

Playwright's sync API runs an event loop on the main thread, and Django refuses
ORM calls from a thread with a running loop. The tests only touch the ORM
between browser steps, never concurrently, so the guard is lifted here.
"""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 812}
# How long a step may wait for its condition. Generous: on a busy two-core machine the admin's
# preview or a first page render can take many seconds, and a wait ends as soon as it is met.
WAIT_MS = 45_000


@pytest.fixture(scope="session")
def initial_data(django_db_setup, django_db_blocker):
    """Wagtail's root page, locale and collection, as the migrations left them.

    Transactional tests flush the database afterwards, and Django restores this
    snapshot only when it finds it on the connection. Once Playwright's event
    loop runs on the main thread, asgiref hands out a fresh connection object
    without it, so the browser tests keep their own copy (taken before Chromium starts).
    """
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(scope="session")
def chromium_browser(initial_data):
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("No Chromium on PATH: `apt-get install chromium` to run the browser tests")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=WAIT_MS)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def migrated_data(initial_data, transactional_db):
    from django.db import connection
    from wagtail.models import Page

    if initial_data and not Page.objects.exists():
        # The flush that ended the previous test ran post_migrate on this fresh
        # connection, recreating content types under new ids. The snapshot's
        # own must go back first: saving its pages fires handlers that would
        # otherwise create them again.
        from django.contrib.contenttypes.models import ContentType

        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        from tests.seeding import content_types_first

        connection.creation.deserialize_db_from_string(content_types_first(initial_data))


@pytest.fixture
def site_url(live_server, migrated_data):
    """The live server's base URL, serving the freshly seeded demo clinic, both languages.

    Seeded here and committed, so that the live server's connection sees it."""
    from tests.seeding import seed_demo

    seed_demo()
    return live_server.url


@pytest.fixture
def browser_context(chromium_browser, site_url):
    """A fresh context per test; anything leaving loopback is refused and recorded.

    It depends on ``site_url`` so that it closes first: a page still loading
    while the database is flushed after the test corrupts the next test's data.
    """
    context = chromium_browser.new_context(viewport=PHONE, java_script_enabled=True)
    context.outside_requests = []
    context.route(_not_loopback, lambda route: _refuse(context, route))
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(WAIT_MS)
    return page


def _not_loopback(url):
    return not url.startswith(("http://localhost", "http://127.0.0.1", "data:", "blob:"))


def _refuse(context, route):
    context.outside_requests.append(route.request.url)
    route.abort()


DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture
def editor_page(page, site_url):
    """Signed in to the admin as a plain member of the Editors group, as marketing staff are."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("marketing", "m@example.com", "editor-pass")
    user.groups.add(Group.objects.get(name="Editors"))
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "marketing")
    page.fill("#id_password", "editor-pass")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site_url}/admin/")
    return page


@pytest.fixture
def shots(tmp_path):
    """Where each step's screenshot goes: EDITOR_SCREENSHOTS to keep them, else tmp_path."""
    folder = Path(os.environ.get("EDITOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return lambda page, name: page.screenshot(path=str(folder / f"{name}.png"))
