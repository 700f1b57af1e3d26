"""The accessibility statement: linked from every footer, in both languages."""

import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from tests.html import soup, text
from trust.factories import AccessibilityStatementPageFactory
from trust.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db


def test_one_statement_under_the_home_page(home):
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
    AccessibilityStatementPageFactory(parent=home)
    assert not AccessibilityStatementPage.can_create_at(home)


@pytest.mark.parametrize(
    ("home_path", "title", "path"),
    [
        ("/", "Accessibility statement", "/accessibility/"),
        ("/es/", "Declaración de accesibilidad", "/es/accesibilidad/"),
    ],
)
def test_the_footer_links_the_statement_in_its_language(
    client, bilingual_site, home_path, title, path
):
    footer = soup(client.get(home_path)).find("footer")
    links = {text(a): a["href"] for a in footer.select("a[href]")}
    assert links[title] == path
    statement = text(soup(client.get(path)).find("main"))
    # The standard and level, and how soon the clinic answers a request for help.
    assert re.search(r"\bWCAG\) 2\.2\b.*\bAA\b", statement)
    assert re.search(r"two working days|dos días hábiles", statement)
