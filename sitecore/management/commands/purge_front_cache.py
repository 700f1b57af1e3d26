"""Purge every public URL from the front cache; gunicorn runs it as each release starts.

A page cached by the previous release names that release's hashed static files, which a
clean collectstatic has removed, so nothing cached may outlive a release.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

# Public URLs that are not pages; each Site has its own.
SITE_PATHS = ("/", "/sitemap.xml", "/robots.txt")


def purge_front_cache():
    """Purge every live page and each Site's fixed paths; the number of URLs sent."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return 0
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().specific().iterator())
    for site in Site.objects.all():
        batch.add_urls(site.root_url + path for path in SITE_PATHS)
    batch.purge()
    return len(batch.urls)


class Command(BaseCommand):
    help = "Purge every public page from the front cache (WAGTAILFRONTENDCACHE)."

    def handle(self, *args, **options):
        sent = purge_front_cache()
        if sent:
            self.stdout.write(f"Asked the front cache to purge {sent} URLs.")
        else:
            self.stdout.write("No front cache configured (WAGTAILFRONTENDCACHE): nothing to purge.")
