from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from core.admin_forms import is_explicit_save
from trust.review import MedicallyReviewed
from trust.views import DueForReviewView

WARNINGS = {
    "missing": "No medical review is recorded. Choose the reviewing chiropractor and the "
    "date under Medical review, so patients and search engines can see who checked it.",
    "stale": "The medical review is more than a year old. Ask a chiropractor to review the "
    "page again, then update Last reviewed on.",
}


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_medical_review(request, page):
    page = page.specific
    if not isinstance(page, MedicallyReviewed) or not is_explicit_save(request):
        return
    problem = page.review_problem()
    if problem:
        messages.warning(request, f"{page.title}: {WARNINGS[problem]}")


@hooks.register("register_admin_urls")
def register_due_for_review_urls():
    return [
        path(
            "reports/due-for-review/",
            DueForReviewView.as_view(),
            name="trust_due_for_review",
        ),
        path(
            "reports/due-for-review/results/",
            DueForReviewView.as_view(results_only=True),
            name="trust_due_for_review_results",
        ),
    ]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return EditorsMenuItem(
        "Due for review",
        reverse("trust_due_for_review"),
        name="due-for-review",
        icon_name="warning",
        order=1150,
    )
