"""The site's URLs plus the baseline view, for bench.settings only."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler404, handler500
from config.urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]

HELLO_PATH = "bench/hello"


def hello(request):
    """The least Django can do, behind the same middleware as every page: the baseline."""
    return HttpResponse(b"hello", content_type="text/plain")


urlpatterns = [path(HELLO_PATH, hello, name="bench_hello"), *site_urlpatterns]
