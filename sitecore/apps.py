from django.apps import AppConfig


class SitecoreConfig(AppConfig):
    name = "sitecore"
    verbose_name = "Site"

    def ready(self):
        from sitecore import purge

        purge.connect()
