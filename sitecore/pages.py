"""The base every page type shares: wagtail-seo fields plus sensible fallbacks."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtailseo.models import SeoMixin, SeoSettings

from faq.entries import gather_page_entries, page_faq_entries
from sitecore import linkcache


class BasePage(SeoMixin, Page):
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
                    help_text="The summary shown in search results: 50 to 160 characters.",
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

    # Related rows the page's template always reads, joined when the page is routed.
    route_select_related = ()

    # What the page's JSON-LD says it is. Page types override these three rather than
    # sitecore.structured_data asking which type it has.
    schema_webpage_type = "WebPage"

    def schema_about(self, graph):
        """The node (or ``{"@id": ...}`` reference) this page is about, if any."""
        return None

    def schema_graph_nodes(self, graph):
        """Extra nodes this page adds to its graph, e.g. a practitioner's ``Physician``."""
        return []

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.bind_to_request(request)
        return context

    def bind_to_request(self, request):
        """Share this request's site and settings, and load every rich-text link at once.

        A page instance lives for one request, so what it remembers here cannot go stale.
        """
        site = Site.find_for_request(request)
        parts = self.get_url_parts(request)
        if site is not None and parts and parts[0] == site.pk:
            self.__dict__["_site_for_render"] = site
            self.__dict__["seo_org_fields"] = SeoSettings.for_request(request)
        html, ids = self.link_sources()
        html += [entry.source for entry in gather_page_entries(self)]
        linkcache.prefetch(html, ids)
        page_faq_entries(self, request)

    def link_sources(self):
        """This page's stored rich text and chosen page ids, for ``linkcache.prefetch``."""
        html, ids = [], set()
        for field in self._meta.concrete_fields:
            if isinstance(field, RichTextField):
                html.append(getattr(self, field.attname) or "")
            elif isinstance(field, StreamField):
                raw = list(getattr(self, field.attname).raw_data)
                linkcache.stream_links(field.stream_block, raw, html, ids)
        return html, ids

    def get_site(self):
        # wagtailseo asks for the site (a query each time) a dozen times per render; a page
        # instance lives for one request, so remembering the answer is safe (issue 5).
        site = self.__dict__.get("_site_for_render") or super().get_site()
        self.__dict__["_site_for_render"] = site
        return site

    def get_view_restrictions(self):
        # Routing loaded every ancestor and whether it is restricted (sitecore.routing), so
        # Wagtail's two queries are one, or none. Aliases take their source's restrictions:
        # Wagtail's own lookup handles those.
        chain = self.__dict__.get("route_chain")
        if chain is None or any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()
        if not any(page.route_has_restriction for page in chain):
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=[page.pk for page in chain])

    @cached_property
    def seo_org_fields(self):
        return super().seo_org_fields

    @property
    def seo_image(self):
        # wagtailseo's own fetches the SEO settings again on every call.
        for attr in self.seo_image_sources:
            image = getattr(self, attr, None)
            if isinstance(image, AbstractImage):
                return image
        return self.seo_org_fields.og_image_default or None

    @property
    def seo_description(self):
        return super().seo_description or self.seo_sitename

    # wagtail-seo builds these with bare json.dumps; any template using them stays script-safe.
    @property
    def seo_struct_org_json(self):
        from sitecore.structured_data import dumps

        return dumps(self.seo_struct_org_dict)

    @property
    def seo_struct_article_json(self):
        from sitecore.structured_data import dumps

        return dumps(self.seo_struct_article_dict)

    def get_sitemap_urls(self, request=None):
        if self.noindex:
            return []
        return super().get_sitemap_urls(request)


def exclude_private(pages):
    """``pages.public()`` in one query: Wagtail's first loads every view restriction."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted_ancestor))
