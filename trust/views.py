"""The admin's "Due for review" report: health pages never reviewed, or not in a year."""

import datetime

from wagtail.admin.views.reports import PageReportView
from wagtail.permissions import page_permission_policy

from trust.review import due_for_review


class DueForReviewView(PageReportView):
    page_title = "Due for review"
    header_icon = "warning"
    index_url_name = "trust_due_for_review"
    index_results_url_name = "trust_due_for_review_results"
    any_permission_required = ["add", "change", "publish"]

    def get_filename(self):
        return f"due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        editable = page_permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return editable.filter(pk__in=due_for_review()).order_by("path")
