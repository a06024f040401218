"""The personalisation form: an employer adapts a job description before downloading it.

Nothing typed here is stored. Every text is checked (length, no HTML markup, no control
characters) and the mission choices must be the template's own: anything else gets a message in
French next to the field, and the form keeps what was typed.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from job_descriptions.blocks import MISSION_KIND_LABELS, SUPPORT_KIND_LABELS
from job_descriptions.downloads.content import Personalisation, clean_text, mission_id
from job_descriptions.downloads.formats import format_choices
from job_descriptions.downloads.guidance import advise
from taxonomy.models import StructureType

EXTRA_MISSIONS = 3
_MARKUP = re.compile(r"<\s*[A-Za-z!/?]|&#?[A-Za-z0-9]+;")


def no_markup(value):
    if value and _MARKUP.search(value):
        raise ValidationError(
            _("Écrivez du texte simple, sans balise HTML (comme « <b> » ou « <script> »)."),
            code="markup",
        )


class PlainTextField(forms.CharField):
    """A text field that refuses markup and drops characters a document cannot hold."""

    default_validators = [no_markup]

    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if value else value


class PersonalisationForm(forms.Form):
    structure_name = PlainTextField(
        label=_("Nom de la structure"),
        max_length=150,
        help_text=_("Par exemple : CCAS de Grenoble."),
        error_messages={"required": _("Indiquez le nom de votre structure.")},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    structure_type = forms.ChoiceField(label=_("Type de structure"), required=False)
    town = PlainTextField(
        label=_("Commune"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    setting = PlainTextField(
        label=_("Cadre et équipe"),
        max_length=4000,
        required=False,
        help_text=_(
            "Le service et l'équipe que la personne rejoindra. Le texte du modèle est proposé : "
            "adaptez-le à votre structure."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    working_time = PlainTextField(
        label=_("Temps de travail"),
        max_length=200,
        required=False,
        help_text=_("Par exemple : 80 %, soit 28 heures par semaine."),
    )
    contract = PlainTextField(
        label=_("Contrat ou statut, grade"),
        max_length=300,
        required=False,
        help_text=_("Par exemple : CDI, ou agent social contractuel (catégorie C)."),
    )
    missions = forms.MultipleChoiceField(
        label=_("Missions à garder"), required=False, widget=forms.CheckboxSelectMultiple
    )
    support = forms.MultipleChoiceField(
        label=_("Soutien prévu"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=list(SUPPORT_KIND_LABELS.items()),
    )
    lived_experience = PlainTextField(
        label=_("Expérience de vie attendue"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    format = forms.ChoiceField(label=_("Format du fichier"), widget=forms.RadioSelect, initial="docx")

    def __init__(self, page, *args, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        self.template_missions = {mission_id(block): block for block in page.missions if mission_id(block)}
        self.fields["missions"].choices = [
            (key, block.value["text"]) for key, block in self.template_missions.items()
        ]
        self.fields["structure_type"].choices = [("", _("— Choisir —"))] + [
            (term.slug, term.name)
            for term in StructureType.objects.filter(locale_id=page.locale_id).order_by("sort_order", "name")
        ]
        self.fields["format"].choices = format_choices()
        kind_choices = list(MISSION_KIND_LABELS.items())
        for number in range(1, EXTRA_MISSIONS + 1):
            self.fields[f"extra_text_{number}"] = PlainTextField(
                label=_("Mission ajoutée %(number)s") % {"number": number},
                max_length=400,
                required=False,
            )
            self.fields[f"extra_kind_{number}"] = forms.ChoiceField(
                label=_("Nature de la mission ajoutée %(number)s") % {"number": number},
                choices=kind_choices,
                required=False,
                initial="relational",
            )
            self.fields[f"extra_kind_{number}"].has_default = True
        support_kinds = {block.value["kind"] for block in page.support}
        self.initial = {
            "missions": list(self.template_missions),
            "support": [kind for kind in SUPPORT_KIND_LABELS if kind in support_kinds],
            "setting": page.setting,
            "working_time": page.working_time,
            "contract": page.contract,
            "lived_experience": page.lived_experience,
            "format": "docx",
            **self.initial,
        }

    # -- validation ---------------------------------------------------------------------

    def extra_missions(self, data=None):
        data = self.cleaned_data if data is None else data
        missions = []
        for number in range(1, EXTRA_MISSIONS + 1):
            text = data.get(f"extra_text_{number}")
            if text:
                missions.append((data.get(f"extra_kind_{number}") or "relational", text))
        return missions

    def clean(self):
        cleaned = super().clean()
        if "missions" in cleaned and not cleaned["missions"] and not self.extra_missions(cleaned):
            self.add_error("missions", _("Gardez au moins une mission du modèle, ou ajoutez la vôtre."))
        return cleaned

    def personalisation(self):
        data = self.cleaned_data
        type_names = dict(self.fields["structure_type"].choices)
        return Personalisation(
            structure_name=data["structure_name"],
            structure_type=type_names.get(data.get("structure_type")) if data.get("structure_type") else "",
            town=data.get("town", ""),
            setting=data.get("setting", ""),
            working_time=data.get("working_time", ""),
            contract=data.get("contract", ""),
            mission_ids=tuple(data["missions"]),
            extra_missions=tuple(self.extra_missions()),
            support_kinds=tuple(data.get("support", ())),
            lived_experience=data.get("lived_experience", ""),
        )

    # -- what the template and the guidance read --------------------------------------------

    def _current(self, name):
        """The value as the employer sees it: typed (when valid), otherwise the initial one."""
        if not self.is_bound:
            return self.initial.get(name)
        if name in getattr(self, "cleaned_data", {}):
            return self.cleaned_data[name]
        field = self.fields[name]
        if isinstance(field, forms.MultipleChoiceField):
            known = {str(key) for key, _label in field.choices}
            return [value for value in self.data.getlist(self.add_prefix(name)) if value in known]
        return self.data.get(self.add_prefix(name), "")

    def advice(self):
        kept = set(self._current("missions") or ())
        kinds = [block.value["kind"] for key, block in self.template_missions.items() if key in kept]
        if self.is_bound and hasattr(self, "cleaned_data"):
            kinds += [kind for kind, _text in self.extra_missions()]
        return advise(kinds, self._current("support") or (), self._current("lived_experience"))

    def mission_groups(self):
        """[(kind, label, [(id, text, checked)])] for the checkboxes, grouped like the document."""
        kept = {str(value) for value in (self._current("missions") or ())}
        groups = {kind: [] for kind in MISSION_KIND_LABELS}
        for key, block in self.template_missions.items():
            groups.setdefault(block.value["kind"], []).append((key, block.value["text"], key in kept))
        return [(kind, MISSION_KIND_LABELS.get(kind, kind), items) for kind, items in groups.items() if items]

    def support_options(self):
        """[(kind, label, [template texts], checked)] for the support checkboxes."""
        kept = set(self._current("support") or ())
        texts = {}
        for block in self.page.support:
            texts.setdefault(block.value["kind"], []).append(block.value["text"])
        return [
            (kind, label, texts.get(kind, []), kind in kept) for kind, label in SUPPORT_KIND_LABELS.items()
        ]

    def extra_rows(self):
        return [
            (self[f"extra_text_{number}"], self[f"extra_kind_{number}"])
            for number in range(1, EXTRA_MISSIONS + 1)
        ]
