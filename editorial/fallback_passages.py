"""The passages of a partly translated page that readers still see in the source language.

wagtail-localize fills every string left untranslated with the source's text. Those passages
must say their language (WCAG 3.1.2): a template asks, for each text it shows, whether it is one
of the page's untranslated strings (`lang`), and rich text is marked paragraph by paragraph
(`mark_rich_text`), so a field or a block translated in part carries `lang` on its French parts
only. Texts are compared once their spaces are collapsed, whatever their markup: the same
comparison serves plain fields, blocks, list items and the lists a page derives from them.
"""

import re

from bs4 import BeautifulSoup, NavigableString
from django.db.models import Exists, OuterRef
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue, extract_strings

from core.site_cache import cached
from editorial.models import TranslationStatus
from editorial.translations import has_missing_strings

_BLANK_LINE = re.compile(r"\n\s*\n")


def normalised(text):
    """A text as compared: its spaces (line breaks included) collapsed, trimmed."""
    return " ".join(str(text or "").split())


class FallbackPassages:
    """The untranslated strings of one page: `fallback.lang(text)` is ' lang="fr"' when `text`
    is one of them, else ""."""

    def __init__(self, language="", texts=()):
        self.language = language
        self.texts = {normalised(text) for text in texts} - {""}
        # A document's paragraphs are a field cut at its blank lines (the downloaded files).
        self.paragraphs = {normalised(part) for text in texts for part in _BLANK_LINE.split(str(text or ""))}
        self.paragraphs -= {""}

    def __bool__(self):
        return bool(self.texts)

    def is_fallback(self, text):
        return bool(self.texts) and normalised(text) in self.texts

    def lang(self, text):
        return f' lang="{self.language}"' if self.is_fallback(text) else ""

    def parts(self, text):
        """[(piece, language)] of a document's text, the language "" for the page's own: the whole
        text when it is an untranslated string or one of its paragraphs, else what follows the
        label of a line "Label : text" when that is one."""
        if not self.texts:
            return [(text, "")]
        if self._is_passage(text):
            return [(text, self.language)]
        for separator in (" : ", ": "):
            label, found, rest = text.partition(separator)
            if found and self._is_passage(rest):
                return [(label + found, ""), (rest, self.language)]
        return [(text, "")]

    def _is_passage(self, text):
        key = normalised(text)
        return key in self.texts or key in self.paragraphs

    def mark_rich_text(self, source):
        """Rich text (database HTML) whose untranslated passages carry `lang`: the block that
        holds a passage alone (a paragraph, a list item, a heading) gets the attribute, a passage
        sharing its block with translated text is wrapped in a <span>."""
        if not self or not source:
            return source
        template, strings = extract_strings(source)
        soup = BeautifulSoup(template, "html.parser")
        for placeholder in soup.find_all("text"):
            string, attributes = strings[int(placeholder["position"])]
            restored = list(string.render_soup(attributes).contents)
            if not self.is_fallback(string.render_text()):
                placeholder.replace_with(*restored)
                continue
            holder = placeholder.parent
            if holder is not soup and _only_child(holder, placeholder):
                holder["lang"] = self.language
                placeholder.replace_with(*restored)
            else:
                span = soup.new_tag("span", lang=self.language)
                span.extend(restored)
                placeholder.replace_with(span)
        return str(soup)


def _only_child(element, child):
    return all(
        node is child or (isinstance(node, NavigableString) and not node.strip()) for node in element.contents
    )


def fallback_passages(page):
    """The page's untranslated strings: none (and one query) for a page published complete;
    three queries otherwise."""
    if not has_missing_strings(page):
        return FallbackPassages()
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale")
        .first()
    )
    if translation is None:
        return FallbackPassages()
    # A translation with an error is not used either: the source's text is shown.
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        locale_id=page.locale_id,
        context_id=OuterRef("context_id"),
        has_error=False,
    )
    untranslated = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(Exists(done))
        .values_list("string__data", flat=True)
    )
    return FallbackPassages(
        translation.source.locale.language_code,
        [StringValue(data).render_text() for data in untranslated],
    )


# What a card shows of a page: its title and its summary.
LISTED_FIELDS = ("title", "summary")


def listing_fallbacks(locale_id):
    """{page id: FallbackPassages of its title and summary} for the live pages of a locale with
    untranslated strings: what listings need to mark the cards, two queries per content change
    (the site cache's generation), whatever the number of cards."""
    return cached("listing-fallbacks", lambda: _listing_fallbacks(locale_id), locale_id)


def _listing_fallbacks(locale_id):
    pages = dict(
        TranslationStatus.objects.filter(missing_strings__gt=0, page__locale_id=locale_id).values_list(
            "page__translation_key", "page_id"
        )
    )
    if not pages:
        return {}
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        locale_id=locale_id,
        context_id=OuterRef("context_id"),
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(
            source__object_id__in=list(pages),
            source__translations__target_locale_id=locale_id,
            source__translations__enabled=True,
            context__path__in=LISTED_FIELDS,
        )
        .exclude(Exists(done))
        .values_list("source__object_id", "source__locale__language_code", "string__data")
    )
    texts = {}
    for key, language, data in rows:
        texts.setdefault(pages[key], (language, []))[1].append(StringValue(data).render_text())
    return {page_id: FallbackPassages(language, found) for page_id, (language, found) in texts.items()}
