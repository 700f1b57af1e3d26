"""
Remove a user's second factors, for someone who lost their phone and recovery codes.

Their next sign-in starts two-factor enrolment again. Check who is asking first: this
is the one way around the second factor.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.devices import reset_second_factor


class Command(BaseCommand):
    help = "Remove every second factor of a user, so their next sign-in enrols again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f"No user named {username!r}.") from error
        removed = reset_second_factor(user)
        self.stdout.write(
            f"Removed {removed} second factor(s) of {username}; "
            "they set up a new one at their next sign-in."
        )
