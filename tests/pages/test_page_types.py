"""The editor's contract: which page may live where."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from technique.models import TechniqueIndexPage, TechniquePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_sits_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_index_lives_only_under_home(self):
        self.assertAllowedParentPageTypes(TechniqueIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, TechniqueIndexPage)
        self.assertCanNotCreateAt(Page, TechniqueIndexPage)
        self.assertCanNotCreateAt(TechniqueIndexPage, TechniqueIndexPage)

    def test_techniques_live_only_under_the_index(self):
        self.assertAllowedParentPageTypes(TechniquePage, {TechniqueIndexPage})
        self.assertAllowedSubpageTypes(TechniqueIndexPage, {TechniquePage})
        self.assertCanCreateAt(TechniqueIndexPage, TechniquePage)
        self.assertCanNotCreateAt(HomePage, TechniquePage)
        self.assertCanNotCreateAt(Page, TechniquePage)

    def test_technique_pages_are_leaves(self):
        self.assertAllowedSubpageTypes(TechniquePage, set())
