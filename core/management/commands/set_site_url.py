from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from core.siteurl import apply_site_url


class Command(BaseCommand):
    help = (
        "Set the default Wagtail Site's hostname, port and scheme from SITE_URL (or the "
        "address given), so canonical links, the sitemap and JSON-LD use it. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="e.g. https://www.example.com; default SITE_URL")

    def handle(self, *args, url=None, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default Site yet: run migrate (and seed_demo) first.")
        try:
            changed = apply_site_url(site, url or settings.SITE_URL)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        verb = "now" if changed else "already"
        self.stdout.write(self.style.SUCCESS(f"The site's address is {verb} {site.root_url}"))
