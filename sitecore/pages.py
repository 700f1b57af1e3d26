"""The base every page type shares: wagtail-seo fields plus sensible fallbacks."""

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtailseo.models import SeoMixin


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

    class Meta:
        abstract = True

    def get_site(self):
        # wagtailseo asks for the site (a query each time) a dozen times per render; a page
        # instance lives for one request, so remembering the answer is safe (issue 5).
        site = self.__dict__.get("_site_for_render") or super().get_site()
        self.__dict__["_site_for_render"] = site
        return site

    @cached_property
    def seo_org_fields(self):
        return super().seo_org_fields

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
