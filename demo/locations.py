"""Two demo locations, one with a holiday closure. Finds before it creates, like demo.site."""

from datetime import date, time, timedelta

from django.utils import timezone

from demo import content
from demo import images as demo_images
from demo.site import ensure_child
from locations.models import LocationIndexPage, LocationPage, SpecialHours

LOCATIONS = [
    {
        "slug": "harbour-road",
        "title": "Harbour Road clinic",
        "summary": "Our main clinic by the marina, open six days a week.",
        "street_address": "120 Harbour Road, Suite 4",
        "locality": "Fort Lauderdale",
        "region": "FL",
        "postal_code": "33301",
        "latitude": "26.119700",
        "longitude": "-80.137600",
        # The main clinic keeps the hours the footer shows (the clinic's details).
        "hours": content.OPENING_HOURS,
        "parking": "Free parking for patients behind the building; two spaces by the door are "
        "reserved for disabled parking permit holders.",
        "accessibility": "Step-free entrance and a lift to Suite 4. Our adjusting tables lower "
        "to wheelchair height, and the accessible toilet is on the same floor.",
        "directions": "<p>We are on the first floor above the Harbour Road pharmacy, opposite "
        "the marina car park. Bus 12 stops outside.</p>",
        "map": "marina",
        "picture_alt": "An illustrated street map: the Harbour Road clinic's pin by the "
        "marina, with the water to the east.",
    },
    {
        "slug": "hillside",
        "title": "Hillside clinic",
        "summary": "A quiet ground-floor practice in the Hillside neighbourhood.",
        "street_address": "48 Orchard Lane",
        "locality": "Fort Lauderdale",
        "region": "FL",
        "postal_code": "33305",
        "latitude": "26.141900",
        "longitude": "-80.128900",
        "phone": "(954) 555-0187",
        "hours": [
            ("Tuesday", "10:00", "19:00"),
            ("Thursday", "10:00", "19:00"),
            ("Saturday", "09:00", "13:00"),
        ],
        "parking": "On-street parking on Orchard Lane, free for two hours.",
        "accessibility": "Ground floor with a level entrance and wide doors throughout.",
        "directions": "<p>Next to Hillside library, two minutes' walk from the Orchard Lane "
        "bus stop (routes 3 and 7).</p>",
        "map": "hillside",
        "picture_alt": "An illustrated street map: the Hillside clinic's pin on a curving "
        "street beside the park.",
    },
]


def ensure_locations(home):
    index, _ = ensure_child(
        home,
        LocationIndexPage,
        "locations",
        title="Locations",
        show_in_menus=True,
        intro="<p>Two clinics in Fort Lauderdale. Book at either; your notes follow you.</p>",
        search_description="Harbourview Chiropractic's two Fort Lauderdale clinics: addresses, "
        "opening hours, holiday hours, parking and step-free access.",
    )
    pages = [_ensure_location(index, spec) for spec in LOCATIONS]
    _ensure_holiday(pages[0])
    return index, pages


def _ensure_location(index, spec):
    fields = {key: value for key, value in spec.items() if key not in ("slug", "hours", "map")}
    fields["picture"] = demo_images.ensure_image(
        f"Street map of the {spec['title']}",
        f"map-{spec['slug']}.jpg",
        lambda: demo_images.street_map(spec["map"]),
    )
    fields["opening_hours"] = [
        ("hours", {"weekday": day, "opens": time.fromisoformat(o), "closes": time.fromisoformat(c)})
        for day, o, c in spec["hours"]
    ]
    page, _ = ensure_child(index, LocationPage, spec["slug"], **fields)
    return page


def _ensure_holiday(page):
    """A closure a few weeks ahead, and a short day, so the demo always has one to show."""
    if SpecialHours.objects.filter(page=page).exists():
        return
    start = timezone.localdate() + timedelta(days=21)
    short_day = start + timedelta(days=7)
    page.special_hours.add(
        SpecialHours(
            label="Staff training days", start_date=start, end_date=start + timedelta(days=1)
        ),
        SpecialHours(
            label="Early closing",
            start_date=short_day,
            closed=False,
            opens=time(8, 30),
            closes=time(13, 0),
        ),
    )
    page.special_hours.add(
        SpecialHours(label="New Year's Day", start_date=date(start.year + 1, 1, 1)),
    )
    page.save_revision().publish()
