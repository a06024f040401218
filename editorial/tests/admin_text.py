"""The words an editor reads on an admin screen: visible text plus the labels assistive technology
reads (aria-label, title, placeholder, alt, button values), without scripts, styles, data-* props."""

import re
from html.parser import HTMLParser

READ_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "aria-description"}
SKIPPED_TAGS = {"script", "style", "template", "svg", "noscript", "textarea"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIPPED_TAGS:
            self.skipping.append(tag)
        if self.skipping:
            return
        for name in READ_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.parts.append(data.strip())


def screen_text(html):
    reader = _Reader()
    reader.feed(html)
    return "\n".join(reader.parts)


def words_found(text, words):
    """The words of `words` (case-sensitive, whole words) that occur in `text`, with their line."""
    found = {}
    for line in text.splitlines():
        for word in re.findall(r"[A-Za-z][A-Za-z']*", line):
            if word in words:
                found.setdefault(word, line)
    return found
