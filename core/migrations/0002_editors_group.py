"""
The "Editors" group does marketing's whole job: pages, FAQs, images, documents,
redirects, the clinic's details and the SEO settings. It never sees requests (that is
the "Front desk" group) and never manages users (superusers do).

Wagtail's own first migration created the group with add and change rights on pages
and images; this adds publishing and everything else, and is safe to run again.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
}
MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "faq": ["add_faq", "change_faq", "delete_faq", "publish_faq", "view_faq"],
    "wagtailredirects": ["add_redirect", "change_redirect", "delete_redirect"],
    "sitecore": ["change_clinicsettings"],
    "wagtailseo": ["change_seosettings"],
}


def ensure_permissions(apps):
    # Django creates permissions after the whole migrate run; this group needs them now.
    # (wagtailadmin's access_admin comes from its own migration, a dependency below.)
    for label in {*COLLECTION_PERMISSIONS, *MODEL_PERMISSIONS, "wagtailcore"} - {"wagtailadmin"}:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
    # Wagtail adds "publish" to draft-able snippets after migrate, as above.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    faq_type, _ = ContentType.objects.get_or_create(app_label="faq", model="faq")
    Permission.objects.get_or_create(
        content_type=faq_type, codename="publish_faq", defaults={"name": "Can publish FAQ"}
    )


def permissions(apps, by_app):
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.none()
    for app_label, codenames in by_app.items():
        found |= Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    return list(found)


def grant(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*permissions(apps, MODEL_PERMISSIONS))
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for permission in permissions(apps, {"wagtailcore": PAGE_PERMISSIONS}):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for permission in permissions(apps, COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def revoke(apps, schema_editor):
    # Leave Wagtail's original group in place; take back only what this migration added.
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    extra = {k: v for k, v in MODEL_PERMISSIONS.items() if k != "wagtailadmin"}
    group.permissions.remove(*permissions(apps, extra))
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(
        group=group, permission__codename__in=["publish_page", "lock_page", "unlock_page"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sitecore", "0001_initial"),
        ("faq", "0002_question_min_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailseo", "0004_seosettings_og_image_default"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
