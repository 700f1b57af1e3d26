"""The base every page type shares: wagtail-seo fields plus sensible fallbacks."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtailcache.cache import WagtailCacheMixin
from wagtailseo.models import SeoMixin, SeoSettings

from core.admin_forms import BasePageForm
from core.faq_entries import page_faq_entries
from core.languages import page_alternates, x_default_url
from core.richtext import LINK_FIELDS
from core.visibility import exclude_private


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
        # wagtail-seo asks the page for its site and SEO settings a dozen times per render;
        # the request already knows both, so the page is told them once.
        self.site = Site.find_for_request(request)
        self.seo_org_fields = SeoSettings.for_request(request)
        # Computed once per render and passed down: the accordion and the JSON-LD read the
        # same entries, so the markup always matches the visible text.
        context["faq_entries"] = self.faq_entries(request)
        if self.child_listing_name:
            context[self.child_listing_name] = self.child_listing()
        return context

    def faq_entries(self, request=None):
        """Every FAQ entry this page shows, in visible order (``core.faq_entries``)."""
        return page_faq_entries(self, request)

    @cached_property
    def site(self):
        return super().get_site()

    def get_site(self):
        return self.site

    # Set on an index page whose children are all of one type: routing loads the child in
    # full, with these related rows joined, in one query rather than Wagtail's two.
    child_page_model = None
    child_select_related = ()
    # Set too on such a page that lists those children: the context variable to list them in.
    child_listing_name = None

    def child_listing(self):
        """The live, public children of ``child_page_model``, in the editor's order."""
        children = self.child_page_model.objects.child_of(self).live()
        return exclude_private(children.select_related(*self.child_select_related))

    def route(self, request, path_components):
        # Wagtail's route(), with two fewer queries per level. A page on the way to a deeper
        # one needs only its type and place in the tree to route further, so it is loaded
        # deferred: one query, not the base row then the specific one. The page served is
        # always loaded in full, and must be live, as Wagtail requires.
        if path_components:
            slug, rest = path_components[0], path_components[1:]
            if rest:
                child = self.get_children().filter(slug=slug).specific(defer=True).first()
            elif self.child_page_model is not None:
                children = self.child_page_model.objects.child_of(self)
                child = (
                    children.select_related(*self.child_select_related).filter(slug=slug).first()
                )
            else:
                child = None
            if child is not None:
                return child.route(request, rest)
        return super().route(request, path_components)

    @cached_property
    def ancestry(self):
        """This page and its ancestors from the tree root, in one query, each annotated with
        ``has_restriction``: enough for the breadcrumbs and the view-restriction check."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        restricted = PageViewRestriction.objects.filter(page=OuterRef("pk"))
        pages = Page.objects.filter(path__in=paths).annotate(has_restriction=Exists(restricted))
        return list(pages.only(*LINK_FIELDS, "alias_of_id").order_by("path"))

    def is_home_of(self, site):
        """Whether this is ``site``'s home page, in any language."""
        return self.translation_key == site.root_page.translation_key

    def breadcrumb_trail(self, site):
        """This page and its ancestors from ``site``'s home page (in this page's language)
        down: the visible trail and the marked-up ``BreadcrumbList`` both."""
        key = site.root_page.translation_key
        homes = [index for index, page in enumerate(self.ancestry) if page.translation_key == key]
        return self.ancestry[homes[0] if homes else 0 :]

    def get_view_restrictions(self):
        # Wagtail asks twice per view (its own check, then wagtail-cache's) and loads the
        # ancestors each time; ``ancestry`` already knows which of them are restricted.
        # Aliases take their source's restrictions: Wagtail's own lookup handles those.
        if any(page.alias_of_id for page in self.ancestry):
            return super().get_view_restrictions()
        restricted = [page.pk for page in self.ancestry if page.has_restriction]
        if not restricted:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=restricted)

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
