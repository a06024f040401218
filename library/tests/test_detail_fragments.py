"""What a detail page computes once: the parts kept in the site cache (`{% sitefragment %}`: the
chrome, the head, the article with its taxonomy and a job description's downloads panel, the
feedback block, the related items), read together in one round trip, rebuilt after a change,
never used for a preview; and its own address, once per request that builds them."""

import pytest
from wagtail.models import Page

from core.site_cache import new_generation
from guides.tests.factories import PracticeGuidePageFactory
from job_descriptions.tests.factories import JobDescriptionPageFactory
from taxonomy.tests.factories import terms
from testimonies.tests.factories import TestimonyPageFactory
from testing.redis_commands import recorded_redis_commands

pytestmark = pytest.mark.django_db

TERMS = {"themes": ["recrutement"], "audiences": ["precarite"]}
DETAIL_FRAGMENTS = {"library-head", "library-article", "feedback", "library-related"}


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
        (TestimonyPageFactory, "temoignage", DETAIL_FRAGMENTS),
        (JobDescriptionPageFactory, "fiche-de-poste", DETAIL_FRAGMENTS),
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
    # The generation, what routing reads next (the section page routing goes through and the
    # page itself, in one round trip instead of SQL queries), then every fragment: the head, the
    # article and the feedback block too, so that nothing else (Wagtail's site root paths for
    # the canonical link and the Open Graph tags, the feedback form) is read.
    assert len(sent) <= 3, [command[:2] for command in sent]
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
    new_generation()  # as after an editor's change: the head and the article are built again
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert f'"url": "{page.full_url}"' in html  # the JSON-LD
    assert len(asked) == 1
    asked.clear()
    assert client.get(page.url).content.decode() == html  # all of it read from the site cache
    assert asked == []
