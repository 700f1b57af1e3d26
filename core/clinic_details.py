"""A copy of the clinic's name, phone and address on disk, for pages served without a database.

When PostgreSQL is unreachable the outage page (config/outage.py) must still give
patients the number to call. It is refreshed whenever Clinic details are saved, after
every migrate and as gunicorn starts, and read with nothing but the file system.
"""

import json
import logging
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from wagtail.models import Site

from core import phone

logger = logging.getLogger(__name__)


def details(clinic):
    """What the outage page shows: the clinic's public contact details, nothing else."""
    return {
        "name": clinic.name,
        "phone": clinic.phone,
        "phone_e164": phone.to_e164(clinic.phone),
        "address_lines": clinic.address_lines,
    }


def write(values, path=None):
    """Swap the file in whole, readable by all: it holds only what every page shows."""
    path = Path(path or settings.CLINIC_DETAILS_FILE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w") as file:
            json.dump(values, file)
        os.chmod(temporary, 0o644)  # noqa: S103
        os.replace(temporary, path)
    except OSError as error:
        logger.warning("Could not write the clinic's details to %s: %s", path, error)
        return False
    return True


def refresh(**kwargs):
    """Copy the default Site's Clinic details to the file; False when there are none yet."""
    from core.models import ClinicSettings

    try:
        site = Site.objects.filter(is_default_site=True).first()
        clinic = site and ClinicSettings.objects.filter(site=site).first()
    except DatabaseError as error:
        logger.warning("Clinic details not refreshed: %s", type(error).__name__)
        return False
    return bool(clinic) and write(details(clinic))


def read(path=None):
    """The last copy written, or None when there is none (a fresh server)."""
    try:
        with open(path or settings.CLINIC_DETAILS_FILE) as file:
            values = json.load(file)
    except (OSError, ValueError):
        return None
    return values if isinstance(values, dict) else None
