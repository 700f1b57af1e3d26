import pytest
from django.conf import settings

from tests.seeding import TREES, SharedTree


def tree_for(node):
    """The shared tree (tests/seeding.py) a test asks for, or None."""
    if is_transactional(node):
        return None
    names = set(getattr(node, "fixturenames", ()))
    return next((name for name in TREES if name in names), None)


def _django_test_case(node):
    """The Django test case class a unittest-style test belongs to, if any."""
    from django.test import TransactionTestCase

    cls = getattr(node, "cls", None)
    return cls if cls is not None and issubclass(cls, TransactionTestCase) else None


def is_transactional(node):
    from django.test import TestCase

    case = _django_test_case(node)
    if case is not None:
        return not issubclass(case, TestCase)
    marker = node.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(node, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Within each module's run of tests (pytest-django has already put the transactional ones
    last), tests asking for the same shared tree run one after another, so it is built once."""
    rank = {None: 0, **{name: index for index, name in enumerate(reversed(TREES), 1)}}
    ordered, run = [], []
    for item in items:
        if run and item.module is not run[0].module:
            ordered += sorted(run, key=lambda each: rank[tree_for(each)])
            run = []
        run.append(item)
    ordered += sorted(run, key=lambda each: rank[tree_for(each)])
    items[:] = ordered
    # The tree must be committed before pytest-django's own autouse fixture opens the test's
    # transaction, and autouse fixtures from plugins run before those of conftest files.
    for item in items:
        names = getattr(item, "fixturenames", [])
        if "_the_shared_tree" in names:
            names.remove("_the_shared_tree")
            names.insert(0, "_the_shared_tree")


@pytest.fixture(scope="session")
def shared_tree(django_db_setup, django_db_blocker):
    return SharedTree(django_db_blocker)


def _uses_db(node):
    names = set(getattr(node, "fixturenames", ()))
    if _django_test_case(node) is not None:
        return False  # the class-scoped fixture below has seen to it
    return bool(node.get_closest_marker("django_db") or {"db", "transactional_db"} & names)


@pytest.fixture(scope="class", autouse=True)
def _no_shared_tree_under_a_django_test_case(request):
    """A Django ``TestCase`` class opens its transaction when the class starts, before any
    test's fixtures run: no shared tree may be left in the database then."""
    if request.cls is None or _django_test_case(request.node) is None:
        yield
        return
    tree = request.getfixturevalue("shared_tree")
    tree.need(None)
    yield
    if is_transactional(request.node):
        tree.changed_by_a_transactional_test()


@pytest.fixture(autouse=True)
def _the_shared_tree(request):
    """Autouse, so it runs before ``db`` opens the test's own transaction."""
    if not _uses_db(request.node):
        yield None
        return
    tree = request.getfixturevalue("shared_tree")
    yield tree.need(tree_for(request.node))
    if is_transactional(request.node):
        tree.changed_by_a_transactional_test()


def _refuse_transactional(request):
    if is_transactional(request.node):
        raise pytest.UsageError(
            f"{request.node.nodeid}: a transactional test builds its own tree (its rows must be "
            "committed); the shared trees are kept between tests"
        )


@pytest.fixture
def demo_site(request, db):
    """The demo clinic as `manage.py seed_demo` builds it, in English: its Spanish
    translation takes twice as long to build, and most tests never look at it."""
    from wagtail.models import Site

    _refuse_transactional(request)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def bilingual_site(request, db):
    """The demo clinic exactly as `manage.py seed_demo` builds it: English and Spanish."""
    from wagtail.models import Site

    _refuse_transactional(request)
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
    from wagtail.models import Site

    cache.clear()
    # Wagtail keeps the site root paths under a cache version of its own, which clear() on
    # Redis (our backend empties one version of its prefix) leaves; a rolled-back test that
    # moved the Site's address would otherwise leave it to the next.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def redis_down(settings):
    """The cache layers on a Redis that refuses connections (a closed loopback port)."""
    from tests.outage import point_caches_at_a_redis_that_is_down

    return point_caches_at_a_redis_that_is_down(settings)


@pytest.fixture
def public_tree(request, db):
    """The primary keys of the shared page of every public type, if the test asked for it."""
    if tree_for(request.node) == "public_pages":
        _refuse_transactional(request)
        return request.getfixturevalue("_the_shared_tree")
    return None


@pytest.fixture
def site(public_tree):
    """The default Site: a home page and the clinic's details, nothing else (tests/trees.py)."""
    from wagtail.models import Site

    from tests.trees import build_site

    return Site.objects.get(pk=public_tree["site"]) if public_tree else build_site()


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def clinic(site):
    from core.models import ClinicSettings

    return ClinicSettings.for_site(site)


@pytest.fixture
def technique_index(home, public_tree):
    from technique.factories import TechniqueIndexPageFactory
    from technique.models import TechniqueIndexPage

    if public_tree:
        return TechniqueIndexPage.objects.child_of(home).get()
    return TechniqueIndexPageFactory(parent=home)


@pytest.fixture
def sot_page(technique_index, public_tree):
    """The SOT technique page showing a reusable question it carries the markup of."""
    from technique.models import TechniquePage
    from tests.trees import add_sot

    return (
        TechniquePage.objects.get(pk=public_tree["sot"])
        if public_tree
        else add_sot(technique_index)
    )


@pytest.fixture
def request_pages(home, clinic, public_tree):
    """The booking, contact and privacy pages, in that order."""
    from wagtail.models import Page

    from tests.trees import add_request_pages

    if public_tree:
        return tuple(Page.objects.get(pk=pk).specific for pk in public_tree["requests"])
    return add_request_pages(home, clinic)


@pytest.fixture
def public_pages(site, home, sot_page, request_pages):
    """One page of every public type, at the paths of demo.public_pages.PUBLIC_PAGES: built
    once and shared by consecutive tests asking for it (tests/seeding.py)."""
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
