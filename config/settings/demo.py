"""Production settings plus the demo app: for building the demo clinic (``seed_demo``) into
a production-settings database, as ``make lighthouse``, ``make bench`` and the front-cache
test do. Production itself never installs the demo."""

from .production import *  # noqa: F403
from .production import DEMO_APPS, INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, *DEMO_APPS]
