"""Builds the demo site. Every step finds before it creates, so it is idempotent."""

import io
import json
import uuid
from datetime import time

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtailseo.models import SeoSettings

from core.models import ClinicSettings
from core.siteurl import apply_site_url
from demo import content
from home.models import HomePage
from technique.models import TechniqueIndexPage, TechniquePage

SOT_SLUG = "sacro-occipital-technique"


def ensure_home():
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's migration leaves a placeholder welcome page; the clinic home replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(instance=HomePage(slug="home", **content.HOME))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.id or site.site_name != content.CLINIC["name"]:
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.root_page = home
        site.site_name = content.CLINIC["name"]
        site.save()
    apply_site_url(site)
    return home, site


def ensure_clinic_settings(site):
    # Created here rather than by the first visitor, whose view would then purge every cache.
    SeoSettings.for_site(site)
    clinic = ClinicSettings.for_site(site)
    if clinic.pk and clinic.name:
        return clinic
    for field, value in content.CLINIC.items():
        setattr(clinic, field, value)
    clinic.opening_hours = [
        ("hours", {"weekday": day, "opens": _time(opens), "closes": _time(closes)})
        for day, opens, closes in content.OPENING_HOURS
    ]
    clinic.save()
    return clinic


def ensure_in_menu(page):
    """Show ``page`` in the header menu, publishing that change only when it is one."""
    if not page.show_in_menus:
        page.show_in_menus = True
        page.save_revision().publish()


def ensure_share_image(site):
    """The picture shared for any page that has none of its own."""
    from demo import images as demo_images

    seo = SeoSettings.for_site(site)
    if seo.og_image_default_id is None:
        seo.og_image_default = demo_images.ensure_image(
            "Harbourview: soft waves in the clinic's colours",
            "share.jpg",
            lambda: demo_images.waves("sea", size=(1200, 630)),
        )
        seo.save()


def ensure_featured(home, techniques):
    chosen = set(home.featured_techniques.values_list("technique_id", flat=True))
    missing = [page for page in techniques if page.pk not in chosen]
    # In the order given, after any already chosen, as the editor's inline list keeps them.
    start = home.featured_techniques.count()
    for order, page in enumerate(missing, start=start):
        home.featured_techniques.create(technique=page, sort_order=order)
    if missing:
        home.save_revision().publish()


def ensure_child(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return page, True


def ensure_demo_image(title="Padded pelvic blocks on a treatment table"):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    image = Image(title=title, file=ImageFile(_illustration(), name="sot-blocks.jpg"))
    image.save()
    return image


def ensure_technique_pages(home):
    index, _ = ensure_child(
        home,
        TechniqueIndexPage,
        content.INDEX["slug"],
        **{k: v for k, v in content.INDEX.items() if k != "slug"},
    )
    ensure_in_menu(index)
    image = ensure_demo_image()
    sot, _ = ensure_child(
        index,
        TechniquePage,
        SOT_SLUG,
        title="Sacro Occipital Technique (SOT)",
        summary=content.SOT_SUMMARY,
        hero_image=image,
        hero_image_alt="Two padded wedge-shaped blocks resting on a treatment table.",
        body=json.dumps(sot_body(index, image)),
        search_description=(
            "Sacro Occipital Technique (SOT) at Harbourview Chiropractic: gentle "
            "pelvic blocking that uses gravity instead of a thrust. Learn how it works."
        ),
    )
    return index, sot


def sot_body(index, image):
    def block(kind, value):
        return {"type": kind, "value": value}

    return [
        block("heading", {"text": "The pelvis: your body's foundation", "level": "h2"}),
        block(
            "rich_text",
            "<p>The pelvis carries the weight of everything above it. When it "
            "tilts or twists, even slightly, the rest of the body adapts: the "
            "spine curves to keep your eyes level, muscles tighten on one side "
            "and joints further up take strain they were not built for. SOT "
            "starts by finding and easing that imbalance at its base.</p>",
        ),
        block("heading", {"text": "Linking the sacrum and the skull", "level": "h2"}),
        block(
            "rich_text",
            "<p>The sacrum, at the back of the pelvis, and the occiput, at the "
            "base of the skull, are joined by the spinal cord and its tough "
            "protective covering, the dura. Like the string of a harp fixed at "
            "both ends, tension at one end is felt at the other. That is why an "
            "SOT practitioner may gently assess your head and neck as well as "
            "your pelvis.</p>",
        ),
        block(
            "quote",
            {
                "text": "Think of the spinal cord's covering as a harp string: when one end "
                "is pulled out of place, the whole string changes its tone.",
                "attribution": "",
                "style": "callout",
            },
        ),
        block("heading", {"text": "Pelvic blocking: gravity instead of a thrust", "level": "h2"}),
        block(
            "rich_text",
            "<p>After a short assessment places you in one of SOT's three "
            "<em>categories</em>, we position padded, wedge-shaped blocks under "
            "your pelvis while you lie comfortably. Your own body weight and "
            "gravity then do the correcting, slowly, over a few minutes. There "
            "is no twisting and no sudden movement.</p>"
            f'<p>Read about our <a linktype="page" id="{index.id}">other techniques</a>.</p>',
        ),
        block(
            "image",
            {
                "image": session_image().id,
                "alt_text": "A patient lies face down on a treatment table with two padded "
                "blocks under the pelvis.",
                "caption": "SOT blocks are placed according to your category analysis.",
            },
        ),
        block(
            "benefits",
            {
                "heading": "Who SOT suits",
                "intro": "SOT is often a good fit for people who:",
                "items": list_items(
                    {"title": title, "description": description}
                    for title, description in content.SOT_BENEFITS
                ),
            },
        ),
        block("cta", {"text": "Book online", "action": "book", "page": None, "link_url": ""}),
        block(
            "faq",
            {
                "heading": "SOT questions",
                "items": list_items({"question": q, "answer": a} for q, a in content.SOT_FAQS),
            },
        ),
        block(
            "cta",
            {
                "text": "Prefer to talk? Call the clinic",
                "action": "call",
                "page": None,
                "link_url": "",
            },
        ),
    ]


def list_items(values):
    """ListBlock's stored form: each item carries a type and a stable id."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _time(value):
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes)).isoformat()


def session_image():
    """The SOT page's second picture: a session, not the blocks its hero already shows."""
    from demo import images as demo_images

    return demo_images.ensure_image(
        "A patient resting on SOT blocks", "sot-session.jpg", demo_images.sot_session
    )


def _illustration():
    """A simple drawn picture, so the demo needs no downloaded media."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    img = PILImage.new("RGB", (1600, 900), "#e8f0f3")
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 620, 1600, 900], fill="#c9d6de")
    draw.rounded_rectangle([180, 520, 1420, 640], radius=30, fill="#0b4f6c")
    for x in (520, 900):
        draw.polygon([(x, 520), (x + 220, 520), (x + 220, 400)], fill="#a3361f")
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=85)
    buffer.seek(0)
    return buffer
