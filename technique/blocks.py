from core.blocks import BaseStreamBlock


class TechniqueStreamBlock(BaseStreamBlock):
    """Technique bodies use the shared blocks; technique-only blocks go here."""
