"""The "Front desk" group: admin access plus view and change rights on requests only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Front desk"
CODENAMES = [
    "view_bookingrequest",
    "change_bookingrequest",
    "view_contactmessage",
    "change_contactmessage",
]


def create_group(apps, schema_editor):
    # Permissions are normally created after migrate; make sure these exist now.
    booking = apps.get_app_config("booking")
    booking.models_module = True
    create_permissions(booking, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="booking", codename__in=CODENAMES
    ) | Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
