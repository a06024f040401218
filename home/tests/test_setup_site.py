"""`manage.py setup_site`: the empty site of a production start, on a database as `migrate` leaves
it (the session's site tree removed, Wagtail's "Welcome" page and Site back), at SITE_URL."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision, Site

from editorial.roles import MODERATOR
from home.models import HomeFeaturedItem, HomePage, SiteSettings, StandardPage
from home.site_setup import SiteSetupError, site_address
from library.models import LibraryPage

pytestmark = pytest.mark.django_db

SITE_URL = "https://pair-a-pair.example"
PAGES = [
    "/",
    "/guides/",
    "/temoignages/",
    "/fiches-de-poste/",
    "/recherche/",
    "/a-propos/",
    "/mentions-legales/",
    "/declaration-d-accessibilite/",
    "/en/",
    "/en/guides/",
    "/en/testimonies/",
    "/en/job-descriptions/",
    "/en/search/",
    "/en/about/",
    "/en/legal-notice/",
    "/en/accessibility-statement/",
]


@pytest.fixture
def migrated_only(db, settings):
    """The database as `migrate` alone leaves it: no home, Wagtail's Welcome page as the Site's root."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    welcome = root.add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home", locale=Locale.get_default())
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    settings.SITE_URL = SITE_URL
    return welcome


def setup_site():
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


def test_builds_the_empty_site_in_both_languages(migrated_only, client, django_user_model):
    users = set(django_user_model.objects.values_list("username", flat=True))
    output = setup_site()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("pair-a-pair.example", 443, SITE_URL)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(pk=migrated_only.pk).exists()
    for path in PAGES:
        assert client.get(path).status_code == 200, path
    legal = client.get("/mentions-legales/").content.decode()
    assert "[À compléter : nom ou raison sociale de l&#x27;hébergeur]" in legal  # a site setting
    assert "éditeur et hébergeur des mentions légales à compléter" in output
    assert "[To complete:" in client.get("/en/legal-notice/").content.decode()
    assert f'<link rel="canonical" href="{SITE_URL}/mentions-legales/">' in legal
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"{SITE_URL}/en/legal-notice/" in sitemap and "127.0.0.1" not in sitemap
    # No demo content, no account.
    assert not LibraryPage.objects.exists() and not HomeFeaturedItem.objects.exists()
    assert set(django_user_model.objects.values_list("username", flat=True)) == users
    footer = SiteSettings.for_site(site)
    assert footer.legal_notice_page.specific.slug == "mentions-legales" and footer.contact_email == ""
    assert "Pages à compléter" in output and f"{SITE_URL}/mentions-legales/" in output
    assert "Témoignages : Témoignages : relecture et consentement" in output


def test_runs_again_keep_what_editors_wrote_and_follow_site_url(migrated_only, settings, client):
    setup_site()
    legal = StandardPage.objects.get(slug="mentions-legales", locale__language_code="fr")
    legal.introduction = "Texte de l'éditeur."
    legal.save_revision().publish()
    footer = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    footer.footer_text_fr = "Pied de page de l'éditeur."
    footer.save()
    pages, revisions = Page.objects.count(), Revision.objects.count()

    settings.SITE_URL = "http://pair-a-pair.example:8080"
    output = setup_site()

    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert StandardPage.objects.get(pk=legal.pk).introduction == "Texte de l'éditeur."
    assert SiteSettings.objects.get(pk=footer.pk).footer_text_fr == "Pied de page de l'éditeur."
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("pair-a-pair.example", 8080)
    assert "Adresse du site Wagtail : http://pair-a-pair.example:8080" in output
    html = client.get("/en/").content.decode()
    assert '<link rel="canonical" href="http://pair-a-pair.example:8080/en/">' in html
    assert "Déjà en place : rien à créer ni à changer." in setup_site()


@pytest.mark.parametrize(
    "url, address",
    [
        ("https://pair-a-pair.fr", {"hostname": "pair-a-pair.fr", "port": 443}),
        ("https://pair-a-pair.fr/", {"hostname": "pair-a-pair.fr", "port": 443}),
        ("http://127.0.0.1:8000", {"hostname": "127.0.0.1", "port": 8000}),
        ("http://pair-a-pair.fr", {"hostname": "pair-a-pair.fr", "port": 80}),
    ],
)
def test_site_address(url, address):
    assert site_address(url) == address


@pytest.mark.parametrize(
    "url",
    [
        "pair-a-pair.fr",
        "https://pair-a-pair.fr:8443",
        "ftp://pair-a-pair.fr",
        "https://x.fr/site",
        "http://x:y",
    ],
)
def test_an_address_wagtail_cannot_write_is_refused(url):
    with pytest.raises(SiteSetupError, match="SITE_URL"):
        site_address(url)


def test_refuses_without_the_roles_of_the_migrations(migrated_only):
    Group.objects.filter(name=MODERATOR).delete()
    with pytest.raises(CommandError, match="migrate"):
        setup_site()
    assert not HomePage.objects.exists()
