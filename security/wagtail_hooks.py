from wagtail import hooks

from security import twofactor


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    # The page cache and the CSP middleware decide by what was served, not by URL.
    request.served_page = page


@hooks.register("register_admin_urls")
def twofactor_urls():
    return twofactor.urlpatterns
