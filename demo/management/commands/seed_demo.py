from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from demo import site as demo
from demo.booking import ensure_request_pages
from demo.conditions import ensure_accessibility_statement, ensure_condition_pages, ensure_reviews
from demo.faqs import ensure_faq_demo
from demo.locations import ensure_locations
from demo.patients import ensure_new_patients_page
from demo.practitioners import ensure_practitioner_index, ensure_practitioners
from demo.techniques import ensure_more_techniques
from demo.translate import apply_spanish_demo
from faq.models import FAQ


class Command(BaseCommand):
    help = "Build the demo clinic site. Safe to run again: it never duplicates content."

    def add_arguments(self, parser):
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Skip the Spanish translation (most tests need only the English site).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        home, site = demo.ensure_home()
        clinic = demo.ensure_clinic_settings(site)
        demo.ensure_share_image(site)
        index, sot = demo.ensure_technique_pages(home)
        techniques = [sot, *ensure_more_techniques(index)]
        demo.ensure_featured(home, techniques)
        # Created in menu order: techniques, conditions, practitioners, locations, new patients.
        _conditions_index, conditions = ensure_condition_pages(
            home, {page.slug: page for page in techniques}
        )
        team = ensure_practitioner_index(home)
        _locations_index, locations = ensure_locations(home)
        practitioners = ensure_practitioners(
            team,
            {page.slug: page for page in techniques},
            {page.slug: page for page in locations},
        )
        ensure_new_patients_page(home)
        demo.ensure_in_menu(ensure_faq_demo(home, sot))
        _booking, contact, _privacy = ensure_request_pages(home, clinic)
        demo.ensure_in_menu(contact)
        ensure_accessibility_statement(home)
        # Dr. Okafor, the clinic director, reviews the health pages.
        ensure_reviews([*techniques, *conditions], practitioners[0])
        if not options["english_only"]:
            # The whole site in Spanish, through wagtail-localize's translation records.
            apply_spanish_demo(snippets=FAQ.objects.filter(locale=Locale.get_default()))
        sot_path = sot.get_url_parts()[2]
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {clinic.name}, SOT at {sot_path}"))
