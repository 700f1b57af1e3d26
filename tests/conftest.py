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
def editors_client(client, django_user_model, demo_site):
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
