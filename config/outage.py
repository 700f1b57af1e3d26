"""What a visitor gets when the database cannot be reached: a 503 with the clinic's phone.

Page routing (Wagtail's Site lookup) is the first thing to need PostgreSQL, before any
form view's own error handling runs, so without this a patient sending a booking form
would see a bare 500 and never know their request was lost. The page is rendered from
the copy of the clinic's details on disk (core/clinic_details.py), with no context
processor that could query again; it echoes nothing the visitor posted.
"""

import logging
import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from core import clinic_details

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
# Long enough for a database restart or failover; crawlers come back, not sooner.
RETRY_AFTER_SECONDS = 120


def is_database_down(error):
    return isinstance(error, DATABASE_DOWN)


def unavailable(request):
    """The outage page in the language of the URL, never stored by any cache."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    context = {"clinic": clinic_details.read(), "posted": request.method == "POST"}
    with translation.override(language):
        html = loader.get_template("503.html").render(context)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    # Only the method: a path can carry a search term, a form never reaches the log.
    logger.warning("Database unavailable: answered a %s with 503", request.method)
    return response


def server_error_response(request):
    """The outage page when the 500 being handled is the database's doing, else None.

    Django's 500 handler sees errors raised in middleware too, which process_exception
    never does.
    """
    error = sys.exc_info()[1]
    return unavailable(request) if is_database_down(error) else None


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return unavailable(request) if is_database_down(exception) else None
