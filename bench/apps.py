"""The benchmark-only app: installed by bench.settings and nowhere else."""

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from bench.guard import require_loopback


class BenchConfig(AppConfig):
    name = "bench"
    label = "bench"

    def ready(self):
        # Checked again here in case someone lists the app in other settings.
        if not getattr(settings, "BENCH_RECAPTCHA_STUB", False):
            raise ImproperlyConfigured("The bench app runs only under bench.settings.")
        require_loopback(settings.DATABASES, settings.CACHES, settings.ALLOWED_HOSTS)
        from django_recaptcha import client

        from bench import stubs

        client.submit = stubs.submit
