import re

from wagtail import hooks
from wagtailcache.settings import wagtailcache_settings

from security.middleware import is_personal_request


@hooks.register("is_request_cacheable")
def answer_from_the_page_cache(request, is_cacheable):
    """Only anonymous requests with nothing personal, and whose query string holds nothing
    but tracking parameters (wagtail-cache leaves those out of the key): any other query
    string is served fresh and never stored, so nobody can fill the cache by inventing
    URLs. No public page reads a query string."""
    ignored = wagtailcache_settings.WAGTAIL_CACHE_IGNORE_QS
    unknown = [name for name in request.GET if not any(re.match(p, name) for p in ignored)]
    return is_cacheable and not unknown and not is_personal_request(request)


@hooks.register("is_response_cacheable")
def store_only_pages_that_exist(response, is_cacheable):
    # wagtail-cache would keep redirects and 404s too: one entry for every invented URL.
    return is_cacheable and response.status_code == 200
