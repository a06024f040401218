"""Creates or updates the taxonomy in French and English; used by a data migration."""

import uuid

from taxonomy import data as taxonomy_data

NAMESPACE = uuid.UUID("6f0d3b36-3c1b-4d59-9a3c-0d6b1f7e2a11")

VOCABULARIES = [
    ("Theme", taxonomy_data.THEMES),
    ("Audience", taxonomy_data.AUDIENCES),
    ("StructureType", taxonomy_data.STRUCTURE_TYPES),
    ("PostType", taxonomy_data.POST_TYPES),
    ("Region", taxonomy_data.REGIONS),
]


def translation_key(model_name, slug):
    return uuid.uuid5(NAMESPACE, f"{model_name}:{slug}")


def load_taxonomy(get_model, app_label="taxonomy"):
    """`get_model(app_label, model_name)`: the migration's apps.get_model, or Django's; `app_label`:
    the app that holds the vocabularies in that state (the first migrations knew it as "resources")."""
    locale_model = get_model("wagtailcore", "Locale")
    locales = {code: locale_model.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")}
    for model_name, rows in VOCABULARIES:
        model = get_model(app_label, model_name)
        for order, row in enumerate(rows):
            slug, name_fr, name_en = row[:3]
            extra = {"insee_code": row[3]} if model_name == "Region" else {}
            key = translation_key(model_name, slug)
            for code, name in (("fr", name_fr), ("en", name_en)):
                model.objects.update_or_create(
                    locale=locales[code],
                    slug=slug,
                    defaults={"name": name, "sort_order": order, "translation_key": key, **extra},
                )
