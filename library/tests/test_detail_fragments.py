"""What a detail page computes once: the parts kept in the site cache (`{% sitefragment %}`: the
chrome, the taxonomy and related items, a job description's downloads panel), read together in
one round trip, rebuilt after a change, never used for a preview; and its own address, once per
request."""

import pytest
from wagtail.models import Page

from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from taxonomy.tests.factories import terms
from testimonies.tests.factories import TestimonyPageFactory
from testing.redis_commands import recorded_redis_commands

pytestmark = pytest.mark.django_db

TERMS = {"themes": ["recrutement"], "audiences": ["precarite"]}


def redis_commands(client, url):
    """The commands (name and keys) a request sends to Redis."""
    with recorded_redis_commands() as sent:
        assert client.get(url).status_code == 200
    return sent


def fragment_reads(sent):
    """[(command, [fragment names])] of the commands that read fragments."""
    reads = []
    for command, *keys in sent:
        # <prefix>:<version>:fragment:<generation>:<name>:<site>:<language>:<page>
        names = [str(key).split(":fragment:")[1].split(":")[1] for key in keys if ":fragment:" in str(key)]
        if names:
            reads.append((command, names))
    return reads


@pytest.mark.parametrize(
    ("factory", "scope", "blocks"),
    [
        (TestimonyPageFactory, "temoignage", {"library-taxonomy", "share-links", "library-related"}),
        (
            JobDescriptionPageFactory,
            "fiche-de-poste",
            {"library-taxonomy", "share-links", "library-related", "downloads"},
        ),
    ],
    ids=["testimony", "job-description"],
)
def test_a_detail_page_reads_all_its_fragments_in_one_round_trip(
    client, site_tree, redis_cache, factory, scope, blocks
):
    page = factory(parent=site_tree["sections"][scope], **TERMS)
    PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Un guide voisin", **TERMS)
    for _ in range(2):
        client.get(page.url)
    sent = redis_commands(client, page.url)
    reads = fragment_reads(sent)
    assert [command for command, _names in reads] == ["MGET"], reads
    shown = {"header", "switcher", "menu", "breadcrumbs", "footer", "hreflang", *blocks}
    assert shown <= set(reads[0][1])
    assert all(command[0] in ("GET", "MGET") for command in sent)  # nothing written: all was cached
    # The generation, what routing reads next, the section page routing goes through and the
    # page itself (in one round trip, instead of SQL queries), the fragments, Wagtail's site root
    # paths (for the request, and once more for `page.full_url` of the Open Graph tags), and the
    # feedback form, kept per address and hour rather than per content generation (feedback_tags).
    assert len(sent) <= 7, [command[:2] for command in sent]
    assert "Un guide voisin" in client.get(page.url).content.decode()


def test_a_preview_renders_its_own_taxonomy_and_leaves_the_cached_block_alone(client, site_tree):
    testimonies = site_tree["sections"]["temoignage"]
    page = TestimonyPageFactory(parent=testimonies, **TERMS)
    PracticeGuidePageFactory(parent=site_tree["sections"]["guide"], title="Sur le recrutement", **TERMS)
    PracticeGuidePageFactory(
        parent=site_tree["sections"]["guide"], title="Sur l'évaluation", themes=["evaluation"]
    )
    html = client.get(page.url).content.decode()  # the taxonomy block is now cached
    assert "?thematique=recrutement" in html and "?thematique=evaluation" not in html

    page.themes = terms("themes", page.locale, ["evaluation"])  # an unsaved edit
    preview = page.make_preview_request().content.decode()
    assert "?thematique=evaluation" in preview and "?thematique=recrutement" not in preview
    assert "Sur l&#x27;évaluation" in preview  # related items follow the previewed terms

    html = client.get(page.url).content.decode()
    assert "?thematique=recrutement" in html and "?thematique=evaluation" not in html


def test_the_taxonomy_block_follows_a_published_change(client, site_tree):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], **TERMS)
    assert "?thematique=evaluation" not in client.get(page.url).content.decode()
    page.themes = terms("themes", page.locale, ["evaluation"])
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "?thematique=evaluation" in html and "?thematique=recrutement" not in html


def test_a_detail_page_reverses_its_own_address_once_per_request(client, site_tree, monkeypatch):
    page = TestimonyPageFactory(parent=site_tree["sections"]["temoignage"], **TERMS)
    client.get(page.url)
    asked = []
    original = Page.get_url_parts

    def get_url_parts(self, request=None):
        if request is not None and self.pk == page.pk:
            asked.append(request)
        return original(self, request=request)

    monkeypatch.setattr(Page, "get_url_parts", get_url_parts)
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert f'"url": "{page.full_url}"' in html  # the JSON-LD
    assert len(asked) == 1
