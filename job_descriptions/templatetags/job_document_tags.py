"""`{{ text|in_document:job }}`: a text of a JobDocument for its PDF layout (job_description_pdf.html),
escaped, its typed line breaks kept, a passage in another language in a span that says so."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def in_document(text, job):
    pieces = []
    for piece, language in job.parts(text):
        html = linebreaksbr(piece, autoescape=True)
        pieces.append(format_html('<span lang="{}">{}</span>', language, html) if language else html)
    return mark_safe("".join(pieces))  # noqa: S308 (each piece escaped above)
