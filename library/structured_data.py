"""The JSON-LD of a library page: an Article (guides, testimonies), which a job description turns
into a DigitalDocument with its files (job_descriptions/models.py)."""

from django.utils import timezone, translation

from core.structured_data import SCHEMA, headline


def modified_date(page):
    """When the version readers see was published, never before the date the page shows."""
    published = page.last_published_at
    if published is None or timezone.localtime(published).date() < page.publication_date:
        return page.publication_date.isoformat()
    return timezone.localtime(published).isoformat(timespec="seconds")


def article(page, request, publisher, image, terms):
    """schema.org Article of `page`; `image` is its social card image, `terms` its taxonomy."""
    url = page.get_full_url(request)
    with translation.override(page.language_code):
        section = str(page.get_resource_type_display())
    data = {
        "@context": SCHEMA,
        "@type": "Article",
        "headline": headline(page.title),
        "name": page.title,
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "dateModified": modified_date(page),
        "inLanguage": page.language_code,
        "url": url,
        "mainEntityOfPage": url,
        "author": publisher,
        "publisher": publisher,
        "articleSection": section,
        "isAccessibleForFree": True,
    }
    if image is not None:
        data["image"] = {
            "@type": "ImageObject",
            "url": image["url"],
            "width": image["width"],
            "height": image["height"],
        }
    keywords = [term.name for values in terms.values() for term in values]
    if keywords:
        data["keywords"] = ", ".join(dict.fromkeys(keywords))
    return data
