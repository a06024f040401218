"""The consent review task moves to the testimonies app, which owns every consent rule."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("editorial", "0004_collection_names")]

    operations = [
        migrations.AlterModelTable(name="consentreviewtask", table="testimonies_consentreviewtask"),
    ]
