from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from booking import audit
from booking.models import BookingRequest, ContactMessage


class Command(BaseCommand):
    help = (
        "Delete booking requests and contact messages older than BOOKING_RETENTION_DAYS "
        "(default 180). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.BOOKING_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        verb = "Would delete" if dry_run else "Deleted"
        for model in (BookingRequest, ContactMessage):
            old = model.objects.filter(created_at__lt=cutoff)
            count = old.count() if dry_run else self.purge(model, old)
            plural = model._meta.verbose_name_plural
            self.stdout.write(f"{verb} {count} {plural} older than {days} days.")

    def purge(self, model, old):
        """Delete the rows and their audit trail, keeping one entry per row: its purge."""
        with transaction.atomic():
            rows = list(old)
            audit.forget(model, [row.pk for row in rows])
            audit.record_many(rows, audit.PURGE, user=None)
            return old.delete()[0]
