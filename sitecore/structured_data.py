"""
One JSON-LD graph per page, built from the page, wagtail-seo's settings and the clinic setting.

The organisation node is written in full on the home page and referenced by ``@id``
everywhere else. FAQ questions come from ``faq.entries``, which the accordion also renders,
so the markup and the visible text cannot disagree.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from wagtail.models import Site
from wagtailseo.models import SeoSettings

from faq.entries import marked_up_entries
from sitecore.models import ClinicSettings

CONTEXT = "https://schema.org"
# schema.org has no Chiropractor type; these are the medical ones that fit a clinic.
MEDICAL_ORG_TYPES = {"MedicalClinic", "MedicalBusiness", "MedicalOrganization", "Physician"}
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
    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.site = Site.find_for_request(request) if request else page.get_site()
        self.root_url = self.site.root_url.rstrip("/") + "/"
        self.page_url = page.get_full_url(request)
        self.org_id = self.root_url + "#organization"
        self.website_id = self.root_url + "#website"
        self.is_home = page.pk == self.site.root_page_id

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
        seo, clinic = self._settings(SeoSettings), self.clinic
        node = {
            "@type": seo.struct_org_type
            if seo.struct_org_type in MEDICAL_ORG_TYPES
            else "MedicalClinic",
            "@id": self.org_id,
            "name": clinic.name or seo.struct_org_name or self.site.site_name,
            "url": self.root_url,
        }
        if seo.struct_org_name and seo.struct_org_name != node["name"]:
            node["alternateName"] = seo.struct_org_name
        _put(node, "logo", self.image_url(seo.struct_org_logo))
        _put(node, "image", self.image_url(seo.struct_org_image))
        _put(node, "telephone", clinic.phone_e164 or clinic.phone or seo.struct_org_phone)
        _put(node, "email", clinic.email)
        _put(node, "address", _address(clinic, seo))
        _put(node, "openingHoursSpecification", _opening_hours(clinic, seo))
        if seo.struct_org_geo_lat is not None and seo.struct_org_geo_lng is not None:
            node["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(seo.struct_org_geo_lat),
                "longitude": float(seo.struct_org_geo_lng),
            }
        extra = _extra_json(seo)
        _put(node, "sameAs", _same_as(seo, extra))
        for key, value in extra.items():
            node.setdefault(key, value)
        return node

    def website(self):
        return {
            "@type": "WebSite",
            "@id": self.website_id,
            "url": self.root_url,
            "name": self.site.site_name or self.page.seo_sitename,
            "publisher": {"@id": self.org_id},
        }

    def webpage(self):
        node = {
            "@type": self.page.schema_webpage_type,
            "@id": self.page_url + "#webpage",
            "url": self.page_url,
            "name": self.page.title,
            "description": self.page.seo_description,
            "isPartOf": {"@id": self.website_id},
            "publisher": {"@id": self.org_id},
        }
        if self.page.last_published_at:
            node["dateModified"] = self.page.last_published_at
        if not self.is_home:
            node["breadcrumb"] = {"@id": self.page_url + "#breadcrumb"}
        # Each page type says what it is about; core never asks which type it has.
        _put(node, "about", self.page.schema_about(self))
        return node

    @cached_property
    def clinic(self):
        return self._settings(ClinicSettings)

    def url_of(self, page):
        return page.get_full_url(self.request)

    def breadcrumbs(self):
        ancestors = breadcrumb_trail(self.page, self.site)
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
        entries = marked_up_entries(self.page, self.request)
        if not entries:
            return None
        return {
            "@type": "FAQPage",
            "@id": self.page_url + "#faq",
            "url": self.page_url,
            "name": self.page.title,
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


def page_graph(page, request=None):
    return GraphBuilder(page, request).graph()


def page_graph_json(page, request=None):
    return dumps(page_graph(page, request))


def _put(node, key, value):
    if value:
        node[key] = value


def _address(clinic, seo):
    fields = {
        "streetAddress": clinic.street_address or seo.struct_org_address_street,
        "addressLocality": clinic.locality or seo.struct_org_address_locality,
        "addressRegion": clinic.region or seo.struct_org_address_region,
        "postalCode": clinic.postal_code or seo.struct_org_address_postal,
        "addressCountry": clinic.country or seo.struct_org_address_country,
    }
    if not fields["streetAddress"]:
        return None
    return postal_address(fields)


def postal_address(fields):
    """A schema.org ``PostalAddress`` of those ``fields`` that have a value."""
    return {"@type": "PostalAddress", **{key: value for key, value in fields.items() if value}}


def breadcrumb_trail(page, site):
    """The page and its ancestors from the site's home page down: the visible and marked-up trail."""
    # ``BasePage.ancestry`` loads them once per page view; titles and URLs need no specific
    # fields.
    trail = getattr(page, "ancestry", None)
    if trail is None:
        trail = list(page.get_ancestors(inclusive=True).specific(defer=True))
    ids = [ancestor.pk for ancestor in trail]
    if site.root_page_id in ids:
        trail = trail[ids.index(site.root_page_id) :]
    return trail


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


def _opening_hours(clinic, seo):
    specs = opening_hours_specs(clinic.opening_hours)
    return specs or [child.value.struct_dict for child in seo.struct_org_hours]


def _extra_json(seo):
    """wagtail-seo's free-form extra markup, if it is a JSON object; it never overrides ours."""
    try:
        extra = json.loads(seo.struct_org_extra_json or "{}")
    except ValueError:
        return {}
    return extra if isinstance(extra, dict) else {}


def _same_as(seo, extra):
    links = extra.pop("sameAs", [])
    links = [links] if isinstance(links, str) else list(links)
    if seo.twitter_site:
        links.append(f"https://twitter.com/{seo.twitter_site.lstrip('@')}")
    return links
