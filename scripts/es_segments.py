"""
List every string wagtail-localize offers a translator for the demo site, with where it comes from.

Needs a settings module with ``wagtail_localize`` installed and ``WAGTAIL_I18N_ENABLED``, and a
seeded database:

    DJANGO_SETTINGS_MODULE=... python -m scripts.es_segments           # a table
    DJANGO_SETTINGS_MODULE=... python -m scripts.es_segments --missing  # strings demo.spanish lacks

Strings are shown exactly as wagtail-localize stores them (``String.data``): HTML-escaped, with
rich text's inline tags reduced to ``<b>``, ``<i>`` and ``<a id="a1">``. Models that are not yet
translatable (no ``TranslatableMixin``) are listed from the same extractor wagtail-localize uses, so
their strings can be translated ahead of the model change; they are marked ``[not translatable]``.
"""

import sys


def demo_objects():
    """The pages (in the default locale), FAQ snippets and clinic settings of the demo site."""
    from wagtail.models import Locale, Page

    from core.models import ClinicSettings
    from faq.models import FAQ

    pages = Page.objects.filter(depth__gt=1, locale=Locale.get_default()).order_by("path")
    yield from pages.specific()
    yield from _default_locale_only(FAQ.objects.order_by("pk"))
    yield from ClinicSettings.objects.order_by("pk")


def _default_locale_only(queryset):
    from wagtail.models import Locale

    if hasattr(queryset.model, "locale"):
        return queryset.filter(locale=Locale.get_default())
    return queryset


def is_translatable(obj):
    from wagtail.models import TranslatableMixin

    return isinstance(obj, TranslatableMixin)


def source_strings(obj):
    """``[(context path, source string)]`` for each string segment of ``obj``, in order."""
    from wagtail_localize.models import StringSegment, TranslationSource
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    if is_translatable(obj):
        source, _created = TranslationSource.update_or_create_from_instance(obj)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        return [(s.context.path, s.string.data) for s in segments.order_by("order")]
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(obj)
        if isinstance(segment, StringSegmentValue)
    ]


def slug_of(obj):
    return getattr(obj, "slug", None)


def main(argv):
    import django

    django.setup()
    from demo.translate import spanish_for

    only_missing = "--missing" in argv
    missing = 0
    for obj in demo_objects():
        marker = "" if is_translatable(obj) else " [not translatable]"
        if not only_missing:
            print(f"\n## {type(obj).__name__} {obj.pk}: {obj}{marker}")
        for path, text in source_strings(obj):
            known = spanish_for(path, text) is not None
            if only_missing and known:
                continue
            missing += not known
            print(f"{path}\t{text}" if not only_missing else f"{obj}: {path}\t{text!r}")
    if only_missing:
        print(f"{missing} missing", file=sys.stderr)
    return 1 if only_missing and missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
