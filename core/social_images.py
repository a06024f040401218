"""The social card image of a page whose editor chose none: 1200×630 PNG, its kicker and title in
the site's colours, drawn by Pillow with the machine's DejaVu fonts (those of the PDFs).

Its address, `/partage/<page id>/<digest>.png`, names what it shows (the digest of the card's
text): the file is drawn at the first request for it, kept in the default storage under
`social-images/<page id>/`, and replaced when the card changes (an older address redirects to
the current one). Only live pages under no view restriction have one; any other page id is a
404. Drawing is bounded: SOCIAL_IMAGES_PER_CLIENT new images per client and minute, one at a time
per process; a file already drawn is read back.
"""

import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw, ImageFont
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.limits import ClientRateLimit, Refused, WorkerSlots
from core.site_cache import cached
from core.structured_data import absolute, social_card

WIDTH, HEIGHT = 1200, 630
# Change it when the drawing changes: every card gets a new address.
DRAWING_VERSION = "1"
FOLDER = "social-images"
MAX_AGE = 24 * 60 * 60
MAX_PAGE_ID = 2**31 - 1
FONTS = Path("/usr/share/fonts/truetype/dejavu")
BOLD, REGULAR = FONTS / "DejaVuSans-Bold.ttf", FONTS / "DejaVuSans.ttf"
# The site's colours (static/css/site.css).
PAPER, INK, INK_SOFT, BRAND, LINE = "#f4f2ee", "#1d1d1f", "#474b55", "#7a2e0e", "#cfcac2"
SOCIAL_RENDITION = "fill-1200x630"
MARGIN = 80
TITLE_SIZES = (68, 60, 52, 46)
TITLE_LINES = 4
_slots = WorkerSlots(size=1, wait=2, retry_after=5)


def card_digest(kicker, title, language):
    text = "\n".join([DRAWING_VERSION, language, kicker, title, settings.WAGTAIL_SITE_NAME])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def page_language(page):
    code = getattr(page, "language_code", None)  # library pages read it from the site cache
    return code if isinstance(code, str) else page.locale.language_code


def card_text(page):
    """(kicker, title, language) of the page's card, the kicker in the page's language."""
    language = page_language(page)
    with translation.override(language):
        card = social_card(page)
        return str(card["kicker"]), str(card["title"]), language


def card_image(request, page, card):
    """{"url", "width", "height", "alt", "type"}: the editor's image (`card["image"]`) as a
    1200×630 rendition, else the card drawn here; None for the preview of a page not yet saved
    (no address to draw its card at)."""
    image = card.get("image")
    if image is not None:
        try:
            rendition = image.get_rendition(SOCIAL_RENDITION)
        except SourceImageIOError:
            rendition = None
        if rendition is not None:
            return {
                "url": absolute(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": rendition.alt,
                "type": "",
            }
    if page.pk is None:
        return None
    kicker, title, language = card_text(page)
    path = reverse("social_image", args=[page.pk, card_digest(kicker, title, language)])
    return {
        "url": absolute(request, path),
        "width": WIDTH,
        "height": HEIGHT,
        "alt": title,
        "type": "image/png",
    }


def _card_state(page_id):
    page = Page.objects.live().public().filter(pk=page_id, alias_of__isnull=True).specific().first()
    if page is None:
        return None
    kicker, title, language = card_text(page)
    digest = card_digest(kicker, title, language)
    return {"kicker": kicker, "title": title, "language": language, "digest": digest}


def _font(path, size):
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:  # no DejaVu on this machine: Pillow's own font, at the same size
        return ImageFont.load_default(size)


def _wrap(draw, text, font, width):
    """Lines of `text` that fit `width` pixels, words kept whole (a word too long stands alone)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if not line or draw.textlength(candidate, font=font) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _title_lines(draw, title, width):
    """The largest size at which the title fits TITLE_LINES lines; cut with « … » at the smallest."""
    for size in TITLE_SIZES:
        font = _font(BOLD, size)
        lines = _wrap(draw, title, font, width)
        if len(lines) <= TITLE_LINES:
            return font, size, lines
    lines = lines[:TITLE_LINES]
    last = lines[-1]
    while last and draw.textlength(last + " …", font=font) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    lines[-1] = f"{last} …"
    return font, size, lines


def draw_card(kicker, title, language):
    """The card as PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 24, HEIGHT], fill=BRAND)
    text_width = WIDTH - 2 * MARGIN
    draw.text((MARGIN, 72), kicker.upper(), font=_font(BOLD, 30), fill=BRAND)
    font, size, lines = _title_lines(draw, title, text_width)
    y = 136
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=INK)
        y += int(size * 1.22)
    draw.line([MARGIN, HEIGHT - 132, WIDTH - MARGIN, HEIGHT - 132], fill=LINE, width=2)
    draw.text((MARGIN, HEIGHT - 108), settings.WAGTAIL_SITE_NAME, font=_font(BOLD, 34), fill=BRAND)
    with translation.override(language):
        tagline = gettext("Le travail pair dans le social et le médico-social")  # the header's
    draw.text((MARGIN, HEIGHT - 62), tagline, font=_font(REGULAR, 26), fill=INK_SOFT)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _stored(page_id, digest):
    return f"{FOLDER}/{page_id}/{digest}.png"


def _read(name):
    try:
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    except (FileNotFoundError, OSError):
        return None


def _store(page_id, digest, data):
    """Keeps the new card and deletes the page's older ones."""
    name = _stored(page_id, digest)
    folder = f"{FOLDER}/{page_id}"
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, OSError):
        files = []
    for old in files:
        if old != f"{digest}.png":
            default_storage.delete(f"{folder}/{old}")
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))


def _image_response(data):
    response = HttpResponse(data, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def social_image(request, page_id, digest):
    if page_id > MAX_PAGE_ID:  # names no page (and SQLite cannot compare it)
        raise Http404
    state = cached("social-image", lambda: _card_state(page_id), page_id)
    if state is None:
        raise Http404
    if digest != state["digest"]:
        return redirect("social_image", page_id, state["digest"])
    data = _read(_stored(page_id, digest))
    if data is None:
        limit = ClientRateLimit("social-image", settings.SOCIAL_IMAGES_PER_CLIENT, 60)
        try:
            limit.hit(request)
            with _slots.slot():
                data = draw_card(state["kicker"], state["title"], state["language"])
        except Refused as refused:
            response = HttpResponse(status=429)
            response["Retry-After"] = str(refused.retry_after)
            return response
        _store(page_id, digest, data)
    return _image_response(data)
