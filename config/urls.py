from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config import healthz, views
from seo.answer_views import indexnow_key_view, llms_txt_view, page_markdown_view
from seo.sitemap import LanguagesSitemap
from seo.views import robots_txt

handler404 = "config.views.page_not_found"
handler500 = "config.views.server_error"

# Private: never cached (the is_request_cacheable hook), never in the sitemap.
private_urlpatterns = [
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("healthz", healthz.healthz, name="healthz"),
    path("documents/", include(wagtaildocs_urls)),
    path("favicon.ico", views.favicon, name="favicon"),
]

# Public: anonymous GETs kept by the page cache (wagtail-cache's middleware). One sitemap
# lists both languages; pages are English at / and Spanish under /es/.
public_urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    re_path(r"^(?P<key>[A-Za-z0-9-]{8,128})\.txt$", indexnow_key_view, name="indexnow_key"),
    *i18n_patterns(
        path("llms.txt", llms_txt_view, name="llms_txt"),
        # Every page's Markdown alternate: /techniques/sot/index.md beside /techniques/sot/.
        re_path(r"^(?P<path>(?:[-\w]+/)*)index\.md$", page_markdown_view, name="page_markdown"),
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    private_urlpatterns += staticfiles_urlpatterns()
    private_urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    private_urlpatterns += [
        path("404/", views.page_not_found, {"exception": None}),
        path("500/", views.server_error),
    ]

urlpatterns = private_urlpatterns + public_urlpatterns
