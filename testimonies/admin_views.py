"""Admin of consent records: who may see them, recording who entered them, withdrawing one."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, IndexView, SnippetViewSet

from core.admin_permissions import ReadersOnlyChooserViewSet
from testimonies.consent import can_see_consent
from testimonies.forms import ConsentRecordForm
from testimonies.models import ConsentRecord, Contribution, TestimonyPage


def withdraw_url(record):
    return reverse("wagtailsnippets_testimonies_consentrecord:withdraw", args=[record.pk])


class ConsentIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_active and self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                MenuItem(
                    _("Enregistrer un retrait"), url=withdraw_url(instance), icon_name="cross", priority=25
                )
            )
        return buttons


class ConsentCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit() and TestimonyPage.objects.filter(pk=page_id).exists():
            initial["page"] = int(page_id)
        return initial

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        self.form.instance.acting_user = self.request.user
        return super().save_instance()


class ConsentEditView(EditView):
    def save_instance(self):
        self.form.instance.acting_user = self.request.user
        return super().save_instance()

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.is_active:
            buttons.append(
                Button(
                    _("Enregistrer un retrait"), url=withdraw_url(self.object), icon_name="cross", priority=15
                )
            )
        return buttons


class ConsentDeleteView(DeleteView):
    """Deleting the last active consent takes the testimony offline (see testimonies.signals)."""

    def delete_action(self):
        self.object.acting_user = self.request.user
        super().delete_action()


class WithdrawConsentView(WagtailAdminTemplateMixin, TemplateView):
    """Withdrawal is as easy as consent: one confirmation, and the testimony goes offline."""

    template_name = "testimonies/admin/confirm_withdrawal.html"
    page_title = gettext_lazy("Enregistrer un retrait de consentement")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_testimonies_consentrecord:list"), "label": _("Consentements")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, pk):
        if not request.user.has_perm("testimonies.change_consentrecord"):
            raise PermissionDenied
        self.record = get_object_or_404(ConsentRecord.objects.select_related("page"), pk=pk)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["record"] = self.record
        context["pages"] = TestimonyPage.family_of(self.record.page.translation_key).select_related("locale")
        context["cancel_url"] = reverse(
            "wagtailsnippets_testimonies_consentrecord:edit", args=[self.record.pk]
        )
        return context

    def post(self, request, pk):
        if self.record.is_active:
            self.record.withdraw(user=request.user)
            messages.success(
                request,
                _("Retrait enregistré : « %(title)s » et ses traductions sont dépubliés.")
                % {"title": self.record.page.title},
            )
        return redirect("wagtailsnippets_testimonies_consentrecord:list")


class ConsentOnly:
    """Wagtail's snippet chooser asks no permission to list and pick objects: consent records
    are listed to the users who may see them only."""

    def dispatch(self, request, *args, **kwargs):
        if not can_see_consent(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _consent_only(view_class):
    return type(view_class.__name__, (ConsentOnly, view_class), {})


class ConsentChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = _consent_only(chooser.ChooseView)
    choose_results_view_class = _consent_only(chooser.ChooseResultsView)
    chosen_view_class = _consent_only(chooser.SnippetChosenView)
    chosen_multiple_view_class = _consent_only(chooser.SnippetChosenMultipleView)
    create_view_class = _consent_only(chooser.SnippetCreateView)


class ConsentRecordViewSet(SnippetViewSet):
    model = ConsentRecord
    icon = "lock"
    menu_label = gettext_lazy("Consentements")
    menu_order = 220
    add_to_admin_menu = True
    copy_view_enabled = False
    chooser_viewset_class = ConsentChooserViewSet
    index_view_class = ConsentIndexView
    add_view_class = ConsentCreateView
    edit_view_class = ConsentEditView
    delete_view_class = ConsentDeleteView
    list_display = ["page", "given_by", "given_on", "withdrawn_at"]
    list_filter = ["given_on", "withdrawn_at"]
    search_fields = ["given_by", "allowed_names"]
    ordering = ["-given_on"]
    edit_handler = ObjectList(
        [
            FieldPanel("page"),
            MultiFieldPanel(
                [FieldPanel("given_by"), FieldPanel("given_on"), FieldPanel("scope"), FieldPanel("document")],
                heading=gettext_lazy("Le consentement"),
            ),
            MultiFieldPanel(
                [FieldPanel("anonymisation"), FieldPanel("allowed_names")],
                heading=gettext_lazy("Anonymisation"),
            ),
            MultiFieldPanel(
                [FieldPanel("withdrawal_method"), FieldPanel("withdrawn_at")],
                heading=gettext_lazy("Retrait"),
            ),
        ],
        base_form_class=ConsentRecordForm,
    )

    @property
    def withdraw_view(self):
        return WithdrawConsentView.as_view()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("withdraw/<int:pk>/", self.withdraw_view, name="withdraw"),
        ]


class ContributionViewSet(SnippetViewSet):
    """Who proposed a testimony with the public form: moderators read, administrators delete."""

    model = Contribution
    icon = "mail"
    menu_label = gettext_lazy("Propositions de témoignage")
    menu_order = 221
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    # The chooser would list the contacts' names to anyone in the admin.
    chooser_viewset_class = ReadersOnlyChooserViewSet
    list_display = ["contact_name", "contact_email", "page", "created_at"]
    search_fields = ["contact_name", "contact_email"]
    ordering = ["-created_at"]
