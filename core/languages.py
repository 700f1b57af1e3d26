"""
English at ``/`` and Spanish at ``/es/``: which language a request is in, and where the same
page lives in the other language.

The language is always the URL's (``i18n_patterns`` without a prefix for English), never
the browser's ``Accept-Language``. So a page is the same bytes for every visitor, and the
caches keep one copy of it per URL.
"""

from dataclasses import dataclass

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from wagtail.models import Site


class LanguageFromPathMiddleware(LocaleMiddleware):
    """Django's ``LocaleMiddleware``, without ``Vary: Accept-Language``.

    Django adds the header to unprefixed URLs in case the language came from the browser;
    with ``prefix_default_language=False`` it never does (an unprefixed URL is English),
    and the header would split every cache by each browser's language list.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


@dataclass(frozen=True)
class Alternate:
    language_code: str
    name: str
    url: str
    # False when the page has no live translation and this links to that language's home.
    is_translation: bool = True
    page_id: int | None = None
    # Where a link on this site goes: relative when the page is on the request's site.
    link_url: str = ""


def page_alternates(page, request=None):
    """The page in each language it is published in, in ``LANGUAGES`` order: what the
    ``hreflang`` links and the sitemap name. One query."""
    translations = page.get_translations(inclusive=True).live().public()
    translations = translations.select_related("locale").defer_streamfields()
    by_language = {other.locale.language_code: other for other in translations}
    alternates = []
    for code, name in settings.LANGUAGES:
        other = by_language.get(code)
        url = other.get_full_url(request) if other is not None else None
        if url:
            link_url = other.get_url(request)
            alternates.append(Alternate(code, name, url, page_id=other.pk, link_url=link_url))
    return alternates


def x_default_url(alternates):
    """The URL for ``hreflang="x-default"``: the page in the site's default language, the one
    a visitor whose language the site does not speak is shown."""
    for alternate in alternates:
        if alternate.language_code == settings.LANGUAGE_CODE:
            return alternate.url
    return None


def language_switch(request, alternates):
    """Where the language switch leads in each other language: the same page when it is
    translated, else that language's home page, so the switch never ends in a 404."""
    current = translation.get_language()
    found = {alternate.language_code: alternate for alternate in alternates}
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        if code in found:
            links.append(found[code])
            continue
        home = _home_in(code, request)
        if home is not None:
            url = home.get_url(request)
            links.append(Alternate(code, name, url, is_translation=False, link_url=url))
    return links


def _home_in(language_code, request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    translations = site.root_page.get_translations(inclusive=True).live()
    return translations.filter(locale__language_code=language_code).first()
