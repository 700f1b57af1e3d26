from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = "Booking and contact requests"
    default_auto_field = "django.db.models.BigAutoField"
