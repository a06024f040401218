"""Taxonomy terms. The vocabularies come from the migrations: a page factory names terms by slug
and gets the terms of the page's language; the term factories make new terms when a test needs one."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from taxonomy.models import TAXONOMY_FIELDS, Audience, PostType, Region, StructureType, Theme


def terms(field_name, locale, slugs):
    """The terms of `field_name` ("themes"…) in `locale` named by `slugs`, in that order; an unknown
    slug is a mistake in the test, not a term to leave out."""
    model = TAXONOMY_FIELDS[field_name]
    found = {term.slug: term for term in model.objects.filter(locale=locale, slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise ValueError(f"no {field_name} {missing} in {locale.language_code}")
    return [found[slug] for slug in slugs]


class TermFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    name = factory.Sequence(lambda n: f"Terme {n}")
    slug = factory.Sequence(lambda n: f"terme-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience


class StructureTypeFactory(TermFactory):
    class Meta:
        model = StructureType


class PostTypeFactory(TermFactory):
    class Meta:
        model = PostType


class RegionFactory(TermFactory):
    class Meta:
        model = Region
