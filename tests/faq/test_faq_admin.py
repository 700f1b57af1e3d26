"""What editors see: warnings when an answer would lose content."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from faq.factories import FAQFactory
from faq.wagtail_hooks import warn_about_faq_answer

pytestmark = pytest.mark.django_db


def request_with_messages():
    request = RequestFactory().post("/admin/snippets/faq/faq/add/")
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_saving_a_faq_whose_answer_would_lose_content_warns(db):
    request = request_with_messages()
    warn_about_faq_answer(request, FAQFactory(answer='<p>See <iframe src="x"></iframe></p>'))
    (message,) = get_messages(request)
    assert message.level_tag == "warning" and "<iframe> element" in str(message)


def test_saving_a_clean_faq_does_not_warn(db):
    request = request_with_messages()
    warn_about_faq_answer(request, FAQFactory(answer="<p>Yes, <b>gently</b>.</p>"))
    assert not list(get_messages(request))


def test_questions_are_five_to_three_hundred_characters(db):
    with pytest.raises(ValidationError):
        FAQFactory.build(question="Why").full_clean()
    with pytest.raises(ValidationError):
        FAQFactory.build(question="x" * 301).full_clean()
