"""Builds a large library in bulk: rows inserted table by table, tree paths computed here, the
search index written in chunks. Adding pages one by one (`add_child`, ~30 ms each) would take
minutes for 10,000 pages; this takes seconds.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from benchmarks.search.corpus import Corpus
from guides.models import PracticeGuidePage
from job_descriptions.models import JobDescriptionPage
from library.models import LibraryPage
from taxonomy.models import TAXONOMY_FIELDS
from testimonies.models import TestimonyPage

CHUNK = 500
# Share of each kind of content in the generated library.
MIX = [
    (PracticeGuidePage, "guide", 0.5),
    (TestimonyPage, "temoignage", 0.3),
    (JobDescriptionPage, "fiche-de-poste", 0.2),
]


def rich(corpus, count):
    return "".join(f"<p>{corpus.paragraph()}</p>" for _ in range(count))


def fill_guide(page, corpus):
    page.for_whom = corpus.sentence()
    page.key_points = [{"type": "point", "value": corpus.sentence()[:300]} for _ in range(3)]
    page.body = [
        {"type": "paragraph", "value": f"<p>{corpus.paragraph()}</p>"}
        for _ in range(corpus.rng.randint(3, 5))
    ]


def fill_testimony(page, corpus):
    page.structure_name = f"Une structure de {corpus.place()}"
    page.place = corpus.place()
    page.peer_roles = corpus.paragraph((1, 2))
    page.context = rich(corpus, 1)
    page.actions = rich(corpus, 2)
    page.outcomes = rich(corpus, 1)
    page.lessons = [{"type": "lesson", "value": corpus.sentence()[:400]} for _ in range(2)]


def fill_job_description(page, corpus):
    page.job_title = corpus.rng.choice(["Travailleur pair", "Médiateur de santé pair", "Pair-aidant"])
    page.setting = corpus.paragraph((1, 2))
    page.purpose = corpus.paragraph((1, 2))
    page.lived_experience = corpus.sentence()
    page.missions = [
        {"type": "mission", "value": {"kind": "relational", "text": corpus.sentence()}} for _ in range(4)
    ]
    page.skills = [{"type": "skill", "value": {"kind": "experience", "text": corpus.sentence()}}]
    page.support = [{"type": "support", "value": {"kind": "supervision", "text": corpus.sentence()}}]
    page.working_time = "Temps plein"
    page.contract = "CDI"
    page.reporting_line = "Chef de service"


FILL = {
    PracticeGuidePage: fill_guide,
    TestimonyPage: fill_testimony,
    JobDescriptionPage: fill_job_description,
}


def vocabulary(locale_id):
    return {
        field_name: list(model.objects.filter(locale_id=locale_id).values_list("pk", flat=True))
        for field_name, model in TAXONOMY_FIELDS.items()
    }


def child_path(parent_path, depth, step):
    return Page._get_path(parent_path, depth, step)


def insert(model, objs, returning=False):
    fields = [field for field in model._meta.local_concrete_fields if not (returning and field.primary_key)]
    returning_fields = [model._meta.pk] if returning else None
    return model._base_manager._insert(objs, fields=fields, returning_fields=returning_fields)


def add_pages(sections, count, seed=2026, corpus=None):
    """Adds `count` published library pages under the section index pages {scope: page}."""
    corpus = corpus or Corpus(seed)
    now = timezone.now()
    created = []
    for model, scope, share in MIX:
        section = Page.objects.get(pk=sections[scope].pk)
        number = round(count * share) if model is not MIX[-1][0] else count - len(created)
        terms = vocabulary(section.locale_id)
        content_type = ContentType.objects.get_for_model(model)
        pages = []
        for index in range(number):
            step = section.numchild + index + 1
            title = corpus.title(step)
            slug = f"{scope}-{step}"
            page = model(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale_id=section.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                path=child_path(section.path, section.depth + 1, step),
                depth=section.depth + 1,
                numchild=0,
                url_path=f"{section.url_path}{slug}/",
                resource_type=scope,
                summary=corpus.summary(),
                publication_date=corpus.date(),
                reading_time=3,
            )
            FILL[model](page, corpus)
            page.bench_terms = {
                "themes": corpus.pick(terms["themes"], 1, 3),
                "audiences": corpus.pick(terms["audiences"], 0, 2),
                "structure_types": corpus.pick(terms["structure_types"], 0, 2),
                "post_types": corpus.pick(terms["post_types"], 0, 1),
                "regions": corpus.pick(terms["regions"], 1, 1),
            }
            pages.append(page)
        with transaction.atomic():
            for start in range(0, len(pages), CHUNK):
                chunk = pages[start : start + CHUNK]
                for page, row in zip(chunk, insert(Page, chunk, returning=True), strict=True):
                    page.id = page.page_ptr_id = page.librarypage_ptr_id = row[0]
                insert(LibraryPage, chunk)
                insert(model, chunk)
                link_terms(chunk)
            Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(pages))
        created.extend(pages)
    return created


def link_terms(pages):
    for field_name in TAXONOMY_FIELDS:
        field = LibraryPage._meta.get_field(field_name)
        through = field.remote_field.through
        source, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            [
                through(**{source: page.pk, target: term})
                for page in pages
                for term in page.bench_terms[field_name]
            ]
        )


def index_pages(pages):
    """Writes the pages to every search backend, a chunk at a time (one INSERT per chunk)."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    related = list(TAXONOMY_FIELDS)
    for model, ids in by_model.items():
        for start in range(0, len(ids), CHUNK):
            chunk = list(model.objects.filter(pk__in=ids[start : start + CHUNK]).prefetch_related(*related))
            for backend in get_search_backends():
                backend.add_bulk(model, chunk)
