import re

from wagtail import hooks
from wagtailcache.settings import wagtailcache_settings

from sitecore import twofactor
from sitecore.richtext import BasePageLinkHandler


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    # The page cache and the CSP middleware decide by what was served, not by URL.
    request.served_page = page


@hooks.register("register_admin_urls")
def twofactor_urls():
    return twofactor.urlpatterns


# After Wagtail's own registration (order 0), so this handler replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_page_links(features):
    features.register_link_type(BasePageLinkHandler)


@hooks.register("is_request_cacheable")
def store_only_pages_without_unknown_query_strings(request, is_cacheable):
    """Tracking parameters share their page's entry (wagtail-cache drops them from the key);
    any other query string is served fresh and never stored, so no visitor can fill the
    cache by inventing URLs. No public page reads a query string."""
    ignored = wagtailcache_settings.WAGTAIL_CACHE_IGNORE_QS
    unknown = [name for name in request.GET if not any(re.match(p, name) for p in ignored)]
    return is_cacheable and not unknown
