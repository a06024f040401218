"""Structured data (schema.org JSON-LD) and the social cards of pages: the pieces every page shares.

Builders return plain dicts; `json_ld_script` writes one as a `<script type="application/ld+json">`
block through core/safe_json.py, so a title typed as `</script>` stays data. The page types add
their own (library/structured_data.py: Article, DigitalDocument; home: WebSite).

A page says what its social card shows with `social_card()` (kicker, title, image, OpenGraph
type); a page without one gets the site's name over its title. The site's publisher comes from
the site settings (home.SiteSettings), read by name: `publisher_name`, `contact_email`,
`mastodon_url`, `linkedin_url`.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Site

from core import safe_json

SCHEMA = "https://schema.org"
# OpenGraph's locales for the site's languages.
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
DESCRIPTION_LENGTH = 200
HEADLINE_LENGTH = 110
ORGANIZATION_ID = "#organisation"
WEBSITE_ID = "#site"


def json_ld_script(data):
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(safe_json.dumps(data)))


def site_root_url(request):
    """The site's address without a trailing slash, as Wagtail's Site knows it."""
    site = Site.find_for_request(request) if request is not None else None
    return (site.root_url if site is not None else settings.SITE_URL).rstrip("/")


def absolute(request, url):
    """`url` (a path or an absolute URL) as an absolute URL on the site."""
    if not url or "://" in url:
        return url
    return site_root_url(request) + url


def organization(request, site_settings=None):
    """The publisher of the site, from its settings (its name, else the site's)."""
    root = site_root_url(request)
    data = {
        "@type": "Organization",
        "@id": root + "/" + ORGANIZATION_ID,
        "name": (getattr(site_settings, "publisher_name", "") or "").strip() or settings.WAGTAIL_SITE_NAME,
        "url": root + "/",
        "logo": {"@type": "ImageObject", "url": absolute(request, static("img/apple-touch-icon.png"))},
    }
    email = getattr(site_settings, "contact_email", "")
    if email:
        data["email"] = email
    same_as = [
        url for url in (getattr(site_settings, name, "") for name in ("mastodon_url", "linkedin_url")) if url
    ]
    if same_as:
        data["sameAs"] = same_as
    return data


def breadcrumb_list(items):
    """BreadcrumbList of [(name, absolute URL)], from the home page to the page itself."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def page_description(page, fallback=""):
    """What describes the page to search engines and social cards, at most 200 characters."""
    text = (
        getattr(page, "search_description", "")
        or getattr(page, "summary", "")
        or strip_tags(getattr(page, "introduction", "") or "")
        or fallback
        or ""
    )
    return Truncator(" ".join(str(text).split())).chars(DESCRIPTION_LENGTH)


def headline(title):
    return Truncator(title).chars(HEADLINE_LENGTH)


def social_card(page):
    """{"kicker", "title", "image", "type"}: the page's own `social_card()`, else the site's name
    over the page's title."""
    own = getattr(page, "social_card", None)
    card = {"kicker": settings.WAGTAIL_SITE_NAME, "title": page.seo_title or page.title, "image": None}
    card["type"] = "website"
    if callable(own):
        card.update(own())
    return card
