import logging

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader

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
    # A bare template render: no context processors that could query or fail again.
    html = loader.get_template("500.html").render({"clinic": _clinic_or_none(request)})
    return HttpResponseServerError(html)
