"""The page editor's form: says when scheduled publishing really happens."""

from django.conf import settings
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from sitecore.management.commands.run_scheduler import DEFAULT_INTERVAL


def go_live_help():
    zone = timezone.get_current_timezone_name()
    whose = "the clinic's time zone" if zone == settings.TIME_ZONE else "your profile's time zone"
    return (
        f"Times are {zone} time ({whose}). The page goes live within a minute of this "
        f"time: the site checks for due pages every {DEFAULT_INTERVAL} seconds."
    )


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "go_live_at" in self.fields:
            self.fields["go_live_at"].help_text = go_live_help()
