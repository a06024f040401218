import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.admin_panels import UserAwarePageChooserPanel
from core.routing import CachedRoutingMixin, CachedViewRestrictionsMixin
from home.listings import home_page_sections
from library.blocks import BodyBlock


class HomePage(CachedRoutingMixin, CachedViewRestrictionsMixin, Page):
    """The home page of one language; the English home is the translation of the French one."""

    hero_heading = models.CharField(
        _("accroche"),
        max_length=200,
        help_text=_("La phrase d'accueil en haut de la page."),
    )
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("introduction"),
        InlinePanel("featured_items", label=_("Contenus mis en avant"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # The sections (and search page) and standard pages; content lives in the sections.
    subpage_types = ["search.LibraryIndexPage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def social_card(self):
        """The site's name over the welcome sentence (core/structured_data.py)."""
        return {"title": self.hero_heading or self.title}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        context["untranslated_notice"] = request.GET.get("untranslated") == "1"
        return context


class HomeFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contenu"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [UserAwarePageChooserPanel("page", page_type="library.LibraryPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("contenu mis en avant")


class StandardPage(CachedViewRestrictionsMixin, Page):
    """A plain page: à propos, mentions légales, déclaration d'accessibilité."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


LEGAL_IDENTITY_FIELDS = [
    "publisher_name",
    "publisher_address",
    "publisher_phone",
    "publisher_registration",
    "publication_director",
    "host_name",
    "host_address",
    "host_phone",
]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Contact and footer details, editable under Paramètres > Réglages du site."""

    contact_email = models.EmailField(_("adresse de contact"), blank=True)
    footer_text_fr = models.TextField(_("texte du pied de page (français)"), blank=True)
    footer_text_en = models.TextField(_("texte du pied de page (anglais)"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page « À propos »"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page « Mentions légales »"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page « Déclaration d'accessibilité »"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mastodon_url = models.URLField(_("compte Mastodon"), blank=True)
    linkedin_url = models.URLField(_("page LinkedIn"), blank=True)
    description_fr = models.CharField(
        _("description du site (français)"),
        max_length=300,
        blank=True,
        help_text=_("Décrit le site aux moteurs de recherche (page d'accueil, pages sans résumé)."),
    )
    description_en = models.CharField(_("description du site (anglais)"), max_length=300, blank=True)
    # What the legal notice must say (LCEN, art. 6): shown on the legal notice page.
    publisher_name = models.CharField(
        _("éditeur"), max_length=200, blank=True, help_text=_("Nom de l'association ou de la structure.")
    )
    publisher_address = models.TextField(_("adresse du siège de l'éditeur"), blank=True)
    publisher_phone = models.CharField(_("téléphone de l'éditeur"), max_length=40, blank=True)
    publisher_registration = models.CharField(
        _("numéro RNA ou SIREN de l'éditeur"), max_length=100, blank=True
    )
    publication_director = models.CharField(
        _("directeur ou directrice de la publication"),
        max_length=200,
        blank=True,
        help_text=_("Nom et fonction."),
    )
    host_name = models.CharField(_("hébergeur"), max_length=200, blank=True)
    host_address = models.TextField(_("adresse de l'hébergeur"), blank=True)
    host_phone = models.CharField(_("téléphone de l'hébergeur"), max_length=40, blank=True)

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [FieldPanel("footer_text_fr"), FieldPanel("footer_text_en")], heading=_("Pied de page")
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("about_page", "home.StandardPage"),
                PageChooserPanel("legal_notice_page", "home.StandardPage"),
                PageChooserPanel("accessibility_page", "home.StandardPage"),
            ],
            heading=_("Liens du pied de page"),
        ),
        MultiFieldPanel(
            [FieldPanel("mastodon_url"), FieldPanel("linkedin_url")], heading=_("Réseaux sociaux")
        ),
        MultiFieldPanel(
            [FieldPanel("description_fr"), FieldPanel("description_en")], heading=_("Description du site")
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in LEGAL_IDENTITY_FIELDS],
            heading=_("Mentions légales : éditeur et hébergeur"),
        ),
    ]

    class Meta:
        verbose_name = _("réglages du site")

    def description(self):
        return self.description_en if get_language() == "en" else self.description_fr

    def legal_identity(self):
        """The legal notice's publisher and host details, as (label, value) pairs per group."""

        def rows(names):
            return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in names]

        return {
            "publisher": rows(LEGAL_IDENTITY_FIELDS[:5]),
            "host": rows(LEGAL_IDENTITY_FIELDS[5:]),
        }

    def is_legal_notice(self, page):
        """Whether `page` is the legal notice page (or its translation)."""
        notice = self.legal_notice_page
        return notice is not None and page is not None and notice.translation_key == page.translation_key

    def footer_text(self):
        return self.footer_text_en if get_language() == "en" else self.footer_text_fr

    def footer_links(self):
        """The legal links, each in the reader's language when a translation exists."""
        links = []
        for page in (self.about_page, self.legal_notice_page, self.accessibility_page):
            if page is not None:
                page = page.localized
                if page.live:
                    links.append(page)
        return links

    def accessibility_statement(self):
        page = self.accessibility_page
        return page.localized if page is not None and page.live else None


class ContactMessage(models.Model):
    """A message sent with the contact form (home.contact); mailed to the contact address, kept
    RETENTION_MONTHS (said on the form), then deleted by `manage.py purge_contact_messages`."""

    RETENTION_MONTHS = 12
    RETENTION = datetime.timedelta(days=RETENTION_MONTHS * 31)

    class Subject(models.TextChoices):
        QUESTION = "question", _("Une question")
        ERROR = "erreur", _("Une erreur sur une page")
        DATA = "donnees", _("Une demande sur vos données personnelles")
        PARTNERSHIP = "partenariat", _("Un partenariat")

    subject = models.CharField(_("objet"), max_length=20, choices=Subject.choices)
    name = models.CharField(_("nom"), max_length=120)
    email = models.EmailField(_("adresse électronique"), max_length=254)
    message = models.TextField(_("message"), max_length=5000)
    page_url = models.CharField(_("page concernée"), max_length=500, blank=True)
    language = models.CharField(_("langue"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("message de contact")
        verbose_name_plural = _("messages de contact")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_subject_display()} — {self.name}"

    def deleted_after(self):
        """The day from which `purge_contact_messages` deletes the message."""
        return timezone.localdate(self.created_at + self.RETENTION) if self.created_at else None

    deleted_after.short_description = _("effacé après le")
