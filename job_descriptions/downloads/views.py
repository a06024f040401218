"""Views of a job-description page's routes: the files and the personalisation form."""

from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from core.limits import Refused
from job_descriptions.downloads.files import PersonalisedFiles, PublishedFiles, content_disposition
from job_descriptions.downloads.formats import FORMATS, get_format
from job_descriptions.downloads.forms import PersonalisationForm
from job_descriptions.downloads.limits import client_limit, rendering_slot
from job_descriptions.downloads.pdf_writer import prepare_printer
from job_descriptions.downloads.stats import record_download

PERSONALISE_TEMPLATE = "job_descriptions/downloads/personalise.html"
GUIDANCE_TEMPLATE = "job_descriptions/downloads/includes/guidance.html"
UNAVAILABLE_TEMPLATE = "job_descriptions/downloads/unavailable.html"
BUSY_TEMPLATE = "job_descriptions/downloads/busy.html"


def _is_public(page):
    return not page.get_view_restrictions().exists()


def _file_response(data, file_format, name):
    response = HttpResponse(data, content_type=file_format.content_type)
    response["Content-Disposition"] = content_disposition(name, file_format.extension)
    response["Content-Length"] = str(len(data))
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _unavailable(request, page, file_format):
    response = TemplateResponse(
        request, UNAVAILABLE_TEMPLATE, {"page": page, "self": page, "file_format": file_format}, status=503
    )
    response["Retry-After"] = "3600"
    add_never_cache_headers(response)
    return response


def _busy(request, page, refused):
    """429: too many personalised files for this visitor, or every rendering slot is taken."""
    context = {"page": page, "self": page, "retry_after": refused.retry_after, "reason": refused.reason}
    response = TemplateResponse(request, BUSY_TEMPLATE, context, status=429)
    response["Retry-After"] = str(refused.retry_after)
    add_never_cache_headers(response)
    return response


def _personalised_download(page, request, form):
    file_format = FORMATS[form.cleaned_data["format"]]
    personalisation = form.personalisation()
    files = PersonalisedFiles(page, request)
    try:
        client_limit().hit(request)
        found = files.kept_file(file_format, personalisation)
        if found is None:
            with rendering_slot(file_format):
                found = files.render(file_format, personalisation)
    except Refused as refused:
        return _busy(request, page, refused)
    name, data = found
    response = _file_response(data, file_format, name)
    response["Cache-Control"] = "private, no-store"
    record_download(page, file_format, personalised=True)
    return response


def download(page, request, format_key):
    """<page URL>telecharger/<format>/: the published file, cached, with ETag and Last-Modified."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    file_format = get_format(format_key)
    if file_format is None or format_key != file_format.key:
        raise Http404("Format inconnu")
    if not file_format.is_available():
        return _unavailable(request, page, file_format)

    files = PublishedFiles(page, request)
    etag = files.etag(file_format)
    last_modified = int(files.last_modified.timestamp()) if files.last_modified else None
    cache_control = "public, no-cache" if _is_public(page) else "private, no-cache"
    validators = {"ETag": etag, "Cache-Control": cache_control}
    if last_modified:
        validators["Last-Modified"] = http_date(last_modified)

    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        for header, value in validators.items():
            not_modified[header] = value
        return not_modified

    entry = files.entry(file_format)
    response = _file_response(entry["data"], file_format, entry["name"])
    for header, value in validators.items():
        response[header] = value
    if request.method == "GET":
        record_download(page, file_format)
    return response


def personalise(page, request):
    """<page URL>personnaliser/: the form (GET), its check ("Vérifier") and the download (POST),
    posted without a CSRF token (personalisation_url.py)."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if request.method == "POST":
        form = PersonalisationForm(page, request.POST)
        action = request.POST.get("action", "check")
        valid = form.is_valid()
        if request.headers.get("X-Requested-With") == "fetch":
            response = TemplateResponse(request, GUIDANCE_TEMPLATE, {"advice": form.advice(), "live": True})
            add_never_cache_headers(response)
            return response
        if action == "download" and valid:
            return _personalised_download(page, request, form)
        checked = True
    else:
        form = PersonalisationForm(page)
        checked = False
        prepare_printer()  # the employer's PDF, a minute from now, finds the PDF process ready
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "checked": checked,
            "advice": form.advice(),
            "formats": FORMATS.values(),
        }
    )
    response = TemplateResponse(request, PERSONALISE_TEMPLATE, context)
    if request.method == "POST":  # what the employer typed, shown again: never kept anywhere
        add_never_cache_headers(response)
    # The form itself (GET) is the same for every reader, without a CSRF token
    # (personalisation_url.py): the page cache keeps it for readers without a session.
    patch_vary_headers(response, ["Cookie"])
    return response
