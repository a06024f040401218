"""Builds the demo site: the site tree of home.site_setup with the demo's texts, library items,
the featured items of the home page and one account per role (passwords printed: never in production).

Idempotent: a page that already exists (found by its slug under its parent) is left as it is, so
running the loader twice creates nothing the second time.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale

from core.streams import body_stream, list_items, simple_stream
from core.translation import sync_translation, translate_page
from demo.data.guides import GUIDES
from demo.data.job_descriptions import JOB_DESCRIPTIONS
from demo.data.pages import HOME, LEGAL_IDENTITY, STANDARD_PAGES
from demo.data.testimonies import TESTIMONIES
from editorial.roles import ADMINISTRATOR, MODERATOR, WRITER
from guides.models import PracticeGuidePage
from home.models import HomeFeaturedItem, HomePage
from home.site_setup import SiteBuilder
from home.site_structure import SECTIONS
from job_descriptions.models import JobDescriptionPage
from library.models import ResourceType
from taxonomy.models import TAXONOMY_FIELDS
from testimonies.models import ConsentRecord, TestimonyPage

__all__ = ["DEMO_ADMIN", "DEMO_ROLE_ACCOUNTS", "SECTIONS", "DemoLoader", "load_demo_content"]

DEMO_CONTACT_EMAIL = "contact@pair-a-pair.example"
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
        """What every page hangs from, in both languages, built by home.site_setup with the demo's
        texts: the home pages, the sections (by scope), the standard pages (by key) and the site
        settings. Also used by the tests and benchmarks."""
        if getattr(self, "user", None) is None:
            self.user = self.ensure_admin()
        self.builder = SiteBuilder(
            user=self.user,
            home=HOME,
            standard_pages=STANDARD_PAGES,
            contact_email=DEMO_CONTACT_EMAIL,
            legal_identity=LEGAL_IDENTITY,
        )
        tree = self.builder.build()
        self.created += self.builder.created
        return tree["home"], tree["sections"], tree["standard"]

    # -- users --------------------------------------------------------------------------------

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
        page.missions = simple_stream(
            "mission", _with_item_ids(text["missions"], f"{key}:missions"), f"{key}:missions"
        )
        page.activities = simple_stream("item", text["activities"], f"{key}:activities")
        page.skills = simple_stream("skill", text["skills"], f"{key}:skills")
        page.support = simple_stream(
            "support", _with_item_ids(text["support"], f"{key}:support"), f"{key}:support"
        )
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
        sync_translation(home, self.user)
        self.created += 1

    def publish(self, page):
        page.save_revision(user=getattr(self, "user", None)).publish()
        self.created += 1


def load_demo_content(stdout=None):
    with transaction.atomic():
        return DemoLoader(stdout).load()


def _with_item_ids(values, key):
    """Blocks whose dependent lists (activities, skills) get stable ids: the same in both languages,
    so the translation finds each item."""
    blocks = []
    for index, value in enumerate(values):
        value = dict(value)
        for name in ("activities", "skills"):
            if name in value:
                value[name] = list_items(value[name], f"{key}:{index}:{name}")
        blocks.append(value)
    return blocks
