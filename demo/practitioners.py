"""Two demo chiropractors, linked to techniques and locations. Finds before it creates."""

from demo import images as demo_images
from demo.site import ensure_child
from practitioners.models import PractitionerClinicDays, PractitionerIndexPage, PractitionerPage

PRACTITIONERS = [
    {
        "slug": "dr-maya-okafor",
        "title": "Dr. Maya Okafor",
        "credentials": "DC, SOT Certified",
        "role": "Clinic director",
        "palette": "sea",
        "summary": "Maya founded Harbourview to offer unhurried, low-force care. She is "
        "certified in Sacro Occipital Technique and sees many pregnant patients.",
        "biography": "<p>Maya trained as a Doctor of Chiropractic in Atlanta and has "
        "practised in Fort Lauderdale since 2009. She came to SOT after seeing how well gentle "
        "blocking suited patients who were anxious about manual adjustments.</p>"
        "<p>Outside the clinic she swims in the harbour all year round, which she "
        "does not recommend to her patients.</p>",
        "qualifications": "Doctor of Chiropractic (DC), 2009\nSOT Certified, Sacro Occipital "
        "Technique Organization\nWebster Technique certificate",
        "memberships": "American Chiropractic Association\nFlorida Chiropractic Association",
        "practising_since": 2009,
        "languages": "English, Spanish",
        "techniques": ["sacro-occipital-technique", "flexion-distraction"],
        "days": [("harbour-road", "Monday, Wednesday and Friday"), ("hillside", "Tuesday")],
    },
    {
        "slug": "dr-tomas-lindqvist",
        "title": "Dr. Tomas Lindqvist",
        "credentials": "DC",
        "role": "Associate chiropractor",
        "palette": "sage",
        "summary": "Tomas focuses on instrument-assisted and low-force care for older "
        "adults and people returning to activity after injury.",
        "biography": "<p>Tomas qualified in 2015 and joined Harbourview in 2019. Before "
        "chiropractic he worked as a physical education teacher, and he still likes to "
        "explain exercises with a diagram on the back of an appointment card.</p>",
        "qualifications": "Doctor of Chiropractic (DC), 2015\nActivator Methods proficiency",
        "memberships": "American Chiropractic Association",
        "practising_since": 2015,
        "languages": "English, Swedish",
        "techniques": ["activator-technique", "sacro-occipital-technique"],
        "days": [("harbour-road", "Tuesday and Thursday"), ("hillside", "Thursday and Saturday")],
    },
]


def ensure_practitioner_index(home):
    index, _ = ensure_child(
        home,
        PractitionerIndexPage,
        "practitioners",
        title="Our chiropractors",
        show_in_menus=True,
        intro="<p>Every patient sees a Doctor of Chiropractic. Meet the team.</p>",
        search_description="Meet the chiropractors at Harbourview Chiropractic in Fort Lauderdale: "
        "their training, techniques, languages and where they practise.",
    )
    return index


def ensure_practitioners(index, techniques, locations):
    """``techniques`` and ``locations`` map slugs to the pages the demo made."""
    return [_ensure_one(index, spec, techniques, locations) for spec in PRACTITIONERS]


def _ensure_one(index, spec, techniques, locations):
    name = spec["slug"].removeprefix("dr-")
    photo = demo_images.ensure_image(
        f"Illustrated portrait of {spec['title']}",
        f"{spec['slug']}.jpg",
        lambda: demo_images.asset(f"portrait-{name}.jpg"),
    )
    fields = {k: v for k, v in spec.items() if k not in ("slug", "palette", "techniques", "days")}
    page, created = ensure_child(
        index,
        PractitionerPage,
        spec["slug"],
        photo=photo,
        photo_alt=f"An illustrated portrait of {spec['title']}, smiling.",
        **fields,
    )
    if created:
        page.techniques = [techniques[slug] for slug in spec["techniques"]]
        page.clinic_days = [
            PractitionerClinicDays(location=locations[slug], days=days)
            for slug, days in spec["days"]
        ]
        page.save_revision().publish()
    return page
