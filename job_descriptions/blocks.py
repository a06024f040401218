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


class SkillBlock(blocks.StructBlock):
    kind = SkillKind(label=_("Nature"), default="experience")
    text = blocks.CharBlock(label=_("Compétence"), max_length=400)

    class Meta:
        icon = "user"
        label = _("Compétence")


def dependent_activities():
    return blocks.ListBlock(
        blocks.CharBlock(label=_("Activité"), max_length=400),
        label=_("Activités qui en dépendent"),
        default=[],
        min_num=0,
        help_text=_("Retirées du document quand l'employeur ne garde pas cet élément."),
    )


class MissionBlock(blocks.StructBlock):
    """A mission and what only makes sense with it: unticking the mission removes them too."""

    kind = MissionKind(label=_("Nature"), default="relational")
    text = blocks.CharBlock(label=_("Mission"), max_length=400)
    activities = dependent_activities()
    skills = blocks.ListBlock(
        SkillBlock(),
        label=_("Compétences qui en dépendent"),
        default=[],
        min_num=0,
        help_text=_("Retirées du document quand l'employeur ne garde pas cette mission."),
    )

    class Meta:
        icon = "tick"
        label = _("Mission")


class SupportBlock(blocks.StructBlock):
    kind = SupportKind(label=_("Nature"), default="supervision")
    text = blocks.CharBlock(label=_("Modalité"), max_length=400)
    activities = dependent_activities()

    class Meta:
        icon = "group"
        label = _("Soutien")


def text_items(label):
    return [("item", blocks.CharBlock(label=label, max_length=400))]
