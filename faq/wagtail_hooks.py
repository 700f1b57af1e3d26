from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from faq.models import FAQ
from faq.sanitise import dropped_by_sanitiser
from sitecore.pages import BasePage
from sitecore.seo import faq_answer_warnings, seo_warnings


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = "FAQs"
    add_to_admin_menu = True
    menu_order = 250
    # Editors need to see where each question's markup lives before reusing it.
    list_display = ["question", "category", "marked_up_on", "live"]
    list_filter = ["category", "live"]
    search_fields = ["question"]


register_snippet(FAQViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_search_appearance(request, page):
    page = page.specific
    if not isinstance(page, BasePage):
        return
    for warning in seo_warnings(page) + faq_answer_warnings(page):
        messages.warning(request, warning)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_faq_answer(request, instance):
    if not isinstance(instance, FAQ):
        return
    from wagtail.rich_text import expand_db_html

    dropped = dropped_by_sanitiser(expand_db_html(instance.answer))
    if dropped:
        messages.warning(request, f"This answer will lose: {', '.join(dropped)}.")
