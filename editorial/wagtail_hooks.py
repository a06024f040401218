"""Admin integration: translation notices, dashboard panels, the editors' guide."""

from django.contrib import messages
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import translation_editor
from editorial.content_checks import configure_content_checks
from editorial.panels import ReviewQueuePanel, TranslationsPanel
from editorial.translation_review import submit_translation
from editorial.translations import is_out_of_date, out_of_date_locales
from editorial.views import EditorGuideView


@hooks.register("before_edit_page")
def translation_notices(request, page):
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


# Before wagtail-localize's own hook, which answers every request to a translation's editor
# (editorial comes before wagtail_localize in INSTALLED_APPS, after the content types' apps, whose
# own checks of a publication, such as the testimonies' consent, come first).
@hooks.register("before_edit_page")
def publish_translation_in_review(request, page):
    return translation_editor.publish_translation(request, page)


# Before wagtail-localize's hook too, which restarts a synchronisation without a permission check.
hooks.register("before_edit_page", translation_editor.refuse_restart_translation)


# Before wagtail-localize's URLs: the same addresses, refused to who may not publish the page.
@hooks.register("register_admin_urls", order=-1)
def register_translation_sync_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/disable/",
            translation_editor.stop_translation,
            name="editorial_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            translation_editor.convert_to_alias,
            name="editorial_convert_to_alias",
        ),
    ]


hooks.register("construct_page_action_menu", translation_editor.without_publishers_actions)
hooks.register("construct_wagtail_userbar", configure_content_checks)


# Wagtail's "what's new" banner, which leads to its editor guide (in English).
WHATS_NEW_PANEL = "whats_new_in_wagtail_version"


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != WHATS_NEW_PANEL]
    panels.append(ReviewQueuePanel())
    panels.append(TranslationsPanel())


@hooks.register("register_admin_urls")
def register_guide_url():
    return [
        path("guide-de-redaction/", EditorGuideView.as_view(), name="editorial_guide"),
        path(
            "traductions/<int:translation_id>/soumettre/",
            submit_translation,
            name="editorial_submit_translation",
        ),
    ]


# Wagtail's help menu links to its release notes and its editor guide, in English: the editors'
# guide (in the main menu) is theirs.
ENGLISH_HELP_PAGES = ("whats-new-in-wagtail-", "editor-guide")


@hooks.register("construct_help_menu")
def without_english_help_pages(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP_PAGES)]


@hooks.register("register_admin_menu_item")
def register_guide_menu_item():
    return MenuItem(
        gettext_lazy("Guide de rédaction"), reverse_lazy("editorial_guide"), icon_name="help", order=900
    )
