"""The page types patients see: booking, contact and the privacy notice."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django_recaptcha.constants import DEFAULT_RECAPTCHA_DOMAIN, TEST_PUBLIC_KEY
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from booking.forms import BookingForm, ContactForm
from booking.records import BookingRequest
from booking.views import serve_request_form
from core.blocks import BaseStreamBlock
from core.models import ClinicSettings
from core.pages import BasePage

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def validate_recipient_list(value):
    for address in split_recipients(value):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(f"'{address}' is not an e-mail address.") from error


def recaptcha_script_url():
    domain = getattr(settings, "RECAPTCHA_DOMAIN", DEFAULT_RECAPTCHA_DOMAIN)
    url = f"https://{domain}/recaptcha/api.js"
    # Google's badge and checkbox speak the page's language, not the browser's.
    query = {"hl": translation.get_language() or settings.LANGUAGE_CODE}
    if settings.RECAPTCHA_MODE != "v2_checkbox":
        query = {"render": getattr(settings, "RECAPTCHA_PUBLIC_KEY", TEST_PUBLIC_KEY), **query}
    return f"{url}?{urlencode(query)}"


def split_recipients(value):
    return [part.strip() for part in (value or "").replace("\n", ",").split(",") if part.strip()]


class RequestFormPage(BasePage):
    """A page that collects a request. The form, spam checks and saving live in booking.views."""

    # The CSP middleware keys on this: only these pages may load Google's reCAPTCHA script.
    uses_recaptcha = True

    intro = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="Shown above the form. Keep it short."
    )
    thank_you = RichTextField(
        features=TEXT_FEATURES,
        help_text="Shown after a patient sends the form. Say when the clinic will reply.",
    )
    staff_recipients = models.TextField(
        blank=True,
        validators=[validate_recipient_list],
        help_text="Who is told about new requests: e-mail addresses, separated by commas. "
        "Leave blank to use the clinic's e-mail from Clinic details.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you"),
        MultiFieldPanel([FieldPanel("staff_recipients")], "Notifications"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True

    def get_form_kwargs(self, request):
        return {}

    @property
    def recipient_list(self):
        return split_recipients(self.staff_recipients)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The notice in the form's own language; any notice rather than none.
        notices = PrivacyPage.objects.live()
        context["privacy_page"] = (
            notices.filter(locale_id=self.locale_id).first() or notices.first()
        )
        context["recaptcha_src"] = recaptcha_script_url()
        return context

    def serve(self, request, *args, **kwargs):
        # Each response carries its visitor's CSRF token: no cache may keep or share it.
        response = serve_request_form(self, request)
        add_never_cache_headers(response)
        return response


class BookingPage(RequestFormPage):
    class Meta:
        verbose_name = "Booking page"

    def get_form_class(self):
        return BookingForm

    def default_description(self):
        return gettext(
            "Book an appointment at %(site)s online: choose the days and times that suit "
            "you, and the front desk calls you to confirm a time."
        ) % {"site": self.seo_sitename}

    def get_form_kwargs(self, request):
        """Preferred days are the days the clinic opens (every day if none are set)."""
        # Matched on the day's code: the labels are translated, the stored weekdays are not.
        open_days = {
            hours.value["weekday"][:3].lower()
            for hours in ClinicSettings.for_request(request).opening_hours
        }
        days = [(code, label) for code, label in BookingRequest.DAYS if code in open_days]
        return {"days": days or BookingRequest.DAYS}


class ContactPage(RequestFormPage):
    class Meta:
        verbose_name = "Contact page"

    def get_form_class(self):
        return ContactForm

    def default_description(self):
        return gettext(
            "Questions about care, fees, insurance or parking? Send %(site)s a message "
            "and the front desk replies within one working day."
        ) % {"site": self.seo_sitename}


class PrivacyPage(BasePage):
    intro_plain = models.TextField(
        blank=True, max_length=300, help_text="One or two sentences summarising the notice."
    )
    body = StreamField(BaseStreamBlock(), help_text="The privacy notice itself.")

    content_panels = BasePage.content_panels + [FieldPanel("intro_plain"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Privacy page"

    def default_description(self):
        return gettext(
            "How %(site)s uses, keeps and deletes what you send through its booking and "
            "contact forms, and how to ask to see or delete it."
        ) % {"site": self.seo_sitename}
