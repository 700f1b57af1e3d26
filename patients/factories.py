"""
Factories for the new-patients page.

    page = NewPatientsPageFactory(parent=home, insurance="<p>We bill most insurers.</p>")
"""

import wagtail_factories

from patients.models import NewPatientsPage


class NewPatientsPageFactory(wagtail_factories.PageFactory):
    title = "New patients"
    slug = "new-patients"
    first_visit = "<p>We talk, then examine, then treat.</p>"

    class Meta:
        model = NewPatientsPage
