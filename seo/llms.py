"""
``/llms.txt`` (and ``/es/llms.txt``): the site for answer engines, in the llms.txt format.

An H1 with the clinic's name, a blockquote summary, the clinic's phone, e-mail, address and
hours (``ClinicSettings``, their one source), then one H2 section per part of the site with a
link to each live, public page's Markdown alternate and a one-line summary.
"""

from django.utils.translation import gettext as _
from wagtail.models import Page

from core.models import ClinicSettings
from seo.markdown import is_in_markdown, markdown_url


def llms_txt(site, home, request):
    """The llms.txt of ``site`` in the language of ``home`` (that language's home page)."""
    clinic = ClinicSettings.for_request(request)
    lines = [f"# {clinic.name or site.site_name}", "", f"> {one_line(home.seo_description)}", ""]
    lines += clinic_facts(clinic)
    for title, pages in sections(home):
        entries = [entry(page, request) for page in pages if is_in_markdown(page)]
        if entries:
            lines += ["", f"## {title}", "", *entries]
    return "\n".join(lines) + "\n"


def clinic_facts(clinic):
    facts = []
    if clinic.phone:
        facts.append(f"- {_('Phone:')} {clinic.phone}")
    if clinic.email:
        facts.append(f"- {_('Email:')} {clinic.email}")
    if clinic.address_lines:
        facts.append(f"- {_('Address:')} {', '.join(clinic.address_lines)}")
    hours = [f"{day} {opens}–{closes}" for day, opens, closes in clinic.opening_hours_display]
    if hours:
        facts.append(f"- {_('Opening hours')}: {'; '.join(hours)}")
    return facts


def sections(home):
    """(heading, pages) for the home page and its leaf children, then each child that has
    children of its own (techniques, conditions, locations...) with them."""
    children = list(live_public(home.get_children()))
    below = {}
    for page in live_public(Page.objects.descendant_of(home).filter(depth=home.depth + 2)):
        below.setdefault(page.path[: -home.steplen], []).append(page)
    single = [home] + [child for child in children if child.path not in below]
    result = [(home.title, single)]
    result += [
        (child.title, [child, *below[child.path]]) for child in children if child.path in below
    ]
    return result


def live_public(pages):
    return pages.live().public().order_by("path").specific()


def entry(page, request):
    return f"- [{page.title}]({markdown_url(page, request)}): {one_line(page.answer_summary())}"


def one_line(text):
    return " ".join(str(text or "").split())
