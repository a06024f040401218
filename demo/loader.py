"""Builds the demo site: home pages, sections, standard pages, library items, settings, users.

Idempotent: a page that already exists (found by its slug under its parent) is left as it is, so
running the loader twice creates nothing the second time.
"""

import datetime
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from demo.data.guides import GUIDES
from demo.data.job_descriptions import JOB_DESCRIPTIONS
from demo.data.pages import HOME, STANDARD_PAGES
from demo.data.pages.sections import SECTIONS
from demo.data.testimonies import TESTIMONIES
from demo.streams import body_stream, simple_stream
from demo.translation import translate_page
from editorial.roles import ADMINISTRATOR, MODERATOR, WRITER
from guides.models import PracticeGuidePage
from home.models import HomeFeaturedItem, HomePage, SiteSettings, StandardPage
from job_descriptions.models import JobDescriptionPage
from library.models import ResourceType
from search.models import LibraryIndexPage
from taxonomy.models import TAXONOMY_FIELDS
from testimonies.models import ConsentRecord, TestimonyPage


def site_address():
    """Host and port of the demo site, as full URLs (canonical, hreflang) should show them."""
    host, _sep, port = os.environ.get("SITE_HOST", "127.0.0.1:8000").partition(":")
    return {"hostname": host, "port": int(port or 80)}


DEMO_ADMIN = {"username": "admin", "password": "pairapair-demo", "email": "admin@example.org"}
# One account per editorial role (groups created by the editorial migrations).
DEMO_ROLE_ACCOUNTS = [
    {
        "username": "redaction",
        "password": "pairapair-redaction",
        "role": WRITER,
        "first_name": "Camille",
        "last_name": "Rédactrice",
        "email": "redaction@example.org",
    },
    {
        "username": "moderation",
        "password": "pairapair-moderation",
        "role": MODERATOR,
        "first_name": "Dominique",
        "last_name": "Modératrice",
        "email": "moderation@example.org",
    },
    {
        "username": "administration",
        "password": "pairapair-administration",
        "role": ADMINISTRATOR,
        "first_name": "Alix",
        "last_name": "Administratrice",
        "email": "administration@example.org",
    },
]


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.fr = Locale.objects.get(language_code="fr")
        self.en = Locale.objects.get(language_code="en")
        self.created = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # -- entry point -----------------------------------------------------------------------

    def load(self):
        self.user = self.ensure_admin()
        self.ensure_role_accounts()
        home, sections, _standard = self.ensure_site_tree()
        items = []
        for data in GUIDES:
            items.append(
                self.ensure_item(sections[ResourceType.GUIDE], PracticeGuidePage, data, self.fill_guide)
            )
        for data in TESTIMONIES:
            # A testimony goes live only with its consent: record it before publishing.
            page = self.ensure_item(
                sections[ResourceType.TESTIMONY],
                TestimonyPage,
                data,
                self.fill_testimony,
                before_publish=self.ensure_consent,
            )
            items.append(page)
        for data in JOB_DESCRIPTIONS:
            items.append(
                self.ensure_item(
                    sections[ResourceType.JOB_DESCRIPTION],
                    JobDescriptionPage,
                    data,
                    self.fill_job_description,
                )
            )
        self.ensure_featured(home, items)
        return self.created

    def ensure_site_tree(self):
        """What every page hangs from, in both languages: the home pages, the sections (by scope),
        the standard pages (by key) and the site settings. Also used by the tests and benchmarks."""
        if getattr(self, "user", None) is None:
            self.user = self.ensure_admin()
        home = self.ensure_home()
        sections = {scope: self.ensure_section(home, scope, data) for scope, data in SECTIONS.items()}
        standard = {key: self.ensure_standard_page(home, key, data) for key, data in STANDARD_PAGES.items()}
        self.ensure_settings(home, standard)
        return home, sections, standard

    # -- users, home, sections ---------------------------------------------------------------

    def ensure_admin(self):
        user_model = get_user_model()
        user = user_model.objects.filter(username=DEMO_ADMIN["username"]).first()
        if user is None:
            user = user_model.objects.create_superuser(**DEMO_ADMIN)
            self.created += 1
        return user

    def ensure_role_accounts(self):
        user_model = get_user_model()
        for account in DEMO_ROLE_ACCOUNTS:
            if user_model.objects.filter(username=account["username"]).exists():
                continue
            group = Group.objects.filter(name=account["role"]).first()
            if group is None:
                raise ValueError(f"missing role {account['role']!r}: run manage.py migrate")
            user = user_model.objects.create_user(
                account["username"],
                account["email"],
                account["password"],
                first_name=account["first_name"],
                last_name=account["last_name"],
            )
            user.groups.add(group)
            self.created += 1

    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.fr, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            data = HOME["fr"]
            home = HomePage(
                title="Accueil",
                slug="accueil",
                locale=self.fr,
                hero_heading=data["hero_heading"],
                introduction=data["introduction"],
            )
            root.add_child(instance=home)
            self.publish(home)
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={**site_address(), "root_page": home, "site_name": "Pair à pair"},
            )
            # Wagtail's "Welcome" page is replaced by our home.
            for page in root.get_children().filter(content_type__model="page"):
                if not page.get_children().exists():
                    page.delete()
        if not home.has_translation(self.en):
            self.translate_home(home)
        return home

    def translate_home(self, home):
        data = HOME["en"]
        english = HomePage(
            title="Home", slug="home", hero_heading=data["hero_heading"], introduction=data["introduction"]
        )
        translate_page(home, english, self.user)
        self.created += 1

    def ensure_section(self, home, scope, data):
        fr, en = data["fr"], data["en"]
        page = LibraryIndexPage.objects.child_of(home).filter(slug=fr["slug"]).first()
        if page is None:
            page = LibraryIndexPage(scope=scope, show_in_menus=data["in_menu"], **fr)
            home.add_child(instance=page)
            self.publish(page)
        if not page.has_translation(self.en):
            english = LibraryIndexPage(scope=scope, show_in_menus=data["in_menu"], **en)
            translate_page(page, english, self.user)
            self.created += 1
        return page

    def ensure_standard_page(self, home, key, data):
        fr = data["fr"]
        page = StandardPage.objects.child_of(home).filter(slug=fr["slug"]).first()
        if page is None:
            page = StandardPage(
                title=fr["title"],
                slug=fr["slug"],
                introduction=fr["introduction"],
                body=body_stream(fr["body"], f"page:{key}"),
                show_in_menus=key == "about",
            )
            home.add_child(instance=page)
            self.publish(page)
        if data.get("en") and not page.has_translation(self.en):
            en = data["en"]
            english = StandardPage(
                title=en["title"],
                slug=en["slug"],
                introduction=en["introduction"],
                body=body_stream(en["body"], f"page:{key}"),
                show_in_menus=key == "about",
            )
            translate_page(page, english, self.user)
            self.created += 1
        return page

    # -- library items -------------------------------------------------------------------------

    def ensure_item(self, section, model, data, fill, before_publish=None):
        fr = data["fr"]
        page = model.objects.child_of(section).filter(slug=fr["slug"]).first()
        if page is None:
            page = model(locale=self.fr, live=False)
            self.fill_common(page, data, fr)
            fill(page, fr, data["key"])
            section.add_child(instance=page)
            self.set_taxonomy(page, data, self.fr)
            if before_publish is not None:
                before_publish(page, data)
            self.publish(page)
        elif before_publish is not None:
            before_publish(page, data)
        if data.get("en") and not page.has_translation(self.en):
            english = model()
            self.fill_common(english, data, data["en"])
            fill(english, data["en"], data["key"])
            translate_page(page, english, self.user)
            self.created += 1
        return page

    def fill_common(self, page, data, text):
        page.title = text["title"]
        page.slug = text["slug"]
        page.summary = text["summary"]
        page.search_description = text.get("search_description", "")
        page.publication_date = datetime.date.fromisoformat(data["publication_date"])

    def set_taxonomy(self, page, data, locale):
        for field_name, model in TAXONOMY_FIELDS.items():
            slugs = data.get(field_name, [])
            terms = list(model.objects.filter(locale=locale, slug__in=slugs))
            missing = set(slugs) - {term.slug for term in terms}
            if missing:
                raise ValueError(f"{data['key']}: unknown {field_name} {sorted(missing)}")
            setattr(page, field_name, terms)

    def fill_guide(self, page, text, key):
        page.for_whom = text["for_whom"]
        page.key_points = simple_stream("point", text["key_points"], f"{key}:points")
        page.body = body_stream(text["body"], f"{key}:body")

    def fill_testimony(self, page, text, key):
        for name in (
            "structure_name",
            "place",
            "period",
            "peer_roles",
            "peer_status",
            "context",
            "actions",
            "outcomes",
        ):
            setattr(page, name, text[name])
        page.key_figures = simple_stream("figure", text["key_figures"], f"{key}:figures")
        page.quotes = simple_stream(
            "quote",
            [{"quote": q["quote"], "role": q["role"], "name": q.get("name", "")} for q in text["quotes"]],
            f"{key}:quotes",
        )
        page.lessons = simple_stream("lesson", text["lessons"], f"{key}:lessons")
        page.sources = simple_stream(
            "source",
            [
                {
                    "title": s["title"],
                    "publisher": s["publisher"],
                    "date": s.get("date") or None,
                    "url": s.get("url", ""),
                }
                for s in text["sources"]
            ],
            f"{key}:sources",
        )

    def fill_job_description(self, page, text, key):
        for name in (
            "job_title",
            "setting",
            "purpose",
            "lived_experience",
            "working_time",
            "contract",
            "pay",
            "reporting_line",
        ):
            setattr(page, name, text[name])
        page.missions = simple_stream("mission", text["missions"], f"{key}:missions")
        page.activities = simple_stream("item", text["activities"], f"{key}:activities")
        page.skills = simple_stream("skill", text["skills"], f"{key}:skills")
        page.support = simple_stream("support", text["support"], f"{key}:support")
        page.vigilance = simple_stream("item", text["vigilance"], f"{key}:vigilance")

    def ensure_consent(self, page, data):
        consent = data.get("consent")
        if consent is None or ConsentRecord.objects.filter(page=page).exists():
            return
        ConsentRecord.objects.create(
            page=page,
            given_by=consent["given_by"],
            given_on=datetime.date.fromisoformat(consent["given_on"]),
            scope=consent["scope"],
            anonymisation=consent.get("anonymisation", ""),
            withdrawal_method=consent["withdrawal"],
            allowed_names="\n".join(consent.get("allowed_names", [])),
            recorded_by=self.user,
        )

    # -- home features and settings -------------------------------------------------------------

    def ensure_featured(self, home, items):
        if home.featured_items.exists():
            return
        picks = [page for page in items if page.has_translation(self.en)][:3]
        home = HomePage.objects.get(pk=home.pk)
        home.featured_items = [
            HomeFeaturedItem(page=page, sort_order=order) for order, page in enumerate(picks)
        ]
        self.publish(home)
        # The English home takes the new picks through a new sync of its translation.
        self.translate_home(home)

    def ensure_settings(self, home, standard):
        site = Site.objects.get(root_page=home)
        settings_obj = SiteSettings.for_site(site)
        if settings_obj.contact_email:
            return
        settings_obj.contact_email = "contact@pair-a-pair.example"
        settings_obj.footer_text_fr = (
            "Pair à pair rassemble guides, témoignages et fiches de poste pour développer le "
            "travail pair dans le social et le médico-social."
        )
        settings_obj.footer_text_en = (
            "Pair à pair gathers guides, testimonies and job descriptions to develop peer work "
            "in social and medico-social services."
        )
        settings_obj.about_page = standard.get("about")
        settings_obj.legal_notice_page = standard.get("legal")
        settings_obj.accessibility_page = standard.get("accessibility")
        settings_obj.save()

    def publish(self, page):
        page.save_revision(user=getattr(self, "user", None)).publish()
        self.created += 1


def load_demo_content(stdout=None):
    with transaction.atomic():
        return DemoLoader(stdout).load()
