"""Moderators and administrators read the contact messages; administrators delete them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR = "Modérateur·rice"
ADMINISTRATOR = "Administrateur·rice"
GRANTS = {
    MODERATOR: ["view_contactmessage"],
    ADMINISTRATOR: ["view_contactmessage", "delete_contactmessage"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now.
    app_config = apps.get_app_config("home")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="home", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_site_description_legal_identity_contact"),
        ("editorial", "0002_editorial_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
