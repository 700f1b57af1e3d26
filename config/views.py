import logging

from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import patch_cache_control

from config.outage import server_error_response
from core.models import ClinicSettings

logger = logging.getLogger(__name__)


def _clinic_or_none(request):
    # The error pages must render even when the database is the thing that failed.
    try:
        return ClinicSettings.for_request(request)
    except Exception:  # noqa: BLE001
        logger.warning("Clinic settings unavailable while rendering an error page.")
        return None


def page_not_found(request, exception=None):
    context = {"clinic": _clinic_or_none(request)}
    return render(request, "404.html", context, status=404)


def server_error(request):
    outage = server_error_response(request)
    if outage is not None:
        return outage
    # A bare template render: no context processors that could query or fail again.
    html = loader.get_template("500.html").render({"clinic": _clinic_or_none(request)})
    return HttpResponseServerError(html)


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever a page links; nginx answers first."""
    response = HttpResponsePermanentRedirect(static("img/favicon.ico"))
    patch_cache_control(response, public=True, max_age=86400)
    return response
