from django.apps import AppConfig
from django.core import checks


class SecurityConfig(AppConfig):
    name = "security"

    def ready(self):
        from security.passkeys import check_passkey_origin

        checks.register(check_passkey_origin, checks.Tags.security)
