import pytest
from django.conf import settings

from tests.seeding import rolled_back, seed_demo

# The fixtures that seed the demo once per test module (below), in the order a module's
# tests run: those building their own small tree first, then the English demo, then both
# languages (which seeding again on top of the English one gives).
DEMO_FIXTURES = ("demo_site", "bilingual_site")


@pytest.fixture(scope="module")
def english_demo_once(django_db_setup, django_db_blocker):
    """Seeding takes seconds; done once for the module, each test rolls back to it."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            seed_demo("--english-only")
        yield


@pytest.fixture(scope="module")
def bilingual_demo_once(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            seed_demo()
        yield


def _seeded_site(request):
    if _is_transactional(request):
        raise pytest.UsageError(
            f"{request.node.nodeid}: a transactional test seeds the demo itself (its rows must "
            "be committed); the demo fixtures share one rolled-back transaction per module"
        )
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site(request, english_demo_once, db):
    """The demo clinic as `manage.py seed_demo` builds it, in English: its Spanish
    translation takes twice as long to build, and most tests never look at it."""
    return _seeded_site(request)


@pytest.fixture
def bilingual_site(request, bilingual_demo_once, db):
    """The demo clinic exactly as `manage.py seed_demo` builds it: English and Spanish."""
    return _seeded_site(request)


def _is_transactional(item_or_request):
    node = getattr(item_or_request, "node", item_or_request)
    marker = node.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(node, "fixturenames", ())))


def _demo_rank(item):
    if _is_transactional(item):
        return 0
    names = set(getattr(item, "fixturenames", ()))
    return next((rank for rank, name in enumerate(DEMO_FIXTURES, 1) if name in names), 0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Within each module's run of tests (pytest-django has already put transactional tests
    last), the tests that seed the demo go after those that do not, English before both
    languages: once a module's seeded transaction is open, every later test there sees it."""
    ordered, run = [], []
    for item in items:
        if run and item.module is not run[0].module:
            ordered += sorted(run, key=_demo_rank)
            run = []
        run.append(item)
    ordered += sorted(run, key=_demo_rank)
    items[:] = ordered


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
