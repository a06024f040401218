from django.db import migrations


def load(apps, schema_editor):
    from taxonomy.loader import load_taxonomy

    load_taxonomy(apps.get_model, app_label="resources")


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
