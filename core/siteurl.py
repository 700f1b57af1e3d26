"""
The site's one public address, ``settings.SITE_URL``, written onto Wagtail's default Site.

Wagtail builds every absolute URL (canonical links, ``og:url``, the sitemap, JSON-LD)
from the Site's hostname and port: port 443 means ``https://host``, port 80 means
``http://host``, any other port ``http://host:port``. So an address is accepted only if
a Site can say it exactly.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


def site_address(url):
    """``(hostname, port)`` for ``url``, or ImproperlyConfigured saying why it cannot be."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must look like https://www.example.com, not {url!r}.")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured("SITE_URL is the site's root: no path, query or fragment.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if (parts.scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            "Wagtail serves https on port 443 only, and http on any other port: "
            f"{url!r} cannot be a Site's address."
        )
    return parts.hostname, port


def apply_site_url(site=None, url=None):
    """Point ``site`` (the default Site) at ``url`` (SITE_URL). True if it changed."""
    hostname, port = site_address(url or settings.SITE_URL)
    site = site or Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True
