"""The three editorial roles, their permissions, and the private collection of consent documents.

- Rédacteur·rice: writes, translates and submits pages; cannot publish; uses the public
  "Bibliothèque" collection of documents and images only.
- Modérateur·rice: reviews and publishes, records consent (and its withdrawal), sees every
  collection including the private "Consentements".
- Administrateur·rice: all of the above, plus users, roles, workflows, taxonomy and settings.

Wagtail's default "Editors" and "Moderators" groups are removed when nobody belongs to them, so the
admin lists only these roles.
"""

from django.db import migrations

WRITER = "Rédacteur·rice"
MODERATOR = "Modérateur·rice"
ADMINISTRATOR = "Administrateur·rice"
LIBRARY_COLLECTION = "Bibliothèque"
CONSENT_COLLECTION = "Consentements"

TAXONOMY = ["theme", "audience", "structuretype", "posttype", "region"]

# (app_label, codename) granted to each role, on top of the roles before it.
WRITER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
MODERATOR_PERMISSIONS = WRITER_PERMISSIONS + [
    ("testimonies", "add_consentrecord"),
    ("testimonies", "change_consentrecord"),
    ("testimonies", "view_consentrecord"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
] + [("resources", f"view_{model}") for model in TAXONOMY]
ADMINISTRATOR_PERMISSIONS = MODERATOR_PERMISSIONS + [
    ("testimonies", "delete_consentrecord"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("auth", "view_user"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("auth", "view_group"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("wagtailcore", "delete_workflow"),
    ("wagtailcore", "add_task"),
    ("wagtailcore", "change_task"),
    ("wagtailcore", "delete_task"),
    ("wagtailcore", "add_collection"),
    ("wagtailcore", "change_collection"),
    ("wagtailcore", "delete_collection"),
    ("wagtailcore", "add_locale"),
    ("wagtailcore", "change_locale"),
    ("wagtailcore", "delete_locale"),
    ("home", "change_sitesettings"),
] + [
    ("resources", f"{action}_{model}") for model in TAXONOMY for action in ("add", "change", "delete")
]

PAGE_PERMISSIONS = {
    WRITER: ["add_page", "change_page"],
    MODERATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATOR: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page",
                    "unlock_page"],
}
MEDIA_ACTIONS = {
    WRITER: ["add", "change", "choose"],
    MODERATOR: ["add", "change", "choose", "delete"],
    ADMINISTRATOR: ["add", "change", "choose", "delete"],
}


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; create the ones we need now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def child_collection(Collection, root, name):
    existing = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path, name=name)
    if existing.exists():
        return existing.first()
    last = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path).order_by("-path")
    position = int(last.first().path[-4:], 36) + 1 if last.exists() else 1
    path = root.path + _encode(position)
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return Collection.objects.create(name=name, path=path, depth=root.depth + 1, numchild=0)


def _encode(number):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = alphabet[remainder] + digits
    return digits.rjust(4, "0")


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Document = apps.get_model("wagtaildocs", "Document")
    Image = apps.get_model("wagtailimages", "Image")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    groups = {}
    for name, perms in ((WRITER, WRITER_PERMISSIONS), (MODERATOR, MODERATOR_PERMISSIONS),
                        (ADMINISTRATOR, ADMINISTRATOR_PERMISSIONS)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[permission(app, codename) for app, codename in perms])
        groups[name] = group

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root_page, permission=permission("wagtailcore", codename)
            )

    root = Collection.objects.filter(depth=1).order_by("path").first()
    library = child_collection(Collection, root, LIBRARY_COLLECTION)
    root = Collection.objects.get(pk=root.pk)
    consent = child_collection(Collection, root, CONSENT_COLLECTION)
    # Documents and images already uploaded stay reachable by writers.
    Document.objects.filter(collection=root).update(collection=library)
    Image.objects.filter(collection=root).update(collection=library)

    for name, actions in MEDIA_ACTIONS.items():
        target = library if name == WRITER else root
        for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=target,
                    permission=permission(app_label, f"{action}_{model}"),
                )

    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=consent, defaults={"restriction_type": "groups"}
    )
    restriction.restriction_type = "groups"
    restriction.save()
    restriction.groups.set([groups[MODERATOR], groups[ADMINISTRATOR]])

    for default in ("Editors", "Moderators"):
        Group.objects.filter(name=default, user__isnull=True).delete()


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[WRITER, MODERATOR, ADMINISTRATOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("testimonies", "0001_initial"),
        ("resources", "0002_load_taxonomy"),
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
