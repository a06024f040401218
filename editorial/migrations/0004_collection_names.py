"""French, unambiguous collection names: the root, and the public collection (not to be confused with
the "Bibliothèque" page listing of the admin menu)."""

from django.db import migrations

RENAMES = [(1, "Root", "Racine"), (2, "Bibliothèque", "Documents publics")]


def rename(apps, schema_editor, backwards=False):
    Collection = apps.get_model("wagtailcore", "Collection")
    for depth, old, new in RENAMES:
        source, target = (new, old) if backwards else (old, new)
        Collection.objects.filter(depth=depth, name=source).update(name=target)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0003_editorial_workflows")]

    operations = [migrations.RunPython(rename, rename_back)]
