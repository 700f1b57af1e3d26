from django import template

register = template.Library()


@register.inclusion_tag("components/medical_review.html", takes_context=True)
def medical_review(context, page):
    """The line "Medically reviewed by <reviewer>, <degree>, on <date>", when recorded."""
    reviewer = page.reviewer_here
    if reviewer is None or page.last_reviewed is None:
        return {"reviewer": None}
    return {
        "reviewer": reviewer,
        # The first of the letters after their name: "DC" of "DC, SOT Certified".
        "degree": reviewer.credentials.split(",")[0].strip(),
        "reviewed_on": page.last_reviewed,
        "request": context.get("request"),
    }
