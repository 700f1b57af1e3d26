"""
Publish the Spanish demo site through wagtail-localize's own records.

Each object gets a ``TranslationSource``, a ``Translation`` into Spanish and one
``StringTranslation`` per string segment, exactly what the translation editor writes. Editors can
therefore keep editing the Spanish pages there, and "Sync translated pages" keeps working.

A string already translated is left as it is, so running the seed again never overwrites an
editor's wording; only new strings are filled in from ``demo.spanish``.
"""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.spanish import SPANISH, SPANISH_SLUGS

# Segments whose text is a slug (a page's URL part, an FAQ's link name), not prose.
SLUG_PATHS = frozenset({"slug", "anchor"})


class MissingSpanishError(LookupError):
    """Source strings that demo.spanish does not translate yet."""

    def __init__(self, obj, strings):
        self.strings = strings
        listed = "\n".join(f"  {text!r}" for text in strings)
        super().__init__(f"No Spanish for {len(strings)} string(s) of {obj!r}:\n{listed}")


def spanish_for(path, text):
    """The Spanish for the source string ``text`` found at the segment path ``path``, or None."""
    return (SPANISH_SLUGS if path in SLUG_PATHS else SPANISH).get(text)


def spanish_locale():
    locale, _created = Locale.objects.get_or_create(language_code="es")
    return locale


@transaction.atomic
def apply_spanish(obj, locale):
    """Translate ``obj`` into ``locale`` from demo.spanish and publish it; return the copy."""
    if not isinstance(obj, TranslatableMixin):
        raise TypeError(f"{type(obj).__name__} needs TranslatableMixin to be translated")
    # update_, not get_: a source made on an earlier run must see the content as it is now.
    source, _created = TranslationSource.update_or_create_from_instance(obj)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    missing = sorted(
        {s.string.data for s in segments if spanish_for(s.context.path, s.string.data) is None}
    )
    if missing:
        raise MissingSpanishError(obj, missing)

    translation, changed = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in segments:
        _string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": spanish_for(segment.context.path, segment.string.data),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
        changed = changed or created
    if changed or not obj.has_translation(locale):
        _save_and_publish(translation)
    return translation.get_target_instance()


def _save_and_publish(translation):
    # save_target(publish=True) would publish on transaction commit, from a revision whose page
    # was read before its children existed: inside seed_demo's one transaction, publishing
    # then writes every Spanish parent back with no children, and their pages answer 404.
    # So the translation is saved as a draft and its revision published here and now.
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()


def apply_spanish_demo(snippets=(), locale=None):
    """Translate ``snippets`` first, then every page below the root, parents before children.

    Snippets go first because a page that chooses a translatable snippet is saved pointing at
    the snippet's Spanish copy only if that copy already exists.
    """
    locale = locale or spanish_locale()
    default = Locale.get_default()
    translated = [apply_spanish(snippet, locale) for snippet in snippets]
    pages = Page.objects.filter(depth__gt=1, locale=default).order_by("path").specific()
    new = [page for page in pages if not page.has_translation(locale)]
    translated += [apply_spanish(page, locale) for page in pages]
    _forget_interim_redirects([page.get_translation(locale).pk for page in new])
    return translated


def _forget_interim_redirects(page_ids):
    """Drop the redirects Wagtail makes from a new translation's first, English slug.

    A translated page starts as a copy under the source's slug and is renamed in the same
    step, which Wagtail takes for a slug change. Nobody ever saw those paths. Wagtail creates
    the redirects when the transaction commits, so they are removed then too, after them.
    """
    if not page_ids or not apps.is_installed("wagtail.contrib.redirects"):
        return
    from wagtail.contrib.redirects.models import Redirect

    automatic = Redirect.objects.filter(automatically_created=True, redirect_page_id__in=page_ids)
    transaction.on_commit(automatic.delete)
