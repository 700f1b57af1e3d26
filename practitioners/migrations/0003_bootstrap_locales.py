# Gives every existing row a translation key and the default locale, so it can be
# translated with its page by wagtail-localize.

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("practitioners", "0002_bootstrap_translatable"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [BootstrapTranslatableModel("practitioners.PractitionerClinicDays")]
