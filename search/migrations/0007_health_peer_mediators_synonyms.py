"""Médiateur de santé pair becomes its own synonym group: "MSP" no longer means every peer worker;
"Recrutement" gains the English verb forms ("recruit", "recruiting") and "LAM" its English name.

On a site whose "Pair-aidance" group still lists the mediators' names (as first loaded), they move
to the new group; a group an editor has already reorganised is left as it is.
"""

from django.db import migrations

GROUP = "Médiateur de santé pair"
ADDED = {
    "Recrutement": ["recruit", "recruiting"],
    "LAM": ["long-stay medical care beds", "long-stay medical care bed"],
}
MOVED = {"médiateur de santé pair", "médiatrice de santé paire", "msp", "peer health mediator"}


def split(apps, schema_editor):
    from search.synonym_data import INITIAL_SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    terms = dict(INITIAL_SYNONYMS)[GROUP]
    if not SynonymGroup.objects.filter(name=GROUP).exists():
        SynonymGroup.objects.create(name=GROUP, terms="\n".join(terms))
    for group in SynonymGroup.objects.filter(name="Pair-aidance"):
        lines = group.terms.splitlines()
        kept = [line for line in lines if line.strip().lower() not in MOVED]
        if len(kept) != len(lines) and len(kept) >= 2:
            group.terms = "\n".join(kept)
            group.save(update_fields=["terms"])
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

    operations = [migrations.RunPython(split, migrations.RunPython.noop)]
