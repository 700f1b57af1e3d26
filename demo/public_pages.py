"""The public pages every budget, axe and Lighthouse check walks."""

SOT_PATH = "/techniques/sacro-occipital-technique/"

PUBLIC_PAGES = {
    "home": "/",
    "techniques": "/techniques/",
    "sot": SOT_PATH,
    "practitioners": "/practitioners/",
    "practitioner": "/practitioners/dr-maya-okafor/",
    "locations": "/locations/",
    "location": "/locations/harbour-road/",
    "new-patients": "/new-patients/",
    "faq": "/faq/",
    "book": "/book/",
    "contact": "/contact/",
    "privacy": "/privacy/",
    "conditions": "/conditions/",
    "condition": "/conditions/sciatica/",
    "accessibility": "/accessibility/",
}

# Each page's Spanish twin, as seed_demo translates it (demo/spanish.py).
SPANISH_PAGES = {
    "home": "/es/",
    "techniques": "/es/tecnicas/",
    "sot": "/es/tecnicas/tecnica-sacro-occipital/",
    "practitioners": "/es/quiropracticos/",
    "practitioner": "/es/quiropracticos/dra-maya-okafor/",
    "locations": "/es/ubicaciones/",
    "location": "/es/ubicaciones/harbour-road/",
    "new-patients": "/es/pacientes-nuevos/",
    "faq": "/es/preguntas-frecuentes/",
    "book": "/es/pedir-cita/",
    "contact": "/es/contacto/",
    "privacy": "/es/privacidad/",
    "conditions": "/es/afecciones/",
    "condition": "/es/afecciones/ciatica/",
    "accessibility": "/es/accesibilidad/",
}

# Both languages, the Spanish ones named "es-<name>": what the browser checks walk.
EVERY_PAGE = {**PUBLIC_PAGES, **{f"es-{name}": path for name, path in SPANISH_PAGES.items()}}

# Pages whose purpose is a form: the only ones allowed to load JavaScript.
FORM_PAGES = {"book", "contact"}


def fetch(client, name):
    """GET a public page of the demo site with the Django test client; it must be there."""
    response = client.get(PUBLIC_PAGES[name])
    assert response.status_code == 200, (
        f"{PUBLIC_PAGES[name]} ({name}): HTTP {response.status_code}"
    )
    return response
