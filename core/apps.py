from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    # The label predates the package's name. It names the database tables, the migration
    # history and the settings URL of every installed site, so it stays.
    label = "sitecore"
    verbose_name = "Site"
