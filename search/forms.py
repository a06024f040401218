"""The search parameters of the public URL contract, validated without ever refusing a request.

Unknown facet values are dropped one by one, an over-long query is cut, a bad page number becomes
1 (the engine then clamps it to the last page), an unknown sort falls back to the default.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.text import clean_query
from search.vocabulary import FACET_KEYS, FACETS

MAX_VALUES_PER_FACET = 20
MAX_PAGE = 100_000
SORTS = [("pertinence", _("Pertinence")), ("date", _("Date de publication"))]


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the valid values, in order, without duplicates; ignores the rest."""

    def to_python(self, value):
        if not value:
            return []
        if not isinstance(value, list | tuple):
            value = [value]
        return [str(item) for item in value]

    def validate(self, value):
        pass

    def clean(self, value):
        valid = {str(key) for key, _label in self.choices}
        kept = [item for item in self.to_python(value) if item in valid]
        return list(dict.fromkeys(kept))[:MAX_VALUES_PER_FACET]


class LenientChoiceField(forms.ChoiceField):
    def clean(self, value):
        valid = {key for key, _label in self.choices}
        return value if value in valid else ""


class LenientIntegerField(forms.Field):
    def clean(self, value):
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            return 1
        return min(max(number, 1), MAX_PAGE)


class QueryField(forms.CharField):
    def clean(self, value):
        return clean_query(value if isinstance(value, str) else "")


class FlagField(forms.Field):
    """Any non-empty value but "0" is yes: a link's `?sans_correction=1`."""

    def clean(self, value):
        return isinstance(value, str) and value.strip() not in {"", "0"}


class SearchForm(forms.Form):
    """The query, one field per facet of FACETS (its values those of the vocabulary), the sort, the
    page, and `sans_correction`: search the query as typed, even when it finds nothing."""

    q = QueryField(label=_("Rechercher dans la bibliothèque"), required=False)
    tri = LenientChoiceField(label=_("Trier par"), choices=SORTS, required=False)
    page = LenientIntegerField(required=False)
    sans_correction = FlagField(required=False)

    def __init__(self, data, vocabulary, scope="", years=range(1990, 2101)):
        super().__init__(data)
        for key, label in FACETS:
            if key == "annee":
                choices = [(str(year), str(year)) for year in years]
            elif key == "type" and scope:
                choices = []  # a section lists one type only
            else:
                choices = vocabulary.choices(key)
            self.fields[key] = LenientMultipleChoiceField(label=label, choices=choices, required=False)
        self.order_fields(["q", *FACET_KEYS, "tri", "page", "sans_correction"])

    def cleaned(self):
        """The parameters, always valid: {'q', 'tri', 'page', 'sans_correction', facet: [slugs…]}."""
        self.is_valid()
        data = {key: self.cleaned_data.get(key) or [] for key in FACET_KEYS}
        data["q"] = self.cleaned_data.get("q", "")
        data["page"] = self.cleaned_data.get("page") or 1
        data["tri"] = self.cleaned_data.get("tri") or ("pertinence" if data["q"] else "date")
        data["sans_correction"] = bool(self.cleaned_data.get("sans_correction"))
        return data
