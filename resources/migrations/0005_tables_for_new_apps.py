"""The library's models move to their own apps: their tables take the names those apps expect.

The rows stay where they are; the new apps' first migrations take over the models' state and
their content types, then 0006 removes them from this app's state.
"""

from django.db import migrations

NEW_TABLES = {
    "theme": "taxonomy_theme",
    "audience": "taxonomy_audience",
    "structuretype": "taxonomy_structuretype",
    "posttype": "taxonomy_posttype",
    "region": "taxonomy_region",
    "librarypage": "library_librarypage",
    "libraryrelatedlink": "library_libraryrelatedlink",
    "practiceguidepage": "guides_practiceguidepage",
    "guideattachment": "guides_guideattachment",
    "jobdescriptionpage": "job_descriptions_jobdescriptionpage",
    "downloadcount": "job_descriptions_downloadcount",
}


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_download_counts"),
        # Every migration that used the library's models as they were.
        ("editorial", "0004_collection_names"),
        ("home", "0002_translatable_table_block"),
        ("search", "0005_english_configuration_and_combined_index"),
        ("testimonies", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name=name, table=table) for name, table in NEW_TABLES.items()
    ]
