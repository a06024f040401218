from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from testimonies.forms import ConsentRecordForm
from testimonies.models import ConsentRecord


class ConsentRecordViewSet(SnippetViewSet):
    model = ConsentRecord
    icon = "lock"
    menu_label = _("Consentements")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["page", "given_by", "given_on", "withdrawn_at"]
    list_filter = ["given_on", "withdrawn_at"]
    search_fields = ["given_by", "allowed_names"]
    ordering = ["-given_on"]
    edit_handler = ObjectList([
        FieldPanel("page"),
        MultiFieldPanel(
            [FieldPanel("given_by"), FieldPanel("given_on"), FieldPanel("scope"),
             FieldPanel("document")],
            heading=_("Le consentement"),
        ),
        MultiFieldPanel(
            [FieldPanel("anonymisation"), FieldPanel("allowed_names")],
            heading=_("Anonymisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("withdrawal_method"), FieldPanel("withdrawn_at")],
            heading=_("Retrait"),
        ),
    ], base_form_class=ConsentRecordForm)


register_snippet(ConsentRecordViewSet)
