"""
One JSON-LD graph per page, built from the page and the clinic's details (``ClinicSettings``,
the one source of the clinic's name, phone, address, hours and logo).

The organisation node is written in full on the home page and referenced by ``@id``
everywhere else. FAQ questions are the page's ``faq_entries``, which the accordion also
renders, so the markup and the visible text cannot disagree.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from wagtail.models import Site
from wagtailseo.models import SeoSettings

from core.models import ClinicSettings

CONTEXT = "https://schema.org"
# As Django's json_script: nothing inside can close the <script> element or open a comment.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def dumps(data):
    """Serialise ``data`` for an ``application/ld+json`` script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


class GraphBuilder:
    def __init__(self, page, request, faq_entries=None, trail=None):
        self.page = page
        self.request = request
        self.faq_entries = page.faq_entries(request) if faq_entries is None else faq_entries
        self.site = Site.find_for_request(request) if request else page.get_site()
        self.trail = trail
        self.root_url = self.site.root_url.rstrip("/") + "/"
        self.page_url = page.get_full_url(request)
        self.org_id = self.root_url + "#organization"
        self.website_id = self.root_url + "#website"
        self.is_home = page.is_home_of(self.site)
        # The page's own language, not the request's: an admin preview runs in the editor's.
        self.language = page.language_code(request)

    def graph(self):
        nodes = []
        if self.is_home:
            nodes += [self.organization(), self.website()]
        nodes.append(self.webpage())
        nodes += self.page.schema_graph_nodes(self)
        if not self.is_home:
            nodes.append(self.breadcrumbs())
        faq = self.faq_page()
        if faq:
            nodes.append(faq)
        return {"@context": CONTEXT, "@graph": nodes}

    def organization(self):
        clinic = self.clinic
        node = {
            "@type": "MedicalClinic",
            "@id": self.org_id,
            "name": clinic.name or self.site.site_name,
            "url": self.root_url,
        }
        _put(node, "logo", self.image_url(clinic.logo))
        _put(node, "telephone", clinic.phone_e164 or clinic.phone)
        _put(node, "email", clinic.email)
        _put(node, "address", clinic_address(clinic))
        # A clinic with branch pages gives each branch's hours there, with its holiday
        # closures; the same hours here, without them, would tell searchers it is open.
        departments = self.page.schema_departments(self)
        if departments:
            node["department"] = departments
        else:
            _put(node, "openingHoursSpecification", opening_hours_specs(clinic.opening_hours))
        _put(node, "sameAs", self.same_as())
        return node

    def same_as(self):
        # The clinic's social profile, from wagtail-seo's Twitter setting.
        handle = self._settings(SeoSettings).twitter_site.lstrip("@")
        return [f"https://twitter.com/{handle}"] if handle else []

    def website(self):
        return {
            "@type": "WebSite",
            "@id": self.website_id,
            "url": self.root_url,
            "name": self.site.site_name or self.page.seo_sitename,
            "inLanguage": self.language,
            "publisher": {"@id": self.org_id},
        }

    def webpage(self):
        node = {
            "@type": self.page.schema_webpage_type,
            "@id": self.page_url + "#webpage",
            "url": self.page_url,
            "name": self.page.title,
            "description": self.page.seo_description,
            "inLanguage": self.language,
            "isPartOf": {"@id": self.website_id},
            "publisher": {"@id": self.org_id},
        }
        if self.page.last_published_at:
            node["dateModified"] = self.page.last_published_at
        if not self.is_home:
            node["breadcrumb"] = {"@id": self.page_url + "#breadcrumb"}
        # Each page type says what it is about; core never asks which type it has.
        _put(node, "about", self.page.schema_about(self))
        node.update(self.page.schema_webpage_properties(self))
        return node

    @cached_property
    def clinic(self):
        return self._settings(ClinicSettings)

    def url_of(self, page):
        return page.get_full_url(self.request)

    def breadcrumbs(self):
        ancestors = self.trail or self.page.breadcrumb_trail(self.site)
        return {
            "@type": "BreadcrumbList",
            "@id": self.page_url + "#breadcrumb",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": page.title,
                    "item": page.get_full_url(self.request),
                }
                for position, page in enumerate(ancestors, start=1)
            ],
        }

    def faq_page(self):
        entries = [entry for entry in self.faq_entries if entry.marked_up]
        if not entries:
            return None
        return {
            "@type": "FAQPage",
            "@id": self.page_url + "#faq",
            "url": self.page_url,
            "name": self.page.title,
            "inLanguage": self.language,
            "isPartOf": {"@id": self.website_id},
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": entry.question,
                    "url": f"{self.page_url}#{entry.anchor}",
                    "acceptedAnswer": {"@type": "Answer", "text": str(entry.answer_html)},
                }
                for entry in entries
            ],
        }

    def _settings(self, model):
        # for_request shares the per-request cache the header and footer already filled.
        if self.request is not None:
            return model.for_request(self.request)
        return model.for_site(self.site)

    def image_url(self, image):
        if image is None:
            return ""
        url = image.get_rendition("original").url
        return url if "://" in url else self.root_url + url.lstrip("/")


def page_graph(page, request=None, faq_entries=None, trail=None):
    return GraphBuilder(page, request, faq_entries, trail).graph()


def page_graph_json(page, request=None, faq_entries=None, trail=None):
    return dumps(page_graph(page, request, faq_entries, trail))


def _put(node, key, value):
    if value:
        node[key] = value


def clinic_address(clinic):
    fields = {
        "streetAddress": clinic.street_address,
        "addressLocality": clinic.locality,
        "addressRegion": clinic.region,
        "postalCode": clinic.postal_code,
        "addressCountry": clinic.country,
    }
    if not fields["streetAddress"]:
        return None
    return postal_address(fields)


def postal_address(fields):
    """A schema.org ``PostalAddress`` of those ``fields`` that have a value."""
    return {"@type": "PostalAddress", **{key: value for key, value in fields.items() if value}}


def opening_hours_specs(stream):
    """A weekly-hours stream (``OpeningHoursBlock`` entries) as schema.org specifications."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{child.value['weekday']}",
            "opens": child.value["opens"].strftime("%H:%M"),
            "closes": child.value["closes"].strftime("%H:%M"),
        }
        for child in stream
        if child.value.get("opens") and child.value.get("closes")
    ]
