"""Front desk may delete a request (a patient asks to be forgotten); Wagtail audits it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Front desk"
CODENAMES = ["delete_bookingrequest", "delete_contactmessage"]


def grant(apps, schema_editor):
    booking = apps.get_app_config("booking")
    booking.models_module = True
    create_permissions(booking, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="booking", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="booking", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("booking", "0003_front_desk_request_view")]

    operations = [migrations.RunPython(grant, revoke)]
