"""Admin integration: consent checks surfaced as messages, dashboard panels, the editors' guide."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.panels import ReviewQueuePanel, TranslationsPanel
from editorial.translations import is_out_of_date, out_of_date_locales
from editorial.views import EditorGuideView
from testimonies.anonymisation import names_to_check
from testimonies.models import TestimonyPage


def _testimony(page):
    specific = page.specific_deferred if page is not None else None
    return specific if isinstance(specific, TestimonyPage) else None


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
    testimony = _testimony(page)
    if testimony is None:
        return None
    problems = testimony.consent_problems(revision=testimony.get_latest_revision())
    if problems:
        return _refuse(request, testimony, problems)
    return None


@hooks.register("before_create_page")
def new_testimonies_start_as_drafts(request, parent_page, page_class):
    """A testimony cannot have consent before it exists: "Publish" on creation saves a draft."""
    if request.method == "POST" and issubclass(page_class, TestimonyPage) and request.POST.get(
        "action-publish"
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
        testimony = _testimony(page)
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
    has_testimony = _testimony(page) is not None or (
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
def translation_and_consent_notices(request, page):
    testimony = _testimony(page)
    if testimony is not None and request.method == "POST" and request.POST.get("action") == "publish":
        # The translation editor's "Publish" button posts to the edit view.
        problems = testimony.consent_problems(revision=testimony.get_latest_revision())
        if problems:
            return _refuse(request, testimony, problems)
    if request.method != "GET":
        return None
    if is_out_of_date(page):
        messages.warning(
            request,
            _(
                "Cette traduction n'est plus à jour : la page source a changé depuis la dernière "
                "synchronisation. Ouvrez la page source et choisissez « Synchroniser les pages "
                "traduites »."
            ),
        )
    locales = out_of_date_locales(page)
    if locales:
        messages.info(
            request,
            _("Traductions à synchroniser depuis vos dernières modifications : %(locales)s")
            % {"locales": ", ".join(locale.get_display_name() for locale in locales)},
        )
    return None


def _warn_about_names(request, page):
    testimony = _testimony(page)
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


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.append(ReviewQueuePanel())
    panels.append(TranslationsPanel())


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("guide-de-redaction/", EditorGuideView.as_view(), name="editorial_guide")]


@hooks.register("register_admin_menu_item")
def register_guide_menu_item():
    return MenuItem(gettext_lazy("Guide de rédaction"), reverse_lazy("editorial_guide"), icon_name="help",
                    order=900)


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    from editorial.management.commands.publish_scheduled import REFUSED_LOG_ACTION
    from editorial.management.commands.purge_withdrawn_revisions import PURGE_LOG_ACTION

    actions.register_action(
        REFUSED_LOG_ACTION, gettext_lazy("Publication programmée refusée"),
        gettext_lazy("Publication programmée refusée : aucun consentement actif ne couvre la page"),
    )
    actions.register_action(
        PURGE_LOG_ACTION, gettext_lazy("Versions effacées"),
        gettext_lazy("Versions effacées après le délai de conservation d'un retrait"),
    )
