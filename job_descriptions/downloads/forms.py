"""The personalisation form: an employer adapts a job description before downloading it.

Nothing typed here is stored. Every text is checked (length, no HTML markup, no control
characters, only characters the PDF can print) and the mission choices must be the template's
own: anything else gets a message in French next to the field, and the form keeps what was typed.
A field left empty is left out of the document, except the ones the post needs (the structure's
name, the expected lived experience), which are required.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.templatetags.dates import long_date
from job_descriptions.blocks import MISSION_KIND_LABELS, SUPPORT_KIND_LABELS
from job_descriptions.downloads.content import Personalisation, clean_text, mission_id
from job_descriptions.downloads.formats import format_choices
from job_descriptions.downloads.guidance import HR_DETAILS, advise
from job_descriptions.downloads.personalised import JOB, NOTES, equal_opportunity_sentence
from job_descriptions.downloads.printable import describe, unprintable
from taxonomy.models import StructureType

EXTRA_MISSIONS = 3
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y"]
_MARKUP = re.compile(r"<\s*[A-Za-z!/?]|&#?[A-Za-z0-9]+;")


def no_markup(value):
    if value and _MARKUP.search(value):
        raise ValidationError(
            _("Écrivez du texte simple, sans balise HTML (comme « <b> » ou « <script> »)."),
            code="markup",
        )


def printable(value):
    refused = unprintable(value)
    if refused:
        raise ValidationError(
            _(
                "Ces caractères ne peuvent pas être imprimés dans le fichier : %(characters)s. "
                "Retirez-les ou remplacez-les par des mots."
            ),
            code="unprintable",
            params={"characters": " ".join(describe(character) for character in refused[:10])},
        )


# The statuses the guide "Statuts et contrats" describes.
STATUSES = [
    ("fpt-titulaire", _("Fonction publique territoriale : agent social titulaire (catégorie C)")),
    ("fpt-contractuel", _("Fonction publique territoriale : agent contractuel")),
    ("association", _("Salarié·e d'association, selon la convention collective appliquée")),
    ("insertion", _("Salarié·e en insertion (atelier et chantier d'insertion)")),
    ("independant", _("Intervenant·e indépendant·e")),
    ("benevole", _("Bénévole")),
]


def _text(label, max_length, help_text="", rows=None, **kwargs):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else None
    return PlainTextField(
        label=label, max_length=max_length, required=False, help_text=help_text, widget=widget, **kwargs
    )


class PlainTextField(forms.CharField):
    """A text field that refuses markup and what the PDF cannot print, and drops characters a
    document cannot hold."""

    default_validators = [no_markup, printable]

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
    workplace = _text(
        _("Lieu de travail"),
        300,
        _("L'adresse ou le quartier, et les déplacements prévus."),
        rows=2,
    )
    reporting_line = _text(_("Rattachement hiérarchique"), 300, _("La personne qui encadre le poste."))
    functional_link = _text(
        _("Lien fonctionnel"),
        300,
        _("Par exemple : l'infirmier·e coordinateur·rice pour l'organisation des soins."),
    )
    working_time = _text(_("Temps de travail"), 200, _("Par exemple : 80 %, soit 28 heures par semaine."))
    schedule = _text(
        _("Horaires"), 300, _("Par exemple : du lundi au vendredi, 9 h – 17 h, un samedi par mois.")
    )
    status = forms.ChoiceField(
        label=_("Statut"),
        required=False,
        help_text=_("Les statuts que décrit le guide « Statuts et contrats »."),
    )
    contract = _text(
        _("Contrat"), 300, _("Par exemple : CDI, CDD de 12 mois, ou recrutement direct puis stage.")
    )
    classification = _text(
        _("Grade ou classification"),
        300,
        _("Le grade, ou l'emploi et le coefficient de la convention collective."),
    )
    pay = _text(
        _("Rémunération"),
        300,
        _("Le montant ou la grille que vous appliquez : le site ne propose pas de montant."),
    )
    start_date = _text(_("Prise de poste"), 100, _("Par exemple : 1er mars 2027, ou dès que possible."))
    apply_contact = _text(
        _("Pour candidater : contact"),
        600,
        _("À qui écrire et comment : nom, adresse électronique ou postale, pièces demandées."),
        rows=3,
    )
    apply_deadline = forms.DateField(
        label=_("Date limite de candidature"),
        required=False,
        help_text=_("Au format jj/mm/aaaa."),
        # Day first in both languages, as the help text says (Django's English formats put the month
        # first); the ISO form is what a browser's date picker sends.
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format=DATE_INPUT_FORMATS[0]),
        error_messages={"invalid": _("Indiquez une date, par exemple 31/01/2027.")},
    )
    equal_opportunity = forms.BooleanField(
        label=_("Ajouter la mention d'égalité des chances et de non-discrimination"),
        required=False,
        initial=True,
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
        help_text=_(
            "Elle fonde le poste : proche de celle du public accompagné, et suffisamment consolidée."
        ),
        error_messages={
            "required": _("Décrivez l'expérience de vie attendue : c'est elle qui fonde le poste.")
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    document = forms.ChoiceField(
        label=_("Document"),
        widget=forms.RadioSelect,
        required=False,
        initial=JOB,
        choices=[
            (JOB, _("La fiche de poste, à diffuser aux candidats")),
            (NOTES, _("Vos notes d'employeur : conseils, points de vigilance, soutien à prévoir")),
        ],
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
        self.fields["status"].choices = [("", _("— Choisir —"))] + STATUSES
        self.fields["equal_opportunity"].has_default = True
        with translation.override(page.locale.language_code):
            sentence = equal_opportunity_sentence()
        self.fields["equal_opportunity"].help_text = _("La phrase ajoutée à la fiche : « %(sentence)s »") % {
            "sentence": sentence
        }
        for name, value in (("working_time", page.working_time), ("contract", page.contract)):
            if clean_text(value):  # the template's text as an example, never as a default
                self.fields[name].help_text = _("Dans le modèle : %(text)s") % {"text": clean_text(value)}
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
            "reporting_line": page.reporting_line,
            "lived_experience": page.lived_experience,
            "equal_opportunity": True,
            "document": JOB,
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

    def clean_apply_deadline(self):
        deadline = self.cleaned_data.get("apply_deadline")
        if deadline and deadline < datetime.date.today():
            raise ValidationError(_("Cette date est déjà passée."), code="past")
        return deadline

    def clean(self):
        cleaned = super().clean()
        if "missions" in cleaned and not cleaned["missions"] and not self.extra_missions(cleaned):
            self.add_error("missions", _("Gardez au moins une mission du modèle, ou ajoutez la vôtre."))
        return cleaned

    def personalisation(self):
        data = self.cleaned_data
        type_names = dict(self.fields["structure_type"].choices)
        statuses = dict(STATUSES)
        deadline = data.get("apply_deadline")
        with translation.override(self.page.locale.language_code):
            status = str(statuses[data["status"]]) if data.get("status") in statuses else ""
            deadline_text = long_date(deadline) if deadline else ""
        texts = {
            name: data.get(name) or ""
            for name in (
                "town",
                "setting",
                "lived_experience",
                "workplace",
                "reporting_line",
                "functional_link",
                "working_time",
                "schedule",
                "contract",
                "classification",
                "pay",
                "start_date",
                "apply_contact",
            )
        }
        return Personalisation(
            structure_name=data["structure_name"],
            structure_type=type_names.get(data.get("structure_type")) if data.get("structure_type") else "",
            mission_ids=tuple(data["missions"]),
            extra_missions=tuple(self.extra_missions()),
            support_kinds=tuple(data.get("support", ())),
            status=status,
            status_key=data.get("status") if data.get("status") in statuses else "",
            apply_deadline=deadline_text,
            equal_opportunity=bool(data.get("equal_opportunity")),
            document=data.get("document") or JOB,
            **texts,
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
        # The HR details are advised on once the employer has sent the form, not on arrival.
        details = {name: self._current(name) for name in HR_DETAILS} if self.is_bound else None
        return advise(kinds, self._current("support") or (), self._current("lived_experience"), details)

    def mission_groups(self):
        """[(kind, label, [(id, text, checked, dependent lines)])] for the checkboxes, grouped like
        the document; the dependent lines (activities, skills) go with the mission."""
        kept = {str(value) for value in (self._current("missions") or ())}
        groups = {kind: [] for kind in MISSION_KIND_LABELS}
        for key, block in self.template_missions.items():
            dependents = list(block.value.get("activities") or ()) + [
                skill["text"] for skill in block.value.get("skills") or ()
            ]
            groups.setdefault(block.value["kind"], []).append(
                (key, block.value["text"], key in kept, dependents)
            )
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
