from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    # The label predates the package's name. It names the database tables, the migration
    # history and the settings URL of every installed site, so it stays.
    label = "sitecore"
    verbose_name = "Site"

    def ready(self):
        from core import checks, clinic_details  # noqa: F401 - registers the system checks

        post_migrate.connect(clinic_details.refresh, sender=self, dispatch_uid="clinic-details")
        post_save.connect(
            _refresh_after_commit,
            sender=self.get_model("ClinicSettings"),
            dispatch_uid="clinic-details-saved",
        )


def _refresh_after_commit(**kwargs):
    from core import clinic_details

    transaction.on_commit(clinic_details.refresh)
