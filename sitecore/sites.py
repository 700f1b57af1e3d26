"""
Which Site serves a request's host, without Wagtail's query on every request (issue 7).

Wagtail finds the site with a query ordered by a CASE over every site, on each request.
The answer changes only when a Site is saved or deleted, so it is kept in the shared
cache under one key, which those saves and deletes clear for every app server at once.
"""

import copy

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site

CACHE_KEY = "sites-by-host"
# Bounds the one race left: a lookup that read the database just before a save wrote.
TIMEOUT = 300
# Only hosts that passed ALLOWED_HOSTS are remembered; this caps even a "*" setting.
MAX_HOSTS = 32


def site_for_request(request):
    """``Site.find_for_request(request)``, remembered where Wagtail looks for it."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    try:
        hostname = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        return Site.find_for_request(request)
    host = f"{hostname}:{request.get_port()}"
    known = cache.get(CACHE_KEY) or {}
    if host in known:
        site = known[host]
    else:
        site = Site._find_for_request(request)
        if len(known) < MAX_HOSTS:
            cache.set(CACHE_KEY, {**known, host: _without_root_page(site)}, TIMEOUT)
    request._wagtail_site = site
    return site


def _without_root_page(site):
    # The home page changes on every publish; only the Site row is safe to keep.
    if site is None:
        return None
    site = copy.copy(site)
    site._state = copy.copy(site._state)
    site._state.fields_cache = {}
    return site


def forget_sites(**kwargs):
    cache.delete(CACHE_KEY)


def connect():
    post_save.connect(forget_sites, sender=Site, dispatch_uid="sitecore-forget-sites-save")
    post_delete.connect(forget_sites, sender=Site, dispatch_uid="sitecore-forget-sites-delete")
