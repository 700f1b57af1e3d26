"""
Factories for the accessibility statement page.

    statement = AccessibilityStatementPageFactory(parent=home)
"""

import wagtail_factories

from trust.models import AccessibilityStatementPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Accessibility statement"
    slug = "accessibility"
    intro_plain = "How we make this site usable by everyone, and how to ask for help."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = AccessibilityStatementPage
