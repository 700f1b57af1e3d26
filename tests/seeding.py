"""Seeding the demo clinic for tests: committed, or once per module in a transaction."""

import contextlib
import os

from django.core.management import call_command
from django.db import transaction


def seed_demo(*args):
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", *args, stdout=quiet)


@contextlib.contextmanager
def rolled_back(django_db_blocker):
    """A transaction the whole module's tests run inside, each in its own savepoint (pytest-
    django's ``db`` is a Django ``TestCase``, whose atomics nest), rolled back at the end."""
    atomic = transaction.atomic()
    with django_db_blocker.unblock():
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
