import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture
def demo_site(db):
    """The demo clinic as `manage.py seed_demo` builds it, in English: its Spanish
    translation takes twice as long to build, and most tests never look at it."""
    call_command("seed_demo", "--english-only", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def bilingual_site(db):
    """The demo clinic exactly as `manage.py seed_demo` builds it: English and Spanish."""
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def front_desk(django_user_model):
    """A member of the Front desk group: admin access and the requests, nothing else."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("desk", "desk@example.com", "pw")
    user.groups.add(Group.objects.get(name="Front desk"))
    return user


@pytest.fixture
def desk_client(client, front_desk):
    client.force_login(front_desk)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as it starts with a clean database.

    Pages, the site for a host and rate-limit counters live in the cache; one cached by an
    earlier test would otherwise outlive the rows its rollback removed.
    """
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def redis_down(settings):
    """The cache layers on a Redis that refuses connections (a closed loopback port)."""
    from tests.outage import point_caches_at_a_redis_that_is_down

    return point_caches_at_a_redis_that_is_down(settings)


@pytest.fixture
def site(db):
    """The default Site: a home page and the clinic's details, nothing else (tests/trees.py)."""
    from tests.trees import build_site

    return build_site()


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def clinic(site):
    from core.models import ClinicSettings

    return ClinicSettings.for_site(site)


@pytest.fixture
def technique_index(home):
    from technique.factories import TechniqueIndexPageFactory

    return TechniqueIndexPageFactory(parent=home)


@pytest.fixture
def sot_page(technique_index):
    """The SOT technique page showing a reusable question it carries the markup of."""
    from tests.trees import add_sot

    return add_sot(technique_index)


@pytest.fixture
def request_pages(home, clinic):
    """The booking, contact and privacy pages, in that order."""
    from tests.trees import add_request_pages

    return add_request_pages(home, clinic)


@pytest.fixture
def public_pages(site, home, sot_page, request_pages):
    """One page of every public type, at the paths of demo.public_pages.PUBLIC_PAGES."""
    from tests.trees import add_one_page_of_each_kind

    add_one_page_of_each_kind(home, sot_page)
    return site


@pytest.fixture
def editors_client(client, django_user_model, site):
    """A test client signed in as a plain member of the Editors group, not a superuser."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("marketing", "m@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .mo files are built by `make install`, not committed; build them for a run that
    starts pytest directly, from the catalogues as they are now."""
    from django.core.management import call_command
    from django.test import override_settings

    call_command("compile_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # A catalogue loaded before the .mo existed stays cached; a settings change clears it.
    with override_settings(LOCALE_PATHS=list(settings.LOCALE_PATHS)):
        pass
