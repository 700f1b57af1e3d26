from wagtail import hooks

from core.richtext import LocalizedPageLinkHandler


# After Wagtail's own registration (order 0), so this handler replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_page_links(features):
    features.register_link_type(LocalizedPageLinkHandler)
