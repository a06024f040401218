"""wagtail-localize's translation editor (its built JavaScript), with the project's changes.

The editor is a React application shipped built and minified; it offers no setting or hook for
these, and its sources cannot be rebuilt here. The project serves a copy of the built file, made
from the installed one by `patch()` below (`manage.py patch_translation_editor` writes it to
editorial/static/, which the static files finders read before wagtail-localize's own folder):

- the dropdown's hidden label "More actions" and the title above the segments ("français to
  anglais translation") are written in the JavaScript, untranslatable: they go through `gettext`
  like the editor's other labels (French in locale/fr/LC_MESSAGES/djangojs.po);
- "Stop Synced translation" is offered to everyone who may edit the page: it is offered only when
  the page gives the editor its address (`links.stopTranslationUrl`), which the project's
  template gives to those who may publish (editorial/translation_editor.py);
- the "more actions" dropdown is shown only when it has actions in it.

editorial/tests/test_translation_editor.py fails when the served copy is not `patch()` of the
installed file: after an upgrade of wagtail-localize, run the command again (it stops with the
patch that no longer applies, if one does not).
"""

import re
from pathlib import Path

import wagtail_localize

BUNDLE = "wagtail_localize/js/wagtail-localize.js"
INSTALLED = Path(wagtail_localize.__file__).resolve().parent / "static" / BUNDLE
SERVED = Path(__file__).resolve().parent / "static" / BUNDLE


class PatchError(Exception):
    pass


def _translate_more_actions(text):
    return text.replace('"More actions"', 'gettext("More actions")'), text.count('"More actions"')


# let i=[<the "Stop Synced translation" button, posting to a.stopTranslationUrl>];
_STOP_BUTTON = re.compile(
    r"let (?P<actions>\w+)=\[(?P<button>(?:(?!let ).)*?\"data-w-action-url-value\":"
    r"(?P<links>\w+)\.stopTranslationUrl\}.*?\(\"Stop Synced translation\"\)\)\))\];",
    re.DOTALL,
)


def _stop_button_only_with_its_address(text):
    return _STOP_BUTTON.subn(r"let \g<actions>=\g<links>.stopTranslationUrl?[\g<button>]:[];", text)


# ({defaultAction:e,actions:r,…})=>…{className:"w-dropdown-button"},e,<the dropdown>
_ACTION_MENU = re.compile(
    r"(?P<head>\(\{defaultAction:(?P<default>\w+),actions:(?P<actions>\w+),previewModes:\w+\}\)=>"
    r"(?:(?!=>).)*?\{className:\"w-dropdown-button\"\},(?P=default),)",
    re.DOTALL,
)


def _dropdown_only_with_actions(text):
    return _ACTION_MENU.subn(r"\g<head>\g<actions>.length>0&&", text)


# `${props.sourceLocale.displayName} to ${props.locale.displayName} translation`
_TITLE = re.compile(
    r"`\$\{(?P<source>\w+)\.sourceLocale\.displayName\} to "
    r"\$\{(?P<target>\w+)\.locale\.displayName\} translation`"
)


def _translate_title(text):
    return _TITLE.subn(
        r'interpolate(gettext("%(source)s to %(target)s translation"),'
        r"{source:\g<source>.sourceLocale.displayName,target:\g<target>.locale.displayName},!0)",
        text,
    )


PATCHES = [
    ("More actions translatable", _translate_more_actions, 2),
    ("the segments' title translatable", _translate_title, 2),
    ("Stop Synced translation only with its address", _stop_button_only_with_its_address, 1),
    ("dropdown only with actions", _dropdown_only_with_actions, 1),
]

HEADER = (
    f"/* wagtail-localize {wagtail_localize.__version__} translation editor, patched by the project "
    "(editorial/localize_bundle.py): do not edit by hand. */\n"
)


def patch(text):
    """The served bundle: `text` (the installed one) with every patch applied, each exactly as
    often as expected."""
    for name, apply, expected in PATCHES:
        text, count = apply(text)
        if count != expected:
            raise PatchError(f"{name}: applied {count} times, expected {expected}")
    return HEADER + text


def write():
    SERVED.parent.mkdir(parents=True, exist_ok=True)
    SERVED.write_text(patch(INSTALLED.read_text(encoding="utf-8")), encoding="utf-8")
    return SERVED
