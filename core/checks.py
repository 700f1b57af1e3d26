"""The deploy check that the stored Site says SITE_URL, the one public address.

Wagtail builds canonical links, ``og:url``, JSON-LD, the sitemap and robots.txt from the
default Site, so a Site left on another address (the server that ran ``seed_demo``
first) would send crawlers there. It reads the database, so like Django's own database
checks it runs only when asked with ``--database`` (``check --deploy --database
default``), and gunicorn runs it before serving (gunicorn.conf.py).
"""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from wagtail.models import Site

from core.siteurl import site_address

TAG = "site_url"
FIX = "Run: python manage.py set_site_url"


@checks.register(TAG, deploy=True)
def check_site_url(app_configs=None, databases=None, **kwargs):
    if not databases or not getattr(settings, "SITE_URL", ""):
        return []
    try:
        expected = site_address(settings.SITE_URL)
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="core.E001")]
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # Whether the database answers is /healthz's question, not this one's.
    if site is None or (site.hostname, site.port) == expected:
        return []
    return [
        checks.Error(
            f"The default Site's address is {site.root_url} but SITE_URL is "
            f"{settings.SITE_URL}: canonical links, og:url, JSON-LD, the sitemap and "
            "robots.txt would name the Site's address.",
            hint=FIX,
            id="core.E002",
        )
    ]


def site_url_errors():
    """The serious problems check_site_url finds on the default database."""
    found = checks.run_checks(tags=[TAG], include_deployment_checks=True, databases=["default"])
    return [error for error in found if error.is_serious()]
