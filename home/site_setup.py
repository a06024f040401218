"""Builds what every page hangs from, in French and English: the home pages, the sections (by
scope), the search page, the standard pages, the site settings, and the Wagtail Site at the
public address `settings.SITE_URL`. The roles and workflows come from the migrations; the set-up
checks they are there (the sections get their workflow when created, see search/signals.py).

Used by `manage.py setup_site` (a new site, with its text to complete) and by the demo loader
(with the demo's texts). Idempotent: a page found by its slug under its parent is left as it is,
a translation is made only when missing, a site setting is filled only while empty; only the
Site's address follows SITE_URL on every run. Creates no user.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site, Workflow

from core.streams import body_stream
from core.translation import translate_page
from editorial.roles import REVIEW_WORKFLOW, ROLES, TESTIMONY_WORKFLOW
from home import site_structure
from home.models import HomePage, SiteSettings, StandardPage
from search.models import LibraryIndexPage

WORKFLOWS = [REVIEW_WORKFLOW, TESTIMONY_WORKFLOW]


class SiteSetupError(Exception):
    """The site cannot be set up as asked (the message says why, in French, for the operator)."""


def site_address(url=None):
    """The Wagtail Site's hostname and port for a public address such as https://pair-a-pair.fr.

    Wagtail writes full URLs from the port alone: 443 gives https://host, 80 http://host, any
    other port http://host:port. An https address on another port cannot be written, so it is refused.
    """
    url = url if url is not None else settings.SITE_URL
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SiteSetupError(
            "SITE_URL doit être l'adresse publique du site, par exemple https://pair-a-pair.fr "
            f"(reçu : {url!r})."
        )
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise SiteSetupError(f"SITE_URL ne doit contenir ni chemin ni paramètres (reçu : {url!r}).")
    default_port = 443 if parts.scheme == "https" else 80
    port = port or default_port
    if (parts.scheme == "https") != (port == 443):
        raise SiteSetupError(
            "SITE_URL : Wagtail n'écrit une adresse en https que sur le port 443, et en http sur "
            f"un autre port (reçu : {url!r})."
        )
    return {"hostname": parts.hostname, "port": port}


def missing_roles_and_workflows():
    """The editorial roles and workflows (created by the migrations) that cannot be found."""
    present_roles = set(Group.objects.filter(name__in=ROLES).values_list("name", flat=True))
    present_workflows = set(
        Workflow.objects.filter(name__in=WORKFLOWS, active=True).values_list("name", flat=True)
    )
    return [name for name in ROLES if name not in present_roles] + [
        name for name in WORKFLOWS if name not in present_workflows
    ]


class SiteBuilder:
    """`SiteBuilder().build()` gives {"home", "sections", "standard", "site"}; the texts default to
    those of a new site (home/site_structure/), the demo passes its own."""

    def __init__(
        self,
        user=None,
        home=None,
        standard_pages=None,
        footer=None,
        contact_email="",
        site_url=None,
        description=None,
        legal_identity=None,
    ):
        self.user = user
        self.home_texts = home or site_structure.HOME
        self.standard_texts = standard_pages or site_structure.STANDARD_PAGES
        self.footer = footer or site_structure.FOOTER
        self.contact_email = contact_email
        self.description = description or site_structure.DESCRIPTION
        self.legal_identity = legal_identity or site_structure.LEGAL_IDENTITY
        self.address = site_address(site_url)
        self.fr = Locale.objects.get(language_code="fr")
        self.en = Locale.objects.get(language_code="en")
        self.created = 0  # pages published or translated
        self.changes = []  # what changed, in French, for the command's report

    def build(self):
        missing = missing_roles_and_workflows()
        if missing:
            raise SiteSetupError(
                "Rôles ou circuits de relecture absents : "
                + ", ".join(missing)
                + ". Lancez d'abord « manage.py migrate »."
            )
        with transaction.atomic():
            home = self.ensure_home()
            sections = {
                scope: self.ensure_section(home, scope, data)
                for scope, data in site_structure.SECTIONS.items()
            }
            standard = {
                key: self.ensure_standard_page(home, key, data) for key, data in self.standard_texts.items()
            }
            site = Site.objects.get(root_page=home)
            self.ensure_settings(site, standard)
        return {"home": home, "sections": sections, "standard": standard, "site": site}

    # -- the home pages and the Site ---------------------------------------------------------

    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.fr, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            data = self.home_texts["fr"]
            home = HomePage(
                title="Accueil",
                slug="accueil",
                locale=self.fr,
                hero_heading=data["hero_heading"],
                introduction=data["introduction"],
            )
            root.add_child(instance=home)
            self.publish(home)
            self.changes.append("Page d'accueil créée.")
        self.ensure_site(home)
        self.remove_welcome_page(home)
        if not home.has_translation(self.en):
            self.translate_home(home)
        return home

    def remove_welcome_page(self, home):
        """Wagtail's "Welcome to your new Wagtail site!" page, once no Site shows it any more."""
        root = home.get_parent()
        plain = root.get_children().filter(content_type__app_label="wagtailcore", content_type__model="page")
        for page in plain:
            if not page.get_children().exists() and not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.changes.append("Page « Welcome » de Wagtail supprimée.")

    def ensure_site(self, home):
        """The default Site shows the French home, at the address of SITE_URL."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME, root_page=home)
            self.changes.append("Site Wagtail créé.")
        changed = site.pk is None
        if site.root_page_id != home.pk and not HomePage.objects.filter(pk=site.root_page_id).exists():
            site.root_page = home
            changed = True
            self.changes.append("Le site Wagtail montre la page d'accueil.")
        if not site.site_name:
            site.site_name = settings.WAGTAIL_SITE_NAME
            changed = True
        if (site.hostname, site.port) != (self.address["hostname"], self.address["port"]):
            site.hostname, site.port = self.address["hostname"], self.address["port"]
            changed = True
            self.changes.append(f"Adresse du site Wagtail : {site.root_url}")
        if changed:
            site.save()
        return site

    def translate_home(self, home):
        data = self.home_texts["en"]
        english = HomePage(
            title="Home", slug="home", hero_heading=data["hero_heading"], introduction=data["introduction"]
        )
        translate_page(home, english, self.user)
        self.created += 1

    # -- sections and standard pages ---------------------------------------------------------

    def ensure_section(self, home, scope, data):
        fr, en = data["fr"], data["en"]
        page = LibraryIndexPage.objects.child_of(home).filter(slug=fr["slug"]).first()
        if page is None:
            page = LibraryIndexPage(scope=scope, show_in_menus=data["in_menu"], **fr)
            home.add_child(instance=page)
            self.publish(page)
            self.changes.append(f"Rubrique « {fr['title']} » créée.")
        if not page.has_translation(self.en):
            english = LibraryIndexPage(scope=scope, show_in_menus=data["in_menu"], **en)
            translate_page(page, english, self.user)
            self.created += 1
        return page

    def ensure_standard_page(self, home, key, data):
        page = StandardPage.objects.child_of(home).filter(slug=data["fr"]["slug"]).first()
        if page is None:
            page = self.standard_page(key, data["fr"])
            home.add_child(instance=page)
            self.publish(page)
            self.changes.append(f"Page « {data['fr']['title']} » créée.")
        if data.get("en") and not page.has_translation(self.en):
            translate_page(page, self.standard_page(key, data["en"]), self.user)
            self.created += 1
        return page

    def standard_page(self, key, text):
        return StandardPage(
            title=text["title"],
            slug=text["slug"],
            introduction=text["introduction"],
            body=body_stream(text["body"], f"page:{key}"),
            show_in_menus=key == "about",
        )

    # -- settings -----------------------------------------------------------------------------

    def ensure_settings(self, site, standard):
        """Fills the site settings that are still empty; what an editor wrote stays."""
        settings_obj = SiteSettings.for_site(site)
        values = {
            "contact_email": self.contact_email,
            "footer_text_fr": self.footer["fr"],
            "footer_text_en": self.footer["en"],
            "about_page": standard.get("about"),
            "legal_notice_page": standard.get("legal"),
            "accessibility_page": standard.get("accessibility"),
            "description_fr": self.description["fr"],
            "description_en": self.description["en"],
            **self.legal_identity,
        }
        filled = [name for name, value in values.items() if value and not getattr(settings_obj, name)]
        for name in filled:
            setattr(settings_obj, name, values[name])
        if filled:
            settings_obj.save()
            labels = [str(SiteSettings._meta.get_field(name).verbose_name) for name in filled]
            self.changes.append("Réglages du site remplis : " + ", ".join(labels) + ".")

    def publish(self, page):
        page.save_revision(user=self.user).publish(user=self.user)
        self.created += 1
