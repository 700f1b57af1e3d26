"""
IndexNow: tell Bing, Yandex and the other IndexNow engines which URLs changed, so they
recrawl them soon rather than whenever they next pass.

On publish, unpublish and move, the page's URLs in every language it has are queued for one
ping (after the transaction commits, through the task queue), so publishing never waits for
the engine. A failing or hanging endpoint is logged and forgotten: the next change pings
again, and the sitemap remains. Off unless ``INDEXNOW_KEY`` is set.
https://www.indexnow.org/documentation
"""

import json
import logging
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger("seo.indexnow")

# The queue whose worker already runs beside the site (docs/deployment.md).
BACKEND = "mail"


def changed_urls(page, extra=()):
    """The absolute URLs of ``page`` in each language it exists in, and any ``extra``."""
    urls = list(extra)
    for translation in page.get_translations(inclusive=True):
        url = translation.get_full_url()
        if url and url not in urls:
            urls.append(url)
    return urls


def queue_ping(urls):
    if not settings.INDEXNOW_KEY or not urls:
        return

    def enqueue():
        try:
            ping_indexnow.enqueue(urls)
        except Exception as error:  # noqa: BLE001 - a broken queue must not fail a publish
            logger.error("Could not queue the IndexNow ping: %s", type(error).__name__)

    transaction.on_commit(enqueue)


def on_publish_or_unpublish(sender, instance, **kwargs):
    queue_ping(changed_urls(instance))


def on_move(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return  # reordered among its siblings: no URL changed
    # The old address too, so engines learn it is gone (or redirects).
    site_root = instance.get_site()
    old = []
    if site_root is not None:
        root_path = site_root.root_page.url_path
        if url_path_before.startswith(root_path):
            old.append(site_root.root_url + "/" + url_path_before[len(root_path) :])
    queue_ping(changed_urls(instance, old))


def payload(urls):
    key = settings.INDEXNOW_KEY
    root = urlsplit(urls[0])
    return {
        "host": root.hostname,
        "key": key,
        "keyLocation": f"{root.scheme}://{root.netloc}/{key}.txt",
        "urlList": urls,
    }


@task(backend=BACKEND)
def ping_indexnow(urls):
    """POST ``urls`` to ``INDEXNOW_ENDPOINT``; the outcome, logged and returned."""
    endpoint = settings.INDEXNOW_ENDPOINT
    if urlsplit(endpoint).scheme not in ("http", "https"):
        logger.warning("INDEXNOW_ENDPOINT is not an http(s) URL; no ping sent")
        return "misconfigured"
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked just above
        endpoint,
        data=json.dumps(payload(urls)).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.INDEXNOW_TIMEOUT) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as error:
        logger.warning("IndexNow refused %d URL(s): HTTP %s", len(urls), error.code)
        return f"refused {error.code}"
    except (OSError, ValueError) as error:  # unreachable, timed out, a bad endpoint setting
        logger.warning("IndexNow unreachable for %d URL(s): %s", len(urls), error)
        return "unreachable"
    logger.info("IndexNow accepted %d URL(s): HTTP %s", len(urls), status)
    return f"sent {status}"


def connect():
    page_published.connect(on_publish_or_unpublish, dispatch_uid="indexnow-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="indexnow-unpublished")
    post_page_move.connect(on_move, dispatch_uid="indexnow-moved")
