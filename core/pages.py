"""The base every page type shares: wagtail-seo fields plus sensible fallbacks."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site
from wagtailcache.cache import WagtailCacheMixin
from wagtailseo.models import SeoMixin

from core.admin_forms import BasePageForm
from core.faq_entries import page_faq_entries
from core.languages import page_alternates, x_default_url

# What search results show of a meta description without cutting it or padding it out.
DESCRIPTION_LENGTH = (70, 160)


def fit_description(text, limit=DESCRIPTION_LENGTH[1]):
    """``text`` cut at a word, never mid-word, so it fits in ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class BasePage(WagtailCacheMixin, SeoMixin, Page):
    # The summary (where a page has one) stands in for a missing meta description.
    seo_description_sources = ["search_description", "summary", "intro_plain"]

    noindex = models.BooleanField(
        default=False,
        verbose_name="Hide from search engines",
        help_text="Asks search engines not to list this page, and leaves it out of the sitemap.",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel(
                    "seo_title",
                    help_text="The title shown in search results. Keep it under 60 characters.",
                ),
                FieldPanel(
                    "search_description",
                    help_text="The summary shown in search results: 70 to 160 characters.",
                ),
                FieldPanel(
                    "show_in_menus", help_text="Show a link to this page in the site header."
                ),
                FieldPanel("noindex"),
            ],
            "For search engines",
        ),
        MultiFieldPanel(
            [FieldPanel("canonical_url"), FieldPanel("og_image")], "Sharing and canonical URL"
        ),
    ]

    base_form_class = BasePageForm

    # What the page's JSON-LD says it is. Page types override these rather than
    # the structured data asking which type it has.
    schema_webpage_type = "WebPage"

    def schema_about(self, graph):
        """The node (or ``{"@id": ...}`` reference) this page is about, if any."""
        return None

    def schema_graph_nodes(self, graph):
        """Extra nodes this page adds to its graph, e.g. a practitioner's ``Physician``."""
        return []

    def schema_departments(self, graph):
        """``@id`` references to the clinic's branches, for the home page's organisation
        node; branches carry their own opening hours and closures."""
        return []

    def schema_webpage_properties(self, graph):
        """Properties this page adds to its web page node, e.g. ``lastReviewed``."""
        return {}

    def answer_summary(self):
        """This page in one line, for answer engines (``/llms.txt``)."""
        return self.seo_description

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Computed once per render and passed down: the accordion and the JSON-LD read the
        # same entries, so the markup always matches the visible text; the header, the
        # breadcrumbs and the BreadcrumbList read the same trail.
        context["faq_entries"] = self.faq_entries(request)
        site = Site.find_for_request(request)
        context["breadcrumb_trail"] = self.breadcrumb_trail(site) if site else []
        if self.child_listing_name:
            context[self.child_listing_name] = self.child_listing()
        return context

    def faq_entries(self, request=None):
        """Every FAQ entry this page shows, in visible order (``core.faq_entries``)."""
        return page_faq_entries(self, request)

    # Set on an index page whose children are all of one type, with the related rows its
    # listing shows, and the context variable to list them in.
    child_page_model = None
    child_select_related = ()
    child_listing_name = None

    def child_listing(self):
        """The live, public children of ``child_page_model``, in the editor's order."""
        children = self.child_page_model.objects.child_of(self).live().public()
        return children.select_related(*self.child_select_related)

    def get_site(self):
        # Wagtail's get_site() queries on every call, and wagtail-seo calls it for most tags
        # it writes: seven queries a render, six saved by asking once (docs/performance.md).
        # Wagtail's own answer, kept for the life of this instance; nothing from a request.
        if self.site_found is None:
            self.site_found = super().get_site()
        return self.site_found

    site_found = None

    def get_view_restrictions(self):
        # Asked twice a view, by Wagtail's own check and by wagtail-cache's mixin: the same
        # queryset both times, so the restrictions are loaded once (docs/performance.md).
        if self.restrictions_found is None:
            self.restrictions_found = super().get_view_restrictions()
        return self.restrictions_found

    restrictions_found = None

    def is_home_of(self, site):
        """Whether this is ``site``'s home page, in any language."""
        return self.translation_key == site.root_page.translation_key

    def breadcrumb_trail(self, site):
        """This page and its ancestors from ``site``'s home page (in this page's language)
        down: the visible trail and the marked-up ``BreadcrumbList`` both."""
        key = site.root_page.translation_key
        pages = list(self.get_ancestors().filter(depth__gt=1)) + [self]
        homes = [index for index, page in enumerate(pages) if page.translation_key == key]
        return pages[homes[0] if homes else 0 :]

    @property
    def seo_image(self):
        # wagtailseo's own looks the site and its SEO settings up again on every call; its
        # own ``seo_org_fields`` is looked up once per page instance.
        for attr in self.seo_image_sources:
            image = getattr(self, attr, None)
            if isinstance(image, AbstractImage):
                return image
        return self.seo_org_fields.og_image_default or None

    @property
    def seo_description(self):
        """The editor's description; else the page's summary when it is the right length
        for search results; else the page type's own ``default_description()``."""
        if self.search_description:
            return self.search_description
        low, high = DESCRIPTION_LENGTH
        fallback = super().seo_description
        if fallback and low <= len(fallback) <= high:
            return fallback
        return fit_description(self.default_description())

    def default_description(self):
        """A description in the page's language; page types override it with their own."""
        return gettext(
            "%(title)s at %(site)s, a chiropractic clinic offering gentle, low-force care: "
            "opening hours, locations and how to book an appointment."
        ) % {"title": self.title, "site": self.seo_sitename}

    def language_alternates(self, request=None):
        """``page_alternates``, once per page instance: the head's ``hreflang`` links, the
        header's language switch and the page's own language share one query."""
        if self.alternates_loaded is None:
            self.alternates_loaded = page_alternates(self, request)
        return self.alternates_loaded

    alternates_loaded = None

    def hreflang_links(self, request=None):
        """(``hreflang``, absolute URL) for each language the page is published in, then
        ``x-default``; none for a page in one language only."""
        alternates = self.language_alternates(request)
        if len(alternates) < 2:
            return []
        links = [(alternate.language_code, alternate.url) for alternate in alternates]
        default = x_default_url(alternates)
        if default:
            links.append(("x-default", default))
        return links

    def language_code(self, request=None):
        """The language the page is written in, whatever the request's."""
        for alternate in self.language_alternates(request):
            if alternate.page_id == self.pk:
                return alternate.language_code
        # A draft or private page is not among its live, public alternates.
        return self.locale.language_code

    @property
    def seo_canonical_url(self):
        # wagtail-localize copies an editor's canonical URL to each translation; one naming
        # the page in another language would hide this translation from search engines.
        url = super().seo_canonical_url
        if self.canonical_url:
            own_url = self.get_full_url()
            others = {a.url for a in self.language_alternates()} - {own_url}
            if url in others:
                return own_url
        return url

    def serve_preview(self, request, mode_name):
        # The admin runs in the editor's language; a preview shows the page in its own.
        with translation.override(self.locale.language_code):
            response = super().serve_preview(request, mode_name)
            if isinstance(response, TemplateResponse):
                response.render()
        return response

    def get_sitemap_urls(self, request=None):
        if self.noindex:
            return []
        urls = super().get_sitemap_urls(request)
        links = [{"lang_code": code, "location": url} for code, url in self.hreflang_links(request)]
        if links:
            for url in urls:
                url["alternates"] = links
        return urls
