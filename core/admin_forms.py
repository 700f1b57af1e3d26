"""The page editor's form: says when scheduled publishing really happens."""

from django.conf import settings
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from core.management.commands.run_scheduler import DEFAULT_INTERVAL


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


def is_explicit_save(request):
    """An editor's own save, not Wagtail's autosave.

    The autosave posts the same form to the same view but asks for JSON, and shows no
    messages: a warning queued then would surface on whatever page opens next.
    """
    return request.accepts("text/html")
