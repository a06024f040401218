"""The lockdown scene (a withdrawn testimony and everything the admin shows about it), built once
for the tests that ask for `scene` (a database layer): see lockdown_scene.py."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from testimonies.models import ConsentRecord, TestimonyPage
from testimonies.tests.lockdown_scene import Scene
from testing.database import LAYERS

SCENE_MODELS = {
    "section": Page,
    "french": TestimonyPage,
    "english": TestimonyPage,
    "control": TestimonyPage,
    "record": ConsentRecord,
    "document": get_document_model(),
    "image": get_image_model(),
    "source": TranslationSource,
    "translation": Translation,
}


@pytest.fixture
def lockdown_scene(site_tree):
    return LAYERS.data("lockdown_scene")


@pytest.fixture
def scene(lockdown_scene, writer, moderator):
    """The scene's own instances for this test; `writer` and `moderator` are the scene's users
    (the shared fixtures find them by user name)."""
    keys = lockdown_scene["scene"]
    assert {writer.pk, moderator.pk} == {lockdown_scene["writer"], lockdown_scene["moderator"]}
    found = {name: SCENE_MODELS[name].objects.get(pk=pk) for name, pk in keys.items()}
    return Scene(**{**found, "section": found["section"].specific})
