from django.core.management.base import BaseCommand
from django.db import transaction

from booking.demo import ensure_request_pages
from faq.demo import ensure_faq_demo
from sitecore import demo


class Command(BaseCommand):
    help = "Build the demo clinic site. Safe to run again: it never duplicates content."

    @transaction.atomic
    def handle(self, *args, **options):
        home, site = demo.ensure_home()
        clinic = demo.ensure_clinic_settings(site)
        index, sot = demo.ensure_technique_pages(home)
        ensure_faq_demo(home, sot)
        ensure_request_pages(home, clinic)
        sot_path = sot.get_url_parts()[2]
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {clinic.name}, SOT at {sot_path}"))
