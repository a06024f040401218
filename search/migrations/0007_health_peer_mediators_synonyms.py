"""Médiateur de santé pair gets its own synonym group: "MSP" no longer means every peer worker
(the broad "Pair-aidance" group keeps the mediators' names, so "pair-aidant" still finds them);
"Recrutement" gains the English verb forms and "LAM" its English name.
"""

from django.db import migrations

GROUP = "Médiateur de santé pair"
ADDED = {
    "Recrutement": ["recruit", "recruiting"],
    "LAM": ["long-stay medical care beds", "long-stay medical care bed"],
}


def extend(apps, schema_editor):
    from search.synonym_data import INITIAL_SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if not SynonymGroup.objects.filter(name=GROUP).exists():
        SynonymGroup.objects.create(name=GROUP, terms="\n".join(dict(INITIAL_SYNONYMS)[GROUP]))
    for name, terms in ADDED.items():
        for group in SynonymGroup.objects.filter(name=name):
            lines = group.terms.splitlines()
            present = {line.strip().lower() for line in lines}
            added = [term for term in terms if term not in present]
            if added:
                group.terms = "\n".join(lines + added)
                group.save(update_fields=["terms"])


class Migration(migrations.Migration):
    dependencies = [("search", "0006_scope_choices_from_resource_type")]

    operations = [migrations.RunPython(extend, migrations.RunPython.noop)]
