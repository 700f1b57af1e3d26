from django.apps import AppConfig


class TechniqueConfig(AppConfig):
    name = "technique"
