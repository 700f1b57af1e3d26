"""The public pages every budget, axe and Lighthouse check walks.

Pages owned by apps still being built are listed too: until the demo seed
creates them they answer 404 and the checks skip them, naming the page.
"""

import pytest

SOT_PATH = "/techniques/sacro-occipital-technique/"

PUBLIC_PAGES = {
    "home": "/",
    "techniques": "/techniques/",
    "sot": SOT_PATH,
    "faq": "/faq/",
    "book": "/book/",
    "contact": "/contact/",
}

# Pages whose purpose is a form: the only ones allowed to load JavaScript.
FORM_PAGES = {"book", "contact"}


def fetch_or_skip(client, name):
    """GET a public page with the Django test client, skipping pages not built yet."""
    response = client.get(PUBLIC_PAGES[name])
    if response.status_code == 404:
        pytest.skip(f"{PUBLIC_PAGES[name]} ({name}) is not in the demo site yet")
    assert response.status_code == 200, f"{name}: HTTP {response.status_code}"
    return response
