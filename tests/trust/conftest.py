import datetime

import pytest

from conditions.factories import ConditionIndexPageFactory, ConditionPageFactory
from practitioners.factories import PractitionerIndexPageFactory, PractitionerPageFactory
from technique.factories import TechniquePageFactory

REVIEWED_ON = datetime.date(2026, 3, 3)


@pytest.fixture
def okafor(home):
    team = PractitionerIndexPageFactory(parent=home)
    return PractitionerPageFactory(
        parent=team, title="Dr. Maya Okafor", slug="dr-maya-okafor", credentials="DC, SOT Certified"
    )


@pytest.fixture
def reviewed_technique(technique_index, okafor):
    return TechniquePageFactory(
        parent=technique_index,
        title="Flexion-Distraction",
        slug="flexion-distraction",
        reviewed_by=okafor,
        last_reviewed=REVIEWED_ON,
    )


@pytest.fixture
def sciatica(home, reviewed_technique, okafor):
    index = ConditionIndexPageFactory(parent=home)
    return ConditionPageFactory(
        parent=index,
        title="Sciatica",
        slug="sciatica",
        reviewed_by=okafor,
        last_reviewed=REVIEWED_ON,
        treatments=[reviewed_technique],
    )
