"""Admin integration of the consent rules: no publication path without consent, and the log."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from testimonies import admin_lockdown, rich_text_links  # noqa: F401  (their hooks register on import)
from testimonies.admin_views import ConsentRecordViewSet, ContributionViewSet
from testimonies.consent import (
    PURGE_LOG_ACTION,
    REFUSED_LOG_ACTION,
    WITHDRAWAL_LOG_ACTION,
    can_see_consent,
)
from testimonies.consent_status import review_queue_statuses
from testimonies.models import TestimonyPage, as_testimony
from testimonies.name_review import (
    CONFIRM_FIELD,
    NAMES_CONFIRMED_LOG_ACTION,
    SEEN_FIELD,
    NamesConfirmedFormatter,
    PublicationRefusedFormatter,
    confirm_if_asked,
    names_problem,
    unconfirmed_names,
    uncovered_names_of,
)

register_snippet(ConsentRecordViewSet)
register_snippet(ContributionViewSet)


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
    revision = testimony.get_latest_revision()
    problems = testimony.consent_problems(revision=revision)
    if problems:
        return _refuse(request, testimony, problems)
    # The moderator ticked "Je confirme…" under the names shown in the editor: log it, publish.
    names = confirm_if_asked(
        testimony, revision, request.user, request.POST.get(CONFIRM_FIELD), request.POST.getlist(SEEN_FIELD)
    )
    if names:
        return _refuse(request, testimony, [names_problem(names)])
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
    refused, unconfirmed = [], []
    for page in pages:
        testimony = as_testimony(page)
        if testimony is None:
            continue
        revision = testimony.get_latest_revision()
        if testimony.consent_problems(revision=revision):
            refused.append(testimony.get_admin_display_title())
            continue
        names = unconfirmed_names(testimony, revision)
        if names:
            unconfirmed.append(f"{testimony.get_admin_display_title()} ({', '.join(names)})")
    if not refused and not unconfirmed:
        return None
    if refused:
        messages.error(
            request,
            _(
                "Rien n'a été publié : ces témoignages n'ont pas de consentement actif qui les couvre : "
                "%(titles)s"
            )
            % {"titles": ", ".join(refused)},
        )
    if unconfirmed:
        messages.error(
            request,
            _(
                "Rien n'a été publié : ces témoignages citent des noms non couverts par leur consentement, "
                "à confirmer en les publiant un par un depuis l'éditeur : %(titles)s"
            )
            % {"titles": " ; ".join(unconfirmed)},
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
        revision = testimony.get_latest_revision()
        problems = testimony.consent_problems(revision=revision)
        names = [] if problems else unconfirmed_names(testimony, revision)
        if problems or names:
            return _refuse(request, testimony, problems or [names_problem(names)])
    return None


def _warn_about_names(request, page):
    testimony = as_testimony(page)
    if testimony is None or "action-submit" not in request.POST:
        return None
    names = uncovered_names_of(testimony)
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
    actions.register_action(REFUSED_LOG_ACTION)(PublicationRefusedFormatter)
    actions.register_action(NAMES_CONFIRMED_LOG_ACTION)(NamesConfirmedFormatter)
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
    """{page id: its consent status (`ConsentStatus`: label, covers, blockers)} for the testimonies
    among `pages`, read in a constant number of queries."""
    return review_queue_statuses(pages)


hooks.register("can_see_review_notes", can_see_consent)
