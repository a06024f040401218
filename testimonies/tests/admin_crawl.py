"""Every admin URL pattern of the project, filled with the ids of a lockdown scene's objects.

The URLconf's patterns under `admin/` are walked; each argument gets the id its name (and the view
it belongs to) asks for: the withdrawn testimony and its English translation for a page, their
revisions, workflow states, the consent record, its proof document, the translation source...
Listings, choosers and searches are also asked for the scene's words.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Collection, Locale, Site, WorkflowState

from testimonies.tests.lockdown_scene import SEARCH_WORDS, segment_ids

# Wagtail's own error test page raises on purpose for anyone with admin access; the logout view
# drops the session cookie whatever the method; the catch-all pattern only redirects unknown URLs.
SKIPPED_ROUTES = {"admin/failwhale/", "admin/logout/", "admin/^.*/$"}
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
SEARCHABLE = ("choose", "search", "list", "index", "report", "usage", "history", "explore")


@dataclass(frozen=True)
class AdminUrl:
    url: str
    name: str


def admin_patterns():
    """(route, name, argument names) of every URL pattern under `admin/`."""

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = ":".join(part for part in (namespace, pattern.namespace) if part)
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = ":".join(part for part in (namespace, pattern.name) if part) if pattern.name else None
                yield prefix + str(pattern.pattern), name, list(pattern.pattern.regex.groupindex)

    for route, name, arguments in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and route not in SKIPPED_ROUTES:
            yield route, name, arguments


def _subjects(scene):
    """Per page of the withdrawn family: the ids its own URLs take."""
    subjects = []
    for page in (scene.french, scene.english):
        revisions = list(page.revisions.order_by("pk").values_list("pk", flat=True))
        workflow_state = WorkflowState.objects.for_instance(page).order_by("-pk").first()
        task_state = workflow_state.task_states.order_by("-pk").first() if workflow_state else None
        subjects.append(
            {
                "page": page.pk,
                "revision_id": revisions[-1],
                "revision_id_a": str(revisions[0]),
                "revision_id_b": str(revisions[-1]),
                "workflow_state_id": workflow_state.pk if workflow_state else 1,
                "task_state_id": task_state.pk if task_state else 1,
                "task_id": task_state.task_id if task_state else 1,
                "workflow_pk": workflow_state.workflow_id if workflow_state else 1,
            }
        )
    return subjects


def _first_pk(model, fallback=1):
    value = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
    return fallback if value is None else value


def _model_pk(name, scene):
    """The pk a generic model viewset's URL takes, from its namespace."""
    namespace = name.split(":")[0] if name else ""
    if namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
        app_label, model_name = namespace.split("_", 1)[1].split("_", 1)
        if (app_label, model_name) == ("testimonies", "consentrecord"):
            return scene.record.pk
        return _first_pk(apps.get_model(app_label, model_name))
    if namespace == "wagtailadmin_api":
        kind = name.split(":")[1]
        return {"pages": scene.french.pk, "documents": scene.document.pk}.get(kind, scene.image.pk)
    if namespace == "wagtaildocs_chooser":
        return scene.document.pk
    if namespace == "wagtailimages_chooser":
        return scene.image.pk
    if namespace == "wagtailadmin_collections":
        return Collection.objects.get(name="Consentements").pk
    if namespace == "wagtailadmin_workflows":
        if name.endswith("_task"):
            return scene.french.get_workflow().tasks.first().pk
        return scene.french.get_workflow().pk
    models = {
        "wagtaillocales": Locale,
        "wagtailsites": Site,
        "wagtailusers_groups": Group,
        "wagtailusers_users": scene.record.recorded_by.__class__,
    }
    if namespace in models:
        return _first_pk(models[namespace])
    return 1


def _common_values(scene):
    string_segment, overridable_segment = segment_ids(scene)
    return {
        "destination_id": scene.section.pk,
        "collection_id": Collection.objects.get(name="Consentements").pk,
        "document_id": scene.document.pk,
        "doc_id": scene.document.pk,
        "image_id": scene.image.pk,
        "translation_id": scene.translation.pk,
        "translation_source_id": scene.source.pk,
        "string_segment_id": string_segment or 1,
        "overridable_segment_id": overridable_segment or 1,
        "content_type_app_name": "testimonies",
        "content_type_model_name": "testimonypage",
        "action_name": "approve",
        "filter_spec": "original",
        "mode": "default",
        "uidb64": "MQ",
        "token": "x-x",
        "session_id": 1,
        "uploaded_file_id": 1,
        "query_id": 1,
        "redirect_id": 1,
    }


def _model_arguments(route, name, scene):
    """app_label/model_name (and pk, object_id) for the views that take a model in the URL."""
    if route.startswith("admin/bulk/"):
        return None  # see _bulk_urls
    if route.startswith("admin/settings/"):
        return {"app_name": "home", "model_name": "sitesettings", "pk": Site.objects.first().pk}
    if route.startswith("admin/workflows/tasks/add/"):
        task_type = ContentType.objects.get_for_id(scene.french.get_workflow().tasks.first().content_type_id)
        return {"app_label": task_type.app_label, "model_name": task_type.model}
    if route.startswith("admin/editing-sessions/"):
        return {"app_label": "wagtailcore", "model_name": "page", "object_id": str(scene.french.pk)}
    if route.startswith("admin/tag-autocomplete/"):
        return {"app_name": "taggit", "model_name": "tag"}
    return {"app_label": "testimonies", "model_name": "consentrecord", "pk": str(scene.record.pk)}


def _fill(route, name, arguments, scene):
    """The argument sets a pattern is crawled with: one per page of the withdrawn family when it
    takes a page, one otherwise."""
    common = _common_values(scene)
    model_arguments = _model_arguments(route, name, scene) or {}
    takes_page = bool(PAGE_ARGUMENTS & set(arguments)) or (
        name and name.startswith(("wagtailadmin_pages:", "wagtailadmin_api:pages:")) and "pk" in arguments
    )
    variants = []
    for subject in _subjects(scene) if takes_page else [None]:
        values = {}
        for argument in arguments:
            if subject and (argument in PAGE_ARGUMENTS or argument == "pk"):
                values[argument] = subject["page"]
            elif subject and argument in subject:
                values[argument] = subject[argument]
            elif argument in model_arguments:
                values[argument] = model_arguments[argument]
            elif argument in common:
                values[argument] = common[argument]
            elif argument == "pk":
                values[argument] = _model_pk(name, scene)
            else:
                values[argument] = 1
        variants.append(values)
    return variants


def _bulk_urls(scene):
    targets = [
        ("wagtailcore", "page", [scene.french.pk, scene.english.pk]),
        ("testimonies", "consentrecord", [scene.record.pk]),
        ("wagtaildocs", "document", [scene.document.pk]),
    ]
    for app_label, model_name, ids in targets:
        for action in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name):
            url = reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])
            yield AdminUrl(f"{url}?{urlencode([('id', pk) for pk in ids])}", "wagtail_bulk_action")


def _extra_urls(scene):
    """Listings seen from the withdrawn family's parent, the API's filters, searches."""
    section, control = scene.section.pk, scene.control.pk
    yield from (
        AdminUrl(url, "extra")
        for url in (
            f"/admin/pages/{section}/",
            f"/admin/pages/{section}/results/",
            f"/admin/pages/{section}/?q=Vexillographe&search_all=1",
            f"/admin/pages/{section}/?ordering=-latest_revision_created_at",
            f"/admin/pages/{control}/edit/",
            f"/admin/pages/{control}/usage/",
            f"/admin/api/main/pages/?child_of={section}&for_explorer=1",
            f"/admin/api/main/pages/?descendant_of={section}&fields=*",
            "/admin/api/main/pages/?search=Vexillographe",
            "/admin/api/main/pages/?type=testimonies.TestimonyPage&fields=summary,search_description",
            "/admin/api/main/pages/find/?html_path=/temoignages/temoignage-vexillographe-brindavoine/",
            f"/admin/choose-page/{section}/",
            f"/admin/choose-page/{section}/?page_type=testimonies.testimonypage",
            "/admin/choose-page/search/?q=Vexillographe",
            "/admin/localize/reports/translations/?source_title=Vexillographe",
            "/admin/reports/site-history/?object_type=",
            "/admin/documents/?collection_id={}".format(Collection.objects.get(name="Consentements").pk),
        )
    )


def crawl_urls(scene):
    urls = []
    for route, name, arguments in admin_patterns():
        for kwargs in _fill(route, name, arguments, scene) if not route.startswith("admin/bulk/") else []:
            try:
                url = reverse(name, kwargs=kwargs) if name else "/" + route
            except NoReverseMatch:
                urls.append(AdminUrl(f"<no reverse for {route} with {kwargs}>", name or route))
                continue
            urls.append(AdminUrl(url, name or route))
            if any(word in (name or "") for word in SEARCHABLE) or (name or "").endswith(":listing"):
                word = SEARCH_WORDS[1] if "consentrecord" in url or "doc" in url else SEARCH_WORDS[0]
                parameter = "search" if (name or "").startswith("wagtailadmin_api:") else "q"
                urls.append(AdminUrl(f"{url}?{urlencode({parameter: word})}", name))
    urls.extend(_bulk_urls(scene))
    urls.extend(_extra_urls(scene))
    return urls
