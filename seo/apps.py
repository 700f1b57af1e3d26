from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "seo"
    verbose_name = "Search engines"

    def ready(self):
        from wagtail.admin.panels import HelpPanel

        from seo import indexnow

        indexnow.connect()
        from wagtailseo.models import SeoSettings

        # The clinic's name, address, phone, hours and logo have one source, Clinic
        # details. wagtail-seo's own organisation fields would be a second that no page
        # reads, so its settings form keeps only the tags it writes (``panels`` is the
        # documented way a setting declares its form).
        SeoSettings.panels = [
            *SeoSettings.panels[:1],
            HelpPanel(
                "The clinic's name, address, phone, opening hours and logo, which search "
                "engines read, are set in Settings › Clinic details."
            ),
        ]
