"""Compile every ``locale/*/LC_MESSAGES/*.po`` to the ``.mo`` file Django reads.

Django's ``compilemessages`` needs GNU gettext's ``msgfmt``; this uses polib (which
wagtail-localize already requires), so a fresh machine needs nothing but the pinned
packages. Each file is written beside the catalogue and swapped in whole, so parallel test
workers never read half a file, and is readable by all: the service may run as another user.
"""

import os
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (locale/*/LC_MESSAGES/*.po)."

    def handle(self, *args, **options):
        for folder in settings.LOCALE_PATHS:
            for po_path in sorted(Path(folder).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                handle, temporary = tempfile.mkstemp(dir=po_path.parent, suffix=".mo.tmp")
                os.close(handle)
                polib.pofile(str(po_path)).save_as_mofile(temporary)
                # mkstemp creates 0600; the web service reads it as its own user.
                os.chmod(temporary, 0o644)  # noqa: S103
                os.replace(temporary, mo_path)
                self.stdout.write(f"Compiled {mo_path.relative_to(settings.BASE_DIR)}")
