"""
The page trees many tests share, each built once and kept while consecutive tests need it.

Building the demo clinic (``seed_demo``) or a page of every public type takes seconds; most
tests only read it, or change it inside their own transaction, which pytest-django rolls
back. So the tree a test needs is built and committed once, and the tests after it that need
the same tree find it there. When a test needs another tree, or none, or commits its own rows
(a transactional test), the database is emptied and its state after migrating restored, as
Django's ``TransactionTestCase`` does between tests (``flush``, then the serialised data).
"""

import json
import os

from django.core.management import call_command
from django.db import connection, transaction


def seed_demo(*args):
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", *args, stdout=quiet)


def build_public_tree():
    """A page of every public type (``tests.trees``); the primary keys the fixtures hand out."""
    from core.models import ClinicSettings
    from technique.factories import TechniqueIndexPageFactory
    from tests.trees import add_one_page_of_each_kind, add_request_pages, add_sot, build_site

    site = build_site()
    home = site.root_page.specific
    sot = add_sot(TechniqueIndexPageFactory(parent=home))
    requests = add_request_pages(home, ClinicSettings.for_site(site))
    add_one_page_of_each_kind(home, sot)
    return {"site": site.pk, "sot": sot.pk, "requests": [page.pk for page in requests]}


# The fixture that asks for each tree, and how to build it; a test asking for two gets the first.
TREES = {
    "bilingual_site": lambda: seed_demo(),
    "demo_site": lambda: seed_demo("--english-only"),
    "public_pages": build_public_tree,
}


class SharedTree:
    """What the database holds besides its migrated state: a tree's name, or None."""

    def __init__(self, django_db_blocker):
        self.blocker = django_db_blocker
        self.name = self.value = None
        with self.blocker.unblock():
            self.migrated = connection.creation.serialize_db_to_string()

    def need(self, name):
        """Make the database hold tree ``name`` (None: just the migrated state)."""
        if name != self.name:
            if connection.in_atomic_block:
                raise RuntimeError("a shared tree must be committed before the test's transaction")
            with self.blocker.unblock():
                if self.name is not None:
                    self.restore_migrated_state()
                self.name = self.value = None
                if name is not None:
                    with transaction.atomic():
                        self.value = TREES[name]()
                    self.name = name
        return self.value

    def changed_by_a_transactional_test(self):
        self.name = "unknown"

    def restore_migrated_state(self):
        # Sequences go on counting, so no primary key is handed out twice in a run.
        call_command(
            "flush",
            interactive=False,
            reset_sequences=False,
            inhibit_post_migrate=True,
            verbosity=0,
        )
        # Content types first, and none remembered: saving a page looks its type up, and would
        # otherwise create it again under a new id before the snapshot's own is back.
        from django.contrib.contenttypes.models import ContentType

        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(content_types_first(self.migrated))


def content_types_first(snapshot):
    objects = json.loads(snapshot)
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)
