from django.contrib import messages
from wagtail import hooks

from core.admin_forms import is_explicit_save
from core.pages import BasePage
from seo.warnings import draft_faq_warnings, faq_answer_warnings, seo_warnings


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_search_appearance(request, page):
    page = page.specific
    if not isinstance(page, BasePage) or not is_explicit_save(request):
        return
    warnings = seo_warnings(page) + faq_answer_warnings(page) + draft_faq_warnings(page)
    for warning in warnings:
        # Publishing lands on the page listing, so each message names its page.
        messages.warning(request, f"{page.title}: {warning}")
