"""
Wagtail's page routing in one query instead of two per path level (issue 7).

Wagtail walks the tree one slug at a time, loading each page and then its specific form.
A page's ``url_path`` is its parent's plus its slug, so the whole chain from the tree root
to the requested page is one lookup by ``url_path``, and the page itself in full one more.
Both are kept in the shared cache until published content changes
(``sitecore.contentcache``). We hand Wagtail the same ``RouteResult`` its own ``route``
would have given, through the per-request cache Wagtail already reads
(``request._wagtail_route_for_request``).

Whenever the shortcut cannot promise Wagtail's answer (a page type with its own ``route``,
such as a RoutablePage, translations, or a tree that does not match its ``url_path``s) it
steps aside and Wagtail routes as usual.
"""

import hashlib

from django.conf import settings
from django.db.models import Exists, OuterRef
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.urls import serve_pattern

from sitecore import chrome, contentcache, linkcache, sites

__all__ = ["serve", "serve_pattern"]

_UNDECIDED = object()


def serve(request, path):
    """Wagtail's ``serve`` view, routed by ``route`` first when it can."""
    # On the request before anything asks Wagtail for it (sitecore.sites).
    site = sites.site_for_request(request)
    # Wagtail reads the site root paths from the shared cache for every URL it builds
    # without a request (links, structured data); once per page view is enough.
    root_paths = _site_root_paths(request)
    url_path = _url_path(site, root_paths, path)
    linked_key = _page_key("linked", site, url_path) if url_path else None
    if site is not None:
        keys = [chrome.key(site)]
        if url_path:
            keys += [_page_key("chain", site, url_path), linked_key]
        contentcache.prefetch(request, keys)
    preloaded = contentcache.get(request, linked_key) if linked_key else contentcache.MISSING
    with linkcache.sharing_linked_pages(
        root_paths, preloaded=None if preloaded is contentcache.MISSING else preloaded
    ):
        if not hasattr(request, "_wagtail_route_for_request"):
            result = route(request, path)
            if result is not _UNDECIDED:
                request._wagtail_route_for_request = result
        if site is not None:
            # After routing, which has put the home page on the site for the menu to use.
            chrome.load(request, site)
        response = wagtail_views.serve(request, path)
        # Rendered here, not after the view returns, so every link shares the loaded pages.
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        # What this page links to and chooses, for its next view: only pages that exist.
        if preloaded is contentcache.MISSING and _routed_here(request, response):
            contentcache.store(request, linked_key, linkcache.loaded())
    return response


def _routed_here(request, response):
    result = getattr(request, "_wagtail_route_for_request", None)
    return isinstance(result, RouteResult) and response.status_code == 200


def route(request, path):
    """The ``RouteResult`` Wagtail would find, ``None`` for a 404, or ``_UNDECIDED``."""
    site = Site.find_for_request(request)
    url_path = _url_path(site, _site_root_paths(request), path)
    if url_path is None:
        return _UNDECIDED
    found = _chain(request, site, url_path)
    if found is None:
        return _UNDECIDED
    chain, root_index = found
    page = chain[-1]
    if not page.live:
        return None
    if len(chain) > 1:
        page._cached_parent_obj = chain[-2]  # as Wagtail's route does: get_parent() is free
    # Its ancestors, already loaded, for the view-restriction check and the breadcrumbs.
    route_chain = page.__dict__["route_chain"] = chain[:-1] + [page]
    linkcache.share_site_root_paths(route_chain)
    # The site may come from the shared cache without its home page (sitecore.sites);
    # the chain holds that page, loaded just now.
    site.root_page = route_chain[root_index]
    return RouteResult(page)


def _url_path(site, root_paths, path):
    """The ``url_path`` the page at ``path`` would have, or ``None`` where we cannot route."""
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    root_path = _root_path(site, root_paths)
    if root_path is None:
        return None
    return root_path + "".join(f"{part}/" for part in path.split("/") if part)


def _page_key(kind, site, url_path):
    # The root page too: where home sits in the chain is part of what is kept.
    digest = hashlib.sha256(url_path.encode()).hexdigest()
    return f"{kind}:{site.pk}:{site.root_page_id}:{digest}"


def _chain(request, site, url_path):
    """The pages from the tree root to ``url_path``, and where home is among them; or None.

    The last is the page at ``url_path``, in full if it is live (``_load``).

    Only a plain chain is kept (``_plain_chain_root``), so the entries are bounded by the
    pages that exist, whatever paths visitors make up.
    """
    key = _page_key("chain", site, url_path)
    found = contentcache.get(request, key)
    if found is not contentcache.MISSING:
        return found
    wanted = _url_path_prefixes(url_path)
    # url_path has no index, but a clinic's page table is small; Wagtail's walk costs more.
    chain = list(
        Page.objects.filter(url_path__in=wanted)
        .annotate(
            route_has_restriction=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
        )
        .order_by("depth")
        .specific(defer=True)
    )
    root_index = _plain_chain_root(chain, wanted, site)
    if root_index is None:
        return None
    if chain[-1].live:
        chain[-1] = _load(chain[-1])
    contentcache.store(request, key, (chain, root_index))
    return chain, root_index


def _site_root_paths(request):
    """``Site.get_site_root_paths()``, kept on the request where Wagtail itself looks."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
    return request._wagtail_cached_site_root_paths


def _root_path(site, root_paths):
    if site is None:
        return None
    for site_id, root_path, *_ in root_paths:
        if site_id == site.pk:
            return root_path
    return None


def _url_path_prefixes(url_path):
    """'/home/a/b/' -> ['/', '/home/', '/home/a/', '/home/a/b/']: every ancestor's url_path."""
    parts = [part for part in url_path.split("/") if part]
    return ["/" + "".join(f"{part}/" for part in parts[:n]) for n in range(len(parts) + 1)]


def _plain_chain_root(chain, wanted, site):
    """Where the site's home page is in ``chain``, or ``None`` unless the chain is plain.

    Plain: one page per level, each the parent of the next, none from home down routing
    for itself.
    """
    if [page.url_path for page in chain] != wanted:
        return None
    for parent, child in zip(chain, chain[1:], strict=False):
        if child.depth != parent.depth + 1 or not child.path.startswith(parent.path):
            return None
    root_index = next((n for n, page in enumerate(chain) if page.pk == site.root_page_id), None)
    if root_index is None or any(type(page).route is not Page.route for page in chain[root_index:]):
        return None
    return root_index


def _load(target):
    """The page in full, with any related rows its template always reads (``route_select_related``)."""
    model = type(target)
    related = getattr(model, "route_select_related", ())
    page = model._default_manager.select_related(*related).get(pk=target.pk)
    page.route_has_restriction = target.route_has_restriction
    return page
