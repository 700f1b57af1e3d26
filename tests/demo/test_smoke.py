import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/techniques/", "/techniques/sacro-occipital-technique/"])
def test_demo_pages_render(client, demo_site, path):
    assert client.get(path).status_code == 200
