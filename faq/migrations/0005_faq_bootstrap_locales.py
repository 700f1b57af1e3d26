# Gives every existing FAQ a translation key and the default locale, so it can be
# translated with wagtail-localize.

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0004_faq_bootstrap_translatable"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [BootstrapTranslatableModel("faq.FAQ")]
