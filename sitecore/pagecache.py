"""
Full-page cache for anonymous GETs of Wagtail pages, kept in the shared cache.

Every key embeds a *generation* token stored in the same cache. Purging is one
write of a new token: every app server sees it on its next request, so no server
can keep serving a page from before a publish. If the token is ever evicted, a
fresh one is minted, which orphans the old entries instead of resurrecting them.
See docs/caching.md.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
NONCE_PLACEHOLDER = "__CSP_NONCE_PLACEHOLDER__"
CACHED_HEADERS = ("Content-Type", "Content-Language")


def current_generation():
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def purge_all():
    """Make every cached page unreachable, on every app server at once."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _key(request, generation):
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:{generation}:{digest}"


def is_admin_path(path):
    return path.startswith(f"/{settings.WAGTAIL_ADMIN_PATH}")


def may_use_cache(request):
    """Only anonymous visitors without a session or pending message are eligible."""
    if request.method not in ("GET", "HEAD") or is_admin_path(request.path):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def page_is_cacheable(page):
    # Form pages render a CSRF token and load reCAPTCHA: never share them.
    return getattr(page, "page_cache", True) and not getattr(page, "uses_recaptcha", False)


def _response_is_cacheable(request, response):
    page = getattr(request, "served_page", None)
    user = getattr(request, "user", None)
    return (
        page is not None
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and page_is_cacheable(page)
    )


def _must_not_store(request, response):
    """Responses tied to one visitor: a form's CSRF token, a cookie, a signed-in user."""
    user = getattr(request, "user", None)
    served = getattr(request, "served_page", None)
    return bool(
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (user is not None and user.is_authenticated)
        or (served is not None and not page_is_cacheable(served))
    )


class PageCacheMiddleware:
    """Serve and store whole pages; sits inside CSPMiddleware so each hit gets a fresh nonce."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        enabled = settings.PAGE_CACHE_ENABLED and may_use_cache(request)
        key = _key(request, current_generation()) if enabled else None
        if key:
            cached = cache.get(key)
            if cached is not None:
                return self._replay(request, cached)
        response = self.get_response(request)
        if _must_not_store(request, response):
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Expires", None)
        elif key and _response_is_cacheable(request, response):
            self._set_public_headers(response)
            cache.set(key, self._freeze(request, response), settings.PAGE_CACHE_TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _set_public_headers(response):
        # Browsers revalidate every time; the CDN keeps it briefly and is purged on publish.
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE
        )

    @staticmethod
    def _freeze(request, response):
        body = response.content.decode(response.charset)
        nonce = getattr(request, "_csp_nonce", None)
        if nonce:
            body = body.replace(nonce, NONCE_PLACEHOLDER)
        headers = {name: response[name] for name in CACHED_HEADERS if name in response}
        return {"body": body, "headers": headers}

    def _replay(self, request, cached):
        body = cached["body"]
        if NONCE_PLACEHOLDER in body:
            body = body.replace(NONCE_PLACEHOLDER, str(request.csp_nonce))
        response = HttpResponse(body, headers=cached["headers"])
        self._set_public_headers(response)
        response["X-Page-Cache"] = "hit"
        return response
