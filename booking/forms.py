"""The booking and contact forms. Spam fields come from ``SpamScreenedForm``."""

import uuid

import phonenumbers
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.utils import ErrorDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from booking import recaptcha, spam
from booking.records import BookingRequest, ContactMessage
from booking.validators import validate_free_text, validate_person_name
from core import phone as clinic_phone


class PhoneNumberField(forms.CharField):
    """Accepts how people write numbers; stores E.164 for the clinic's country."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        number = clinic_phone.parse(value)
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(
                gettext("Enter a phone number we can call."), code="invalid_phone"
            )
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class SpamScreenedForm(forms.ModelForm):
    """Adds the honeypot, the signed render time, the idempotency token and reCAPTCHA."""

    recaptcha_action = "submit"

    # "website" tempts bots; people never see it (the form__hp class hides it).
    website = forms.CharField(required=False, max_length=200, label=_("Leave this empty"))
    rendered_at = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    token = forms.UUIDField(widget=forms.HiddenInput)
    # request-form.js sets it: no reCAPTCHA token with JavaScript running means the script
    # failed to load (an ad blocker, a flaky network), not that JavaScript was off.
    client_state = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)

    def __init__(self, *args, remote_ip="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["captcha"] = recaptcha.VerdictReCaptchaField(
            action=self.recaptcha_action, label=""
        )
        self.fields["captcha"].remote_ip = remote_ip
        self.fields["captcha"].client_state = self.raw("client_state")
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
            self.initial["rendered_at"] = spam.sign_render_time()
        self.verdict = None
        self.timing = ""
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                field.validators.append(ProhibitNullCharactersValidator())

    def raw(self, name):
        """A posted spam field's raw value, read before (or without) validation."""
        value = self.data.get(self.add_prefix(name), "")
        return value if isinstance(value, str) else ""

    def screen(self):
        """The checks that need no valid input: a honeypot hit raises ``spam.Honeypot``.

        A fast (autofilled) post, or one whose timestamp is missing, is kept for review.
        """
        spam.check_honeypot(self.raw("website"))
        self.timing = spam.check_fill_time(self.raw("rendered_at"))

    def review_reason(self):
        """Why a person should check this before trusting it; empty when nothing is odd."""
        if self.verdict is not None and self.verdict.outcome == recaptcha.REVIEW:
            return self.verdict.reason
        return self.timing

    def content(self):
        """What the patient typed, as stored: two posts with the same content are one request."""
        return {name: self.cleaned_data.get(name) for name in self._meta.fields}

    def skip_validation(self):
        """Re-show a rejected post as typed, without validating it (or asking Google)."""
        if not hasattr(self, "cleaned_data"):  # not validated yet
            self.validation_skipped = True
            self.cleaned_data = {}

    validation_skipped = False

    @property
    def errors(self):
        # A post re-shown as typed has no errors to show; asking for them must not validate it.
        if self.validation_skipped:
            return ErrorDict(renderer=self.renderer)
        return super().errors

    def posted_token(self):
        try:
            return uuid.UUID(self.raw("token"))
        except ValueError:
            return None

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            self.verdict = self.fields["captcha"].verify(cleaned.get("captcha", ""))
        return cleaned


class BookingForm(SpamScreenedForm):
    recaptcha_action = "booking"

    phone = PhoneNumberField(label=_("Phone"), help_text=_("We call to confirm your appointment."))
    preferred_days = forms.MultipleChoiceField(
        label=_("Preferred days"),
        choices=BookingRequest.DAYS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    preferred_times = forms.MultipleChoiceField(
        label=_("Preferred times"),
        choices=BookingRequest.TIMES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        required=True,
        label=_("I agree that the clinic may store these details to arrange my appointment."),
        error_messages={"required": _("Please agree to the privacy notice so we can reply.")},
    )

    class Meta:
        model = BookingRequest
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "patient_type",
            "preferred_days",
            "preferred_times",
            "reason",
        ]
        widgets = {
            "patient_type": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        }
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("Email"),
            "patient_type": _("Patient type"),
            "reason": _("Reason for your visit (optional)"),
        }
        help_texts = {"reason": _("A sentence or two is plenty. Up to 1,000 characters.")}

    def __init__(self, *args, days=None, **kwargs):
        super().__init__(*args, **kwargs)
        if days:
            self.fields["preferred_days"].choices = days
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["patient_type"].choices = BookingRequest.PatientType.choices
        for name in ("first_name", "last_name"):
            self.fields[name].validators.append(validate_person_name)
        self.fields["reason"].validators.append(validate_free_text)


class ContactForm(SpamScreenedForm):
    recaptcha_action = "contact"

    phone = PhoneNumberField(required=False, label=_("Phone"))

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "phone", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6, "maxlength": 3000})}
        labels = {"name": _("Name"), "email": _("Email"), "message": _("Message")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].validators.append(validate_person_name)
        self.fields["message"].validators.append(validate_free_text)
