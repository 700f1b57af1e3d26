"""The answer-engine views: ``/llms.txt`` per language, a Markdown alternate of every page, and
the IndexNow key file. Each is the same bytes for everyone, so the page cache keeps it."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from seo.llms import llms_txt
from seo.markdown import is_in_markdown, page_markdown

MARKDOWN = "text/markdown; charset=utf-8"


@require_GET
def llms_txt_view(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    # The home page in the URL's language (English at /llms.txt, Spanish at /es/llms.txt).
    home = site.root_page.localized.specific
    return HttpResponse(llms_txt(site, home, request), content_type=MARKDOWN)


@require_GET
def page_markdown_view(request, path):
    # Wagtail's own routing finds the page, in the URL's language, as for its HTML.
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, _kwargs = route
    page = page.specific
    if args or not is_in_markdown(page) or page.get_view_restrictions().exists():
        raise Http404
    return HttpResponse(page_markdown(page, request), content_type=MARKDOWN)


@require_GET
def indexnow_key_view(request, key):
    """The key file IndexNow fetches to check that the pings are the site's own."""
    if not settings.INDEXNOW_KEY or key != settings.INDEXNOW_KEY:
        raise Http404
    return HttpResponse(key, content_type="text/plain; charset=utf-8")
