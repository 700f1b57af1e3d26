"""Serving the request forms: screen, validate, save in a transaction, then queue e-mail.

Nobody is turned away: anything odd that a person could have caused (autofill, a blocked
script, Google down) is stored for review; a failure on our side keeps what was typed and
shows the clinic's phone. Nothing a patient typed reaches a log or an error report.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.models import Page

from booking import recaptcha, spam
from booking.records import Status
from booking.tasks import queue_notifications

logger = logging.getLogger("booking")

REJECTED_MESSAGE = _(
    "Sorry, we could not send your request. Please check the form and try again, "
    "or call the clinic and we will help you straight away."
)
# What the patient is told when we, not they, stand in the way; each keeps what they typed.
PROBLEMS = {
    "rejected": (_("We could not send your request"), REJECTED_MESSAGE),
    "rate_limited": (
        _("We have had several requests from you in a short time"),
        _(
            "To be sure yours reaches us, please call the clinic and we will help you straight away."
        ),
    ),
    "unavailable": (
        _("We could not save your request just now"),
        _("Nothing you typed is lost: please send it again in a minute, or call the clinic."),
    ),
    "csrf": (
        _("Your form needs sending again"),
        _(
            "It was open for a long time, or your browser blocked our cookie, so we could not "
            "accept it safely. Your details are below: check them and send again, or call us."
        ),
    ),
}


def serve_request_form(page, request):
    # Each render carries its own CSRF, idempotency and timestamp tokens: never share one.
    response = _serve(request, page)
    add_never_cache_headers(response)
    return response


@sensitive_post_parameters()
def _serve(request, page):
    form_class = page.get_form_class()
    form_kwargs = page.get_form_kwargs(request)
    if request.method == "GET" and request.GET.get("sent"):
        return _render(page, request, None, sent=request.GET["sent"])
    if request.method != "POST":
        return _render(page, request, form_class(**form_kwargs))
    form = form_class(request.POST, remote_ip=spam.client_ip(request), **form_kwargs)
    name = form._meta.model._meta.model_name
    duplicate = _find_duplicate(form)
    if duplicate is not None:
        return _thank_you(page, duplicate)
    try:
        form.screen()
        spam.hit_rate_limit("ip", spam.client_ip(request) or "unknown")
        if not form.is_valid():
            return _render(page, request, form)
        spam.hit_rate_limit("email", form.cleaned_data["email"])
        if form.verdict.outcome == recaptcha.REJECT:
            raise spam.Rejected(form.verdict.reason)
    except spam.Honeypot as rejection:
        # Exactly what a person sees, so the bot learns nothing; nothing is stored.
        spam.log_rejection(name, rejection.reason)
        return HttpResponseRedirect(f"{page.url}?sent=1")
    except spam.RateLimited as rejection:
        spam.log_rejection(name, rejection.reason)
        form.skip_validation()
        return _render(page, request, form, problem="rate_limited", status=429)
    except spam.Rejected as rejection:
        spam.log_rejection(name, rejection.reason)
        form.skip_validation()
        return _render(page, request, form, problem="rejected")
    try:
        submission = _find_same_content(form) or _save(page, form)
    except DatabaseError as error:
        logger.error("Could not store a %s: %s", name, type(error).__name__)
        return _render(page, request, form, problem="unavailable", status=503)
    return _thank_you(page, submission)


def _find_duplicate(form):
    token = form.posted_token()
    if token is None:
        return None
    try:
        return form._meta.model.objects.filter(idempotency_key=token).first()
    except DatabaseError:
        return None  # saving will fail too, and say so


def _find_same_content(form):
    """Back, then send again (a new token, the same words) within the window: one request."""
    since = timezone.now() - timedelta(seconds=settings.BOOKING_DUPLICATE_WINDOW_SECONDS)
    model = form._meta.model
    content = form.content()
    recent = model.objects.filter(email=form.cleaned_data["email"], created_at__gte=since)
    for candidate in recent.order_by("created_at"):
        if all(getattr(candidate, name) == value for name, value in content.items()):
            return candidate
    return None


def _save(page, form):
    submission = form.save(commit=False)
    submission.idempotency_key = form.cleaned_data["token"]
    submission.page = page
    submission.language = form_language()
    submission.recaptcha_score = form.verdict.score
    reason = form.review_reason()
    if reason:
        submission.status = Status.NEEDS_REVIEW
        submission.review_reason = reason
    if hasattr(submission, "consented_at"):
        submission.consented_at = timezone.now()
    try:
        with transaction.atomic():
            submission.save()
            transaction.on_commit(partial(queue_notifications, submission))
    except IntegrityError:
        # Two posts of one form raced past the duplicate check; the first one won.
        existing = type(submission).objects.filter(idempotency_key=submission.idempotency_key)
        if not existing.exists():
            raise
        return existing.get()
    logger.info(
        "Stored %s %s (status %s)", submission._meta.model_name, submission.pk, submission.status
    )
    return submission


def form_language():
    """The language the patient read the form in: the URL's (``/es/…`` is Spanish), which
    is also the page's locale. Their e-mails are written in it, long after this request."""
    try:
        return translation.get_supported_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _thank_you(page, submission):
    sent = "review" if submission.status == Status.NEEDS_REVIEW else "1"
    return HttpResponseRedirect(f"{page.url}?sent={sent}")


def _render(page, request, form, problem=None, sent=None, status=200):
    context = page.get_context(request)
    title, text = PROBLEMS.get(problem, ("", ""))
    context.update(
        {
            "form": form,
            "rejected": problem is not None,
            "problem_title": title,
            "problem_text": text,
            "sent": sent,
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def csrf_failure(request, reason=""):
    """A refused post to a request form is shown again as typed; anything else gets a page
    that explains and gives the clinic's phone, never Django's bare one."""
    page = _request_form_page(request)
    if page is None or request.method != "POST":
        return TemplateResponse(request, "booking/csrf_failure.html", {}, status=403)
    form = page.get_form_class()(request.POST, **page.get_form_kwargs(request))
    form.skip_validation()
    response = _render(page, request, form, problem="csrf", status=403)
    add_never_cache_headers(response)
    return response


def _request_form_page(request):
    # The path Wagtail serves, after any language prefix: "/es/pedir-cita/" is "pedir-cita/"
    # under the Spanish home page, which Wagtail picks from the active language.
    match = request.resolver_match
    if match is None or match.url_name != "wagtail_serve" or not match.args:
        return None
    page = Page.find_for_request(request, match.args[0])
    # A page that collects a request says which form it takes; views sit below the pages.
    return page if callable(getattr(page, "get_form_class", None)) else None
