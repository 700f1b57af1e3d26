"""Audit entries written before requests had references were labelled with the patient's
name. Relabel them by reference ("Request BR-7F3K2"), or "Request (deleted)" when the
request is gone, so no name is left in the log."""

import base64

from django.db import migrations

PREFIXES = {"bookingrequest": "BR", "contactmessage": "CM"}


def relabel(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for model_name, prefix in PREFIXES.items():
        content_type = ContentType.objects.filter(app_label="booking", model=model_name).first()
        if content_type is None:
            continue
        keys = dict(
            apps.get_model("booking", model_name).objects.values_list("pk", "idempotency_key")
        )
        for entry in ModelLogEntry.objects.filter(content_type=content_type).iterator():
            key = keys.get(int(entry.object_id)) if entry.object_id.isdigit() else None
            if key is None:
                entry.label = "Request (deleted)"
            else:
                entry.label = f"Request {prefix}-{base64.b32encode(key.bytes).decode()[:5]}"
            entry.save(update_fields=["label"])


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0004_front_desk_can_delete"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(relabel, migrations.RunPython.noop)]
