"""The clinic setting is the single source for the header, footer and phone links."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.html import soup, text

pytestmark = pytest.mark.django_db


def render(source):
    # Wagtail finds the default Site, at localhost, for this request itself.
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    html = Template("{% load site_tags %}" + source).render(Context({"request": request}))
    return soup(type("R", (), {"status_code": 200, "content": html.encode()})())


def test_changing_the_setting_changes_header_and_footer(client, clinic):
    clinic.name = "Bayside Spine & Posture"
    clinic.phone = "(541) 555-0177"
    clinic.street_address = "9 Pier Lane"
    clinic.save()

    page = soup(client.get("/"))
    assert text(page.select_one(".site-header__brand")) == "Bayside Spine & Posture"
    assert page.select_one(".site-header a[href^='tel:']")["href"] == "tel:+15415550177"
    footer = page.find("footer")
    assert text(footer.find("h2")) == "Bayside Spine & Posture"
    assert "9 Pier Lane" in text(footer.find("address"))
    assert footer.select_one("a[href^='tel:']")["href"] == "tel:+15415550177"


def test_footer_lists_opening_hours(site):
    rows = render("{% site_footer %}").select(".hours__row")
    assert [text(r.find("dt")) for r in rows][:2] == ["Monday", "Tuesday"]
    assert text(rows[0].find("dd")) == "8:30 AM – 6:00 PM"


def test_phone_link_tag_renders_a_dialable_link(clinic):
    clinic.phone = "(541) 555-0142"
    clinic.save()
    link = render('{% phone_link label="Call us" %}').find("a")
    assert link["href"] == "tel:+15415550142"
    assert text(link) == "Call us (541) 555-0142"


def test_header_escapes_what_editors_type(clinic):
    clinic.name = "<script>alert(1)</script>"
    clinic.save()
    header = render("{% site_header %}")
    assert header.find("script") is None
    assert text(header.select_one(".site-header__brand")) == "<script>alert(1)</script>"


def test_an_undialable_phone_is_rejected(clinic):
    from django.core.exceptions import ValidationError

    clinic.phone = "call us maybe"
    with pytest.raises(ValidationError) as error:
        clinic.full_clean()
    assert "phone" in error.value.message_dict
