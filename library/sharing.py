"""Sharing a library page: plain links to the networks' own share addresses (nothing is loaded
from them: no script, no image, no counter) and a page of ours for Mastodon, where each reader
has their own server.

The Mastodon page asks for the reader's server and sends them to its `/share` address with the
page's title and address. It answers a POST only: a link of ours can never send anyone to another
host, and a form posted from another site could only send its visitor, with our page's title, to
a host that site could have linked to itself. Nothing is stored and no session is read, so the
POST is exempt from CSRF and the form page (no token) may be kept in the page cache.
"""

import re
from urllib.parse import quote, urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

from library.models import LibraryPage

# A host name of at least two labels, ending with a top-level domain (no IP address, no port).
HOSTNAME = re.compile(
    r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)
INVALID_SERVER = _("Indiquez l'adresse de votre serveur Mastodon, par exemple : mastodon.social")


def query(**parameters):
    return urlencode(parameters, quote_via=quote)


def share_links(page, request):
    """[(network, accessible name, visible name, URL)] for the page's share list."""
    url = page.get_full_url(request)
    title = page.title
    return [
        (
            "email",
            _("Partager par courriel"),
            _("Courriel"),
            "mailto:?" + query(subject=title, body=f"{page.summary}\n\n{url}"),
        ),
        (
            "linkedin",
            _("Partager sur LinkedIn"),
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?" + query(url=url),
        ),
        (
            "mastodon",
            _("Partager sur Mastodon"),
            "Mastodon",
            reverse("share_on_mastodon", kwargs={"page_id": page.pk}),
        ),
        (
            "bluesky",
            _("Partager sur Bluesky"),
            "Bluesky",
            "https://bsky.app/intent/compose?" + query(text=f"{title} {url}"),
        ),
        (
            "facebook",
            _("Partager sur Facebook"),
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + query(u=url),
        ),
        ("x", _("Partager sur X"), "X", "https://x.com/intent/tweet?" + query(text=title, url=url)),
    ]


def mastodon_host(value):
    """The server's host name from what a reader types: « mastodon.social »,
    « https://piaille.fr/@moi », « @moi@piaille.fr »; None when it is not a host name."""
    value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.strip().lower())
    value = value.split("/", 1)[0].rsplit("@", 1)[-1].rstrip(".")
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return value if HOSTNAME.match(value) else None


class MastodonServerForm(forms.Form):
    server = forms.CharField(
        label=_("Votre serveur Mastodon"),
        max_length=300,
        help_text=_("L'adresse du serveur de votre compte, par exemple : mastodon.social ou piaille.fr"),
        error_messages={"required": INVALID_SERVER},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["server"].widget.attrs.update(
            autocomplete="url", spellcheck="false", autocapitalize="none"
        )

    def clean_server(self):
        host = mastodon_host(self.cleaned_data["server"])
        if host is None:
            raise ValidationError(INVALID_SERVER, code="invalid")
        return host


@csrf_exempt
def share_on_mastodon(request, page_id):
    page = LibraryPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    status = 200
    if request.method == "POST":
        form = MastodonServerForm(request.POST)
        if form.is_valid():
            text = f"{page.title}\n{page.get_full_url(request)}"
            server = form.cleaned_data["server"]
            return HttpResponseRedirect(f"https://{server}/share?" + query(text=text), status=303)
        status = 400
    else:
        form = MastodonServerForm()
    context = {"shared_page": page, "form": form, "page_url": page.get_url(request)}
    return render(request, "library/share_on_mastodon.html", context, status=status)
