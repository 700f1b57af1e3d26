"""
Purge the page cache (wagtail-cache), and the front cache or CDN when one is configured
(``wagtail.contrib.frontend_cache``), when published content changes.

Every page shares the header navigation, the footer (ClinicSettings) and index
listings, so any change purges every page: on a site this size a full re-render
is cheap, and a targeted purge that misses one listing would serve stale content.
Purges run after the transaction commits, so no request can re-cache the old
content between the purge and the commit.
"""

import logging
import time
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtailcache.cache import clear_cache

logger = logging.getLogger(__name__)
# Where wagtail.contrib.frontend_cache's backends report each URL they could not purge.
BACKEND_LOGGER = logging.getLogger("wagtail.frontendcache")
# While the front cache is down every change fails its purge: one warning per process
# and interval says so; the rest would be thousands of identical lines during a seed.
WARN_EVERY_SECONDS = 60

# Models whose rows change public pages besides pages themselves: a view restriction hides
# a page and takes it out of the menu, and a site's root page or hostname moves every page.
SHOWN_ON_PAGES = (
    "wagtailredirects.Redirect",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
)


# Public URLs that are not pages; each Site has its own. llms.txt is per language, under
# each language's prefix (English has none).
SITE_PATHS = ("/", "/sitemap.xml", "/robots.txt")
LANGUAGE_PATHS = ("llms.txt",)


def site_paths():
    prefixes = [
        "/" if code == settings.LANGUAGE_CODE else f"/{code}/" for code, _name in settings.LANGUAGES
    ]
    return [*SITE_PATHS, *(prefix + path for prefix in prefixes for path in LANGUAGE_PATHS)]


class PurgeResult(NamedTuple):
    sent: int
    failed: int = 0
    first_error: str = ""

    def __str__(self):
        if not self.failed:
            return f"purged {self.sent} URLs"
        # Wagtail sends each URL once per content language, so failures can outnumber URLs.
        return (
            f"{self.failed} purge requests for {self.sent} URLs failed, so those pages stay "
            f"cached until their s-maxage ends (first error: {self.first_error})"
        )


class _HoldBackFailures(logging.Filter):
    """Counts the backends' per-URL errors and keeps them out of the log.

    Wagtail's purge runs as an immediate task (TASKS["default"]), so they are logged here,
    in this call.
    """

    def __init__(self):
        super().__init__()
        self.failed, self.first_error = 0, ""

    def filter(self, record):
        if record.levelno < logging.ERROR:
            return True
        self.failed += 1
        self.first_error = self.first_error or record.getMessage()
        return False


_last_warning = None


def purge_front_cache():
    """Purge every live page and each Site's fixed paths; a PurgeResult of what happened.

    A no-op without a front cache or CDN configured (``WAGTAILFRONTENDCACHE``). Failures
    are logged as one warning per interval, not one error per URL.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return PurgeResult(0)
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from seo.markdown import is_in_markdown, markdown_url

    batch = PurgeBatch()
    pages = list(Page.objects.live().specific().iterator())
    batch.add_pages(pages)
    # Each page's Markdown alternate, which is cached like the page.
    batch.add_urls(markdown_url(page) for page in pages if is_in_markdown(page))
    for site in Site.objects.all():
        batch.add_urls(site.root_url + path for path in site_paths())
    failures = _HoldBackFailures()
    BACKEND_LOGGER.addFilter(failures)
    try:
        batch.purge()
    finally:
        BACKEND_LOGGER.removeFilter(failures)
    result = PurgeResult(len(batch.urls), failures.failed, failures.first_error)
    if result.failed:
        _warn(result)
    return result


def _warn(result):
    global _last_warning
    now = time.monotonic()
    if _last_warning is None or now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning("Front cache purge: %s", result)


def purge_everything():
    clear_cache()
    try:
        purge_front_cache()
    except Exception:  # A front cache outage must not fail the editor's publish.
        logger.exception("Front cache purge failed")


def schedule_purge(**kwargs):
    transaction.on_commit(purge_everything)


def _is_shown_on_pages(model):
    from wagtail.snippets.models import get_snippet_models

    label = model._meta.label
    return (
        issubclass(model, (BaseSiteSetting, BaseGenericSetting, Page))
        or model in get_snippet_models()
        or label in SHOWN_ON_PAGES
    )


def purge_on_content_change(sender, **kwargs):
    # Saving a Page row is a draft edit until published; deleting one is always visible.
    if issubclass(sender, Page) and kwargs.get("created") is not None:
        return
    if _is_shown_on_pages(sender):
        schedule_purge()


def connect():
    page_published.connect(schedule_purge, dispatch_uid="pagecache-published")
    page_unpublished.connect(schedule_purge, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(schedule_purge, dispatch_uid="pagecache-moved")
    post_save.connect(purge_on_content_change, dispatch_uid="pagecache-saved")
    post_delete.connect(purge_on_content_change, dispatch_uid="pagecache-deleted")
