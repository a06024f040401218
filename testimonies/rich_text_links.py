"""Rich-text links to a withdrawn testimony give away neither its address nor its slug.

Wagtail's page link handlers are replaced (same identifiers, registered after Wagtail's own):
- on the site and in previews, a link to a withdrawn testimony renders as its text alone;
- in the Draftail editor, the link keeps the page id (so it stays a page link an editor can
  remove or change) but no URL: the editor's tooltip would otherwise show the slug.
"""

from django.utils.html import escape
from wagtail import hooks
from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from testimonies.visibility import withdrawn_translation_keys


def _withdrawn(pages):
    """The ids of the `pages` (specific) that belong to a withdrawn testimony family."""
    from testimonies.models import TestimonyPage

    testimonies = [page for page in pages if isinstance(page, TestimonyPage)]
    if not testimonies:
        return set()
    keys = withdrawn_translation_keys()
    return {page.pk for page in testimonies if page.translation_key in keys}


class ConsentAwarePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        hidden = _withdrawn([page for page in pages if page is not None])
        return [
            f'<a href="{escape(page.localized.url)}">'
            if page is not None and page.pk not in hidden
            else "<a>"
            for page in pages
        ]


class ConsentAwarePageLinkElementHandler(PageLinkElementHandler):
    def get_attribute_data(self, attrs):
        page = Page.objects.filter(id=attrs.get("id") or 0).specific().first()
        if page is not None and _withdrawn([page]):
            return {"id": page.pk, "url": None, "parentId": None}
        return super().get_attribute_data(attrs)


@hooks.register("register_rich_text_features", order=100)
def replace_page_link_handlers(features):
    features.register_link_type(ConsentAwarePageLinkHandler)
    features.register_converter_rule(
        "contentstate",
        "link",
        {
            "from_database_format": {
                "a[href]": ExternalLinkElementHandler("LINK"),
                'a[linktype="page"]': ConsentAwarePageLinkElementHandler("LINK"),
            },
            "to_database_format": {"entity_decorators": {"LINK": link_entity}},
        },
    )
