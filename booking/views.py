"""Serving the request forms: screen, validate, save in a transaction, then queue e-mail."""

import logging
from functools import partial

from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from booking import recaptcha, spam
from booking.models import Status
from booking.tasks import queue_notifications

logger = logging.getLogger("booking")

REJECTED_MESSAGE = (
    "Sorry, we could not send your request. Please check the form and try again, "
    "or call the clinic and we will help you straight away."
)


def serve_request_form(page, request):
    # Each render carries its own CSRF, idempotency and timestamp tokens: never share one.
    response = _serve(page, request)
    add_never_cache_headers(response)
    return response


def _serve(page, request):
    form_class = page.get_form_class()
    if request.method == "GET" and request.GET.get("sent"):
        return _render(page, request, None, sent=request.GET["sent"])
    if request.method != "POST":
        return _render(page, request, form_class())
    form = form_class(request.POST, remote_ip=spam.client_ip(request))
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
    except spam.Rejected as rejection:
        spam.log_rejection(name, rejection.reason)
        form.skip_validation()
        return _render(page, request, form, rejected=True)
    submission = _save(page, form)
    return _thank_you(page, submission)


def _find_duplicate(form):
    token = form.posted_token()
    if token is None:
        return None
    return form._meta.model.objects.filter(idempotency_key=token).first()


def _save(page, form):
    submission = form.save(commit=False)
    submission.idempotency_key = form.cleaned_data["token"]
    submission.page = page
    verdict = form.verdict
    submission.recaptcha_score = verdict.score
    if verdict.outcome == recaptcha.REVIEW:
        submission.status = Status.NEEDS_REVIEW
        submission.review_reason = verdict.reason
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


def _thank_you(page, submission):
    sent = "review" if submission.status == Status.NEEDS_REVIEW else "1"
    return HttpResponseRedirect(f"{page.url}?sent={sent}")


def _render(page, request, form, rejected=False, sent=None):
    context = page.get_context(request)
    context.update({"form": form, "rejected": rejected, "sent": sent})
    return TemplateResponse(request, page.get_template(request), context)
