"""
Wagtail's ``publish_scheduled`` on a loop: scheduled pages and FAQs go live (and expire)
within one interval of their time, with no cron on a laptop.

``make run`` and ``make serve-prod`` start it beside the web server through
``scripts/beside.py``, which stops it with them. In production, run this as its own
process or run ``manage.py publish_scheduled`` from a timer (docs/deployment.md).
"""

import logging
import os
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections, connection

DEFAULT_INTERVAL = 30
logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled every --interval seconds until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=DEFAULT_INTERVAL)
        parser.add_argument(
            "--iterations", type=int, default=0, help="Stop after this many runs (0: never)."
        )

    def handle(self, *args, interval, iterations, **options):
        parent = os.getppid()
        runs = 0
        try:
            while not iterations or runs < iterations:
                publish_due(self.stdout)
                runs += 1
                # Started beside a web server that has gone away: go with it.
                if os.getppid() != parent:
                    return
                if not iterations or runs < iterations:
                    time.sleep(interval)
        except KeyboardInterrupt:
            return


def publish_due(stdout):
    """One run of ``publish_scheduled``, on a fresh database connection if the last went stale.

    A database that is briefly away costs one run, not the loop: the next run catches up.
    """
    fresh_connection()
    try:
        call_command("publish_scheduled", stdout=stdout)
    except DatabaseError:
        logger.exception("Scheduled publishing could not reach the database; retrying")
    finally:
        fresh_connection()


def fresh_connection():
    # Inside a transaction (a test's, or a caller's) the connection is not ours to close.
    if not connection.in_atomic_block:
        close_old_connections()
