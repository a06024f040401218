"""Blocks of a job description: each item carries its kind, so documents can group them."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class MissionKind(blocks.ChoiceBlock):
    choices = [
        ("relational", _("Relation et lien")),
        ("accompaniment", _("Accompagnement")),
        ("collective", _("Travail collectif et d'équipe")),
        ("technical", _("Tâches techniques")),
    ]


class SkillKind(blocks.ChoiceBlock):
    choices = [
        ("experience", _("Savoir expérientiel")),
        ("interpersonal", _("Savoir-être relationnel")),
        ("practical", _("Savoir-faire")),
    ]


class SupportKind(blocks.ChoiceBlock):
    choices = [
        ("supervision", _("Supervision")),
        ("practice_analysis", _("Analyse de pratiques")),
        ("training", _("Formation")),
        ("tutoring", _("Tutorat")),
    ]


MISSION_KIND_LABELS = dict(MissionKind.choices)
SKILL_KIND_LABELS = dict(SkillKind.choices)
SUPPORT_KIND_LABELS = dict(SupportKind.choices)


class MissionBlock(blocks.StructBlock):
    kind = MissionKind(label=_("Nature"), default="relational")
    text = blocks.CharBlock(label=_("Mission"), max_length=400)

    class Meta:
        icon = "tick"
        label = _("Mission")


class SkillBlock(blocks.StructBlock):
    kind = SkillKind(label=_("Nature"), default="experience")
    text = blocks.CharBlock(label=_("Compétence"), max_length=400)

    class Meta:
        icon = "user"
        label = _("Compétence")


class SupportBlock(blocks.StructBlock):
    kind = SupportKind(label=_("Nature"), default="supervision")
    text = blocks.CharBlock(label=_("Modalité"), max_length=400)

    class Meta:
        icon = "group"
        label = _("Soutien")


def text_items(label):
    return [("item", blocks.CharBlock(label=label, max_length=400))]
