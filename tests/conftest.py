import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(db):
    """The demo clinic exactly as `manage.py seed_demo` builds it."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)
