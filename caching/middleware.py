"""
Public pages that any cache may keep get ``Cache-Control: public`` with an ``s-maxage``
for the shared cache in front; browsers revalidate every time.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

# The values wagtail-cache writes in WAGTAIL_CACHE_HEADER for a response it stored or served.
PAGE_CACHE_STORED = {"hit", "miss"}


class SharedCacheHeadersMiddleware:
    """Outside the page cache: what it stored or served, a shared cache may keep too.

    wagtail-cache times its entry by the response's ``max-age``; browsers are then told to
    revalidate every time, and the front cache or CDN to keep the page for ``s-maxage``.
    The request's ``Accept-Encoding`` is the front cache's to normalise (nginx sends every
    page request as ``gzip``: deploy/nginx/clinic.conf.template), so the page cache keeps
    one entry per page; nothing here rewrites a request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get(settings.WAGTAIL_CACHE_HEADER) in PAGE_CACHE_STORED:
            share_publicly(response)
        return response


def share_publicly(response):
    """Browsers revalidate every time; a shared cache keeps the page until a publish."""
    del response["Cache-Control"]
    response.headers.pop("Expires", None)
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE
    )
