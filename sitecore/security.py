"""
Response headers Django does not set itself, and the per-area Content Security Policy.

The strict policy in settings.CONTENT_SECURITY_POLICY covers the public site. Two
areas need a deliberate exception, chosen here by what was served:
- the Wagtail admin, which still relies on inline scripts and styles and shows
  previews in a same-origin iframe;
- pages with ``uses_recaptcha = True``, which load Google's reCAPTCHA widget.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from sitecore.pagecache import is_admin_path


def _permissions_policy():
    return ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED)


class SecurityHeadersMiddleware:
    """Sits inside CSPMiddleware and XFrameOptionsMiddleware's neighbours; see MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = _permissions_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        # Wagtail renders a preview by running the page's public URL through this whole stack
        # with a dummy request (flagged ``is_dummy``); CSPMiddleware then writes a header the
        # admin's own pass may not replace, so the preview must get the admin's rules here.
        if is_admin_path(request.path) or getattr(request, "is_dummy", False):
            response._csp_config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            # The preview panel frames the admin's own preview view.
            response["X-Frame-Options"] = "SAMEORIGIN"
            patch_cache_control(response, private=True, no_store=True)
        elif uses_recaptcha(request, response):
            response._csp_update = settings.CONTENT_SECURITY_POLICY_RECAPTCHA
        return response


def uses_recaptcha(request, response):
    """A Wagtail page declares it; a plain Django view can mark its response."""
    page = getattr(request, "served_page", None)
    return getattr(page, "uses_recaptcha", False) or getattr(response, "uses_recaptcha", False)
