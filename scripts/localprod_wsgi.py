"""
The production WSGI app plus the media files, for local runs only.

In production, media lives in object storage behind a CDN; here WhiteNoise
stands in for it so Lighthouse sees the real images. ``autorefresh`` picks up
renditions that Wagtail writes on the first render of a page.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from config.wsgi import application as site_application

application = WhiteNoise(site_application, autorefresh=True)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
