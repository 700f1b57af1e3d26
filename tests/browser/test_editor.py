"""An editor changes the SOT benefit list in the admin and the public sees it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from demo.public_pages import SOT_PATH
from technique.models import TechniquePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

OLD_TITLE = "Are in acute pain"
NEW_TITLE = "Are in acute pain after an injury"


def test_editor_edits_benefit_list_publishes_and_public_page_changes(page, site_url):
    # A plain member of the Editors group, as the people who do this every day are.
    user = get_user_model().objects.create_user("editor", "editor@example.com", "editor-pass")
    user.groups.add(Group.objects.get(name="Editors"))
    sot = TechniquePage.objects.get(url_path__endswith="/sacro-occipital-technique/")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site_url}/admin/")

    page.goto(f"{site_url}/admin/pages/{sot.pk}/edit/")
    benefit = page.locator("input[name$='-value-title']").filter(has_text="")
    title = next(field for field in benefit.all() if field.input_value() == OLD_TITLE)
    title.fill(NEW_TITLE)
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"{site_url}/admin/pages/{sot.get_parent().pk}/")

    page.goto(site_url + SOT_PATH)
    benefit_titles = page.locator(".benefits__title").all_inner_texts()
    assert NEW_TITLE in benefit_titles
    assert OLD_TITLE not in benefit_titles
