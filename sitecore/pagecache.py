"""
Full-page cache for anonymous GETs of Wagtail pages, kept in the shared cache.

Every key embeds a *generation* token stored in the same cache. Purging is one
write of a new token: every app server sees it on its next request, so no server
can keep serving a page from before a publish. If the token is ever evicted, a
fresh one is minted, which orphans the old entries instead of resurrecting them.
See docs/caching.md.
"""

import hashlib
import secrets
import struct
import uuid
import zlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_cache_control, patch_vary_headers

GENERATION_KEY = "pagecache:generation"
# Older releases stored the body with this in place of the nonce; such entries are misses.
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
            hit = self._replay(request, cached) if cached is not None else None
            if hit is not None:
                return hit
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
        # Split at the nonce instead of storing a placeholder: a hit then joins bytes.
        nonce = getattr(request, "_csp_nonce", None)
        parts = response.content.split(nonce.encode()) if nonce else [response.content]
        headers = {name: response[name] for name in CACHED_HEADERS if name in response}
        entry = {"parts": parts, "headers": headers}
        if _compresses_html() and len(response.content) >= MIN_GZIP_BYTES:
            entry["deflated"] = _deflate_parts(parts)
        return entry

    def _replay(self, request, cached):
        if "parts" not in cached:  # stored by an older release; render afresh
            return None
        parts = cached["parts"]
        # Asking for the nonce is what puts it in the CSP header: only pages that use one.
        nonce = str(request.csp_nonce).encode() if len(parts) > 1 else b""
        accepts_gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if cached.get("deflated") and accepts_gzip:
            body = _gzip(parts, cached["deflated"], nonce)
            response = HttpResponse(body, headers=cached["headers"])
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(nonce.join(parts), headers=cached["headers"])
        if cached.get("deflated"):
            patch_vary_headers(response, ("Accept-Encoding",))
        response["Content-Length"] = str(len(response.content))
        self._set_public_headers(response)
        response["X-Page-Cache"] = "hit"
        return response


# Compressing the whole page on every hit cost a cached page about a fifth of its
# throughput (docs/performance.md). Each part between nonces is compressed once, when stored, as an
# independent deflate stream ending on a byte boundary (as pigz does); a hit writes the
# fresh nonce between them as an uncompressed block, so the secret-free page text is never
# compressed together with the nonce, and adds GZipMiddleware's random-length padding.
MIN_GZIP_BYTES = 200  # GZipMiddleware's threshold


def _compresses_html():
    return "django.middleware.gzip.GZipMiddleware" in settings.MIDDLEWARE


def _deflate_parts(parts):
    deflated = []
    for index, part in enumerate(parts):
        stream = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        last = index == len(parts) - 1
        deflated.append(
            stream.compress(part) + stream.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
        )
    return deflated


def _gzip(parts, deflated, nonce):
    padding = b"a" * secrets.randbelow(GZipMiddleware.max_random_bytes)
    # RFC 1952: deflate, a file name (the padding), no mtime, unknown OS.
    chunks = [b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\xff" + padding + b"\x00"]
    stored_nonce = b"\x00" + struct.pack("<HH", len(nonce), len(nonce) ^ 0xFFFF) + nonce
    crc = 0
    for index, (part, packed) in enumerate(zip(parts, deflated, strict=True)):
        if index:
            chunks.append(stored_nonce)
            crc = zlib.crc32(nonce, crc)
        chunks.append(packed)
        crc = zlib.crc32(part, crc)
    size = sum(map(len, parts)) + len(nonce) * (len(parts) - 1)
    chunks.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(chunks)
