"""A page scheduled in the admin goes live through the loop `make run` starts."""

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from technique.models import TechniquePage
from tests.admin_forms import new_technique_form, post_technique
from tests.html import soup, text
from tests.security_helpers import ROOT

pytestmark = pytest.mark.django_db


def schedule_new_page(client, go_live_at):
    data = new_technique_form("<p>Light and quick.</p>")
    data["go_live_at"] = timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M:%S")
    assert post_technique(client, data).status_code == 302
    return TechniquePage.objects.get(slug="activator-method")


def test_a_scheduled_page_goes_live_through_the_scheduler_loop(editors_client, client, sot_page):
    page = schedule_new_page(editors_client, timezone.now() + timedelta(seconds=2))
    assert not page.live
    assert page.latest_revision.approved_go_live_at is not None

    call_command("run_scheduler", interval=1, iterations=5)

    page.refresh_from_db()
    assert page.live
    editors_client.logout()
    assert client.get(page.url).status_code == 200


def test_a_page_scheduled_later_stays_unpublished(editors_client, sot_page):
    page = schedule_new_page(editors_client, timezone.now() + timedelta(hours=1))
    call_command("run_scheduler", interval=0, iterations=1)
    page.refresh_from_db()
    assert not page.live


def test_the_schedule_dialog_says_when_and_in_which_time_zone(editors_client, sot_page):
    page = soup(editors_client.get(reverse("wagtailadmin_pages:edit", args=[sot_page.pk])))
    field = page.find(id="id_go_live_at")
    # The dialog is a <template> until opened, whose text BeautifulSoup leaves out.
    help_text = text(BeautifulSoup(str(page.find(id=field["aria-describedby"])), "html.parser"))
    assert "America/New_York time (the clinic's time zone)" in help_text
    assert "within a minute" in help_text


def test_the_server_runner_stops_the_scheduler_with_the_server(tmp_path):
    """scripts/beside.py, as the Makefile runs it: the loop goes when the server goes."""
    server = [sys.executable, "-c", "import time; time.sleep(4)"]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    runner = subprocess.Popen(  # noqa: S603
        [sys.executable, "scripts/beside.py", *server],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(3)
    children = subprocess.run(  # noqa: S603
        ["ps", "-o", "pid=,args=", "--ppid", str(runner.pid)],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout
    loops = [int(line.split()[0]) for line in children.splitlines() if "run_scheduler" in line]
    assert len(loops) == 1, children
    assert runner.wait(timeout=15) == 0
    with pytest.raises(ProcessLookupError):
        os.kill(loops[0], 0)
