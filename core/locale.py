"""The language of a request, from its path alone: French without a prefix, English under /en/.

`language_from_path` is Django's `get_language_from_path`, remembered per first segment of the
path, which is all it reads: Django finds the language variant of a supported code once, but asks
again on every request for a segment that names no language (`/guides/`, `/recherche/`…), which
is most of them, three times per request in its LocaleMiddleware.

`LocaleMiddleware` is Django's for URLs in `i18n_patterns(prefix_default_language=False)`, where
Django itself ends up with the language of the path or else LANGUAGE_CODE (the language cookie
and Accept-Language are read, then not used): it reads the path once and nothing else. Any other
URL configuration gets Django's own behaviour.
"""

import functools

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.signals import setting_changed
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers

MAX_PREFIXES_KEPT = 256


@functools.lru_cache(maxsize=MAX_PREFIXES_KEPT)
def _language_of_prefix(prefix):
    return translation.get_language_from_path(prefix)


def language_from_path(path_info):
    """Django's `get_language_from_path(path_info)`: its pattern stops at the first segment's slash."""
    end = path_info.find("/", 1)
    return _language_of_prefix(path_info if end < 0 else path_info[: end + 1])


def _forget_languages(setting, **kwargs):
    if setting in ("LANGUAGES", "LANGUAGE_CODE"):
        _language_of_prefix.cache_clear()


setting_changed.connect(_forget_languages, dispatch_uid="core_locale_languages")


def _unprefixed_default_language(request):
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
    return i18n_patterns_used and not prefixed_default_language


class LocaleMiddleware(locale.LocaleMiddleware):
    def process_request(self, request):
        if not _unprefixed_default_language(request):
            return super().process_request(request)
        translation.activate(language_from_path(request.path_info) or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def process_response(self, request, response):
        if not _unprefixed_default_language(request):
            return super().process_response(request, response)
        # Django's, less the redirection to a prefixed URL, which needs a prefixed default language.
        if not language_from_path(request.path_info):
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
