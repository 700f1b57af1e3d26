from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_forms import is_explicit_save
from core.sanitise import dropped_by_sanitiser
from faq.models import FAQ


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = "FAQs"
    add_to_admin_menu = True
    menu_order = 250
    # Editors need to see where each question's markup lives before reusing it.
    list_display = ["question", "category", "markup_page", "live"]
    list_filter = ["category", "live"]
    search_fields = ["question"]


register_snippet(FAQViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_faq_answer(request, instance):
    if not isinstance(instance, FAQ) or not is_explicit_save(request):
        return
    from wagtail.rich_text import expand_db_html

    dropped = dropped_by_sanitiser(expand_db_html(instance.answer))
    if dropped:
        messages.warning(
            request,
            f"This answer contains {', '.join(dropped)}, which pages leave out: FAQ "
            "answers keep only paragraphs, headings, lists, links, bold and italic.",
        )
    if not instance.live:
        messages.warning(
            request,
            "This question is a draft: no page shows it, and search engines do not see "
            "it, until you publish it.",
        )
