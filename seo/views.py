"""robots.txt: the site's address and its sitemap, with the admin kept out."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Site


@require_GET
def robots_txt(request):
    # The Site's address (SITE_URL), as the sitemap itself and canonical links use.
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/")
    sitemap = root.rstrip("/") + reverse("sitemap")
    admin = "/" + getattr(settings, "WAGTAIL_ADMIN_PATH", "admin/").strip("/") + "/"
    lines = ["User-agent: *", f"Disallow: {admin}", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
