"""
Response headers Django does not set itself, and the per-area Content Security Policy.

The strict policy in settings.CONTENT_SECURITY_POLICY covers the public site. Two
areas need a deliberate exception, chosen here by what was served:
- the Wagtail admin (its previews included), which still relies on inline scripts and
  styles and frames its own previews;
- pages with ``uses_recaptcha = True``, which load Google's reCAPTCHA widget.
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control


def is_admin_path(path):
    return path.startswith(f"/{settings.WAGTAIL_ADMIN_PATH}")


def uses_recaptcha(request):
    """A Wagtail page declares it (``before_serve_page`` notes the page served)."""
    return getattr(getattr(request, "served_page", None), "uses_recaptcha", False)


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, with the admin's policy and reCAPTCHA's origins by area."""

    def process_response(self, request, response):
        if is_admin_path(request.path):
            # Wagtail renders a preview by passing a request for the page's public URL
            # through the middleware, which gave it the public policy; the admin's replaces
            # it here, so the preview panel may frame it and the Checks panel may run in it.
            # This middleware alone writes the header.
            response.headers.pop("Content-Security-Policy", None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if is_admin_path(request.path):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        elif uses_recaptcha(request):
            parts.update = settings.CONTENT_SECURITY_POLICY_RECAPTCHA
        return parts


def _permissions_policy():
    return ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED)


class SecurityHeadersMiddleware:
    """Permissions-Policy everywhere, framing and caching rules per area; see MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = _permissions_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if is_admin_path(request.path):
            # The preview panel frames the admin's own preview view.
            response["X-Frame-Options"] = "SAMEORIGIN"
            patch_cache_control(response, private=True, no_store=True)
        elif is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        return response


def is_personal(request, response):
    """A response tied to one visitor: it sets a cookie, or a signed-in user asked for it."""
    user = getattr(request, "user", None)
    return bool(response.cookies) or (user is not None and user.is_authenticated)


def is_personal_request(request):
    """A request the page cache must not answer: the admin, Wagtail's preview request, or
    a visitor with a session (signed in, past a page password) or a pending message.

    The page cache answers before authentication runs, so the cookie is what it can see.
    """
    return (
        is_admin_path(request.path)
        or getattr(request, "is_dummy", False)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "messages" in request.COOKIES
    )
