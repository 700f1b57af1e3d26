"""Purge every public URL from the front cache; gunicorn runs it as each release starts.

A page cached by the previous release names that release's hashed static files, which a
clean collectstatic has removed, so nothing cached may outlive a release.
"""

from django.core.management.base import BaseCommand

from caching.purge import purge_front_cache


class Command(BaseCommand):
    help = "Purge every public page from the front cache (WAGTAILFRONTENDCACHE)."

    def handle(self, *args, **options):
        sent = purge_front_cache()
        if sent:
            self.stdout.write(f"Asked the front cache to purge {sent} URLs.")
        else:
            self.stdout.write("No front cache configured (WAGTAILFRONTENDCACHE): nothing to purge.")
