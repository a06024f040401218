"""The base factory of library pages (wagtail-factories): valid with the fewest fields.

`parent` is the section the page goes under. The slug is Wagtail's own, made from the title and
unique among the siblings, as for a page an editor creates. Taxonomy is given by slugs
(`themes=["recrutement"]`…): the terms of the parent's language are set before the page is first
saved. The page is published unless `publish=False` (then it stays a draft, never live): each
concrete factory declares `publish = factory.PostGeneration(publish_unless_false)` last, after what
must exist before the publication (a testimony's consent).
"""

import wagtail_factories

from taxonomy.models import TAXONOMY_FIELDS
from taxonomy.tests.factories import terms


def paragraphs(*texts):
    """A body StreamField value: one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def publish_unless_false(page, create, extracted, **kwargs):
    """The `publish` post-generation hook: `publish=False` keeps the draft."""
    if create and extracted is not False:
        page.save_revision().publish()
        page.refresh_from_db()


class LibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    slug = ""
    live = False
    summary = "Un contenu de la bibliothèque."

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        taxonomy = {name: kwargs.pop(name) for name in TAXONOMY_FIELDS if name in kwargs}
        page = model_class(**kwargs)
        for field_name, slugs in taxonomy.items():
            setattr(page, field_name, terms(field_name, parent.locale, slugs))
        parent.add_child(instance=page)
        return page
