from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from core.richtext import LocalizedPageLinkHandler


# After Wagtail's own registration (order 0), so this handler replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_page_links(features):
    features.register_link_type(LocalizedPageLinkHandler)


@hooks.register("construct_reports_menu")
def translations_report_for_translators(request, menu_items):
    # wagtail-localize shows its report to every admin user, and it lists every page:
    # only people who may translate need it.
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        menu_items[:] = [item for item in menu_items if item.name != "translations"]


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-editor.css"))
