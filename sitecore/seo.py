"""robots.txt, and the search-engine checks the admin runs when an editor saves a page."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Site

TITLE_MAX = 60
DESCRIPTION_RANGE = (50, 160)


@require_GET
def robots_txt(request):
    # The Site's address (SITE_URL), as the sitemap itself and canonical links use.
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/")
    sitemap = root.rstrip("/") + reverse("sitemap")
    admin = "/" + getattr(settings, "WAGTAIL_ADMIN_PATH", "admin/").strip("/") + "/"
    lines = ["User-agent: *", f"Disallow: {admin}", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def seo_warnings(page):
    """What search results will make of this page's title and description, if it is poor."""
    warnings = []
    title = getattr(page, "seo_title", "") or ""
    if len(title) > TITLE_MAX:
        warnings.append(
            f"The search engine title is {len(title)} characters; results cut it "
            f"off after about {TITLE_MAX}."
        )
    description = page.search_description or ""
    low, high = DESCRIPTION_RANGE
    if description and not low <= len(description) <= high:
        warnings.append(
            f"The search description is {len(description)} characters; "
            f"{low} to {high} shows best in search results."
        )
    elif not description:
        warnings.append(
            "There is no search description; search engines will use "
            f"'{page.seo_description[:80]}' instead. {low} to {high} characters shows best."
        )
    return warnings


def faq_answer_warnings(page):
    """Inline FAQ answers that will lose content when sanitised for display and markup."""
    from faq.entries import page_faq_entries

    return [
        f"The answer to '{entry.question}' will lose: {', '.join(entry.dropped)}."
        for entry in page_faq_entries(page)
        if entry.snippet is None and entry.dropped
    ]
