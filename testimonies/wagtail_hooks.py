"""Admin integration of the consent rules: no publication path without consent, and the log."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from testimonies import admin_lockdown  # noqa: F401  (its hooks register on import)
from testimonies.admin_views import ConsentRecordViewSet
from testimonies.anonymisation import names_to_check
from testimonies.consent import (
    PURGE_LOG_ACTION,
    REFUSED_LOG_ACTION,
    WITHDRAWAL_LOG_ACTION,
    can_see_consent,
)
from testimonies.models import ConsentRecord, TestimonyPage, as_testimony

register_snippet(ConsentRecordViewSet)


def _refuse(request, page, problems, url=None):
    messages.error(
        request,
        _("« %(title)s » n'est pas publié : %(problems)s")
        % {"title": page.get_admin_display_title(), "problems": " ".join(problems)},
    )
    return redirect(url or reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_publish_page")
def check_consent_before_publishing(request, page):
    """Publish button (edit and create views): the draft is saved, the publication refused."""
    testimony = as_testimony(page)
    if testimony is None:
        return None
    problems = testimony.consent_problems(revision=testimony.get_latest_revision())
    if problems:
        return _refuse(request, testimony, problems)
    return None


@hooks.register("before_create_page")
def new_testimonies_start_as_drafts(request, parent_page, page_class):
    """A testimony cannot have consent before it exists: "Publish" on creation saves a draft."""
    if (
        request.method == "POST"
        and issubclass(page_class, TestimonyPage)
        and request.POST.get("action-publish")
    ):
        data = request.POST.copy()
        del data["action-publish"]
        request.POST = data
        messages.warning(
            request,
            _(
                "Témoignage enregistré en brouillon : il ne pourra être publié qu'après "
                "l'enregistrement de son consentement par un·e modérateur·rice."
            ),
        )
    return None


@hooks.register("before_bulk_action")
def check_consent_before_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live().type(TestimonyPage))
    refused = []
    for page in pages:
        testimony = as_testimony(page)
        if testimony is not None and testimony.consent_problems(revision=testimony.get_latest_revision()):
            refused.append(testimony.get_admin_display_title())
    if not refused:
        return None
    messages.error(
        request,
        _("Rien n'a été publié : ces témoignages n'ont pas de consentement actif qui les couvre : %(titles)s")
        % {"titles": ", ".join(refused)},
    )
    return redirect(action_class_instance.next_url)


@hooks.register("before_copy_page")
def refuse_live_copies_of_testimonies(request, page):
    """A copy is a new testimony without consent: it can be copied as a draft only."""
    if request.method != "POST" or not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return None
    has_testimony = as_testimony(page) is not None or (
        request.POST.get("copy_subpages") and page.get_descendants().type(TestimonyPage).exists()
    )
    if not has_testimony:
        return None
    messages.error(
        request,
        _("Un témoignage ne peut être copié qu'en brouillon : sa copie n'a pas encore de consentement."),
    )
    return redirect(reverse("wagtailadmin_pages:copy", args=[page.pk]))


@hooks.register("before_edit_page")
def check_consent_before_publishing_from_edit(request, page):
    """The translation editor's "Publish" button posts to the edit view."""
    testimony = as_testimony(page)
    if testimony is not None and request.method == "POST" and request.POST.get("action") == "publish":
        problems = testimony.consent_problems(revision=testimony.get_latest_revision())
        if problems:
            return _refuse(request, testimony, problems)
    return None


def _warn_about_names(request, page):
    testimony = as_testimony(page)
    if testimony is None or "action-submit" not in request.POST:
        return None
    names = names_to_check(testimony)
    if names:
        messages.warning(
            request,
            _("Noms à vérifier avant la relecture (non couverts par le consentement) : %(names)s")
            % {"names": ", ".join(names)},
        )
    return None


hooks.register("after_edit_page", _warn_about_names)
hooks.register("after_create_page", _warn_about_names)


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(
        REFUSED_LOG_ACTION,
        gettext_lazy("Publication programmée refusée"),
        gettext_lazy("Publication programmée refusée : aucun consentement actif ne couvre la page"),
    )
    actions.register_action(
        WITHDRAWAL_LOG_ACTION,
        gettext_lazy("Consentement retiré"),
        gettext_lazy("Consentement retiré : dépublié"),
    )
    actions.register_action(
        PURGE_LOG_ACTION,
        gettext_lazy("Versions effacées"),
        gettext_lazy("Versions effacées après le délai de conservation d'un retrait"),
    )


@hooks.register("annotate_review_queue")
def consent_of_testimonies_in_review(pages):
    """{page id: whether an active, complete consent covers it} for the testimonies among `pages`."""
    testimony_type = ContentType.objects.get_for_model(TestimonyPage).pk
    keys = {page.translation_key for page in pages if page.content_type_id == testimony_type}
    covered = {
        record.page.translation_key
        for record in ConsentRecord.objects.of_families(keys).select_related("page")
        if record.is_active and not record.missing_parts()
    }
    return {
        page.pk: page.translation_key in covered for page in pages if page.content_type_id == testimony_type
    }


hooks.register("can_see_review_notes", can_see_consent)
