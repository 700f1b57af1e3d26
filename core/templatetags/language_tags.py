"""The page's language for ``<html lang>``, its ``hreflang`` links and the language switch."""

from django import template
from django.utils import translation
from django.utils.translation import gettext, pgettext

from core.languages import language_switch as switch_links
from core.pages import BasePage

register = template.Library()

# Each language's name as it sits inside a sentence of the current language ("en inglés").
IN_A_SENTENCE = {
    "en": lambda: pgettext("language name inside a sentence", "English"),
    "es": lambda: pgettext("language name inside a sentence", "Spanish"),
}


@register.simple_tag(takes_context=True)
def page_language(context):
    """The page's own language (a preview of a Spanish page from an English admin is still
    Spanish); without a page, as on the error pages, the request's."""
    page = context.get("page")
    if isinstance(page, BasePage):
        return page.language_code(context.get("request"))
    return translation.get_language()


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    if not isinstance(page, BasePage):
        return {"links": []}
    return {"links": page.hreflang_links(context.get("request"))}


@register.inclusion_tag("components/navigation/language_switch.html", takes_context=True)
def language_switch(context, page=None):
    """A plain link to the same page in each other language, or to that language's home
    page when the page is not translated; never to a page that is not there."""
    request = context.get("request")
    alternates = page.language_alternates(request) if isinstance(page, BasePage) else []
    return {
        "current_language": translation.get_language(),
        "links": [_switch_link(link) for link in switch_links(request, alternates)],
    }


def _switch_link(alternate):
    name = IN_A_SENTENCE.get(alternate.language_code, lambda: alternate.name)()
    if alternate.is_translation:
        description = gettext("read this page in %(language)s") % {"language": name}
        home_note = ""
    else:
        description = gettext("this page is not available in %(language)s yet") % {"language": name}
        # Written in the language the link leads to, beside that language's name.
        with translation.override(alternate.language_code):
            home_note = pgettext("language switch, to the other language's home", "home page")
    return {
        "language_code": alternate.language_code,
        "name": alternate.name,
        "url": alternate.link_url or alternate.url,
        "home_note": home_note,
        "description": description,
    }
