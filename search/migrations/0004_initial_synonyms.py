"""Loads the field's first synonym groups; editors extend them in the admin (Fragments)."""

from django.db import migrations


def load(apps, schema_editor):
    from search.synonym_data import INITIAL_SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for name, terms in INITIAL_SYNONYMS:
        if not SynonymGroup.objects.filter(name=name).exists():
            SynonymGroup.objects.create(name=name, terms="\n".join(terms))


def unload(apps, schema_editor):
    from search.synonym_data import INITIAL_SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.filter(name__in=[name for name, _terms in INITIAL_SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonyms_and_statistics")]

    operations = [migrations.RunPython(load, unload)]
