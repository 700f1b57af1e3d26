"""Purge every public URL from the front cache; gunicorn runs it as each release starts.

A page cached by the previous release names that release's hashed static files, which a
clean collectstatic has removed, so nothing cached may outlive a release.
"""

from django.core.management.base import BaseCommand, CommandError

from caching.purge import purge_front_cache


class Command(BaseCommand):
    help = "Purge every public page from the front cache (WAGTAILFRONTENDCACHE)."

    def handle(self, *args, **options):
        result = purge_front_cache()
        if result.failed:
            raise CommandError(f"The front cache did not take every purge: {result}.")
        if result.sent:
            self.stdout.write(f"Purged {result.sent} URLs from the front cache.")
        else:
            self.stdout.write("No front cache configured (WAGTAILFRONTENDCACHE): nothing to purge.")
