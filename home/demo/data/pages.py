"""Demo content of the standard pages (about, legal notice, accessibility statement) and the home page.

Shape: see home/demo/data/__init__.py. Where a fact about the publisher is not known yet, the text
says so in plain words ("l'association éditrice du site") instead of inventing it.
"""

STANDARD_PAGES = {
    # ------------------------------------------------------------------------------------------
    "about": {
        "fr": {
            "title": "À propos",
            "slug": "a-propos",
            "introduction": (
                "Pair à pair rassemble des repères pratiques pour employer et accompagner des "
                "travailleurs pairs dans les services sociaux et médico-sociaux : guides, "
                "témoignages et modèles de fiches de poste, tous sourcés."
            ),
            "body": [
                ("heading", "Ce qu'est le site"),
                (
                    "paragraph",
                    "<p>Pair à pair est un site de ressources consacré au travail pair, aussi "
                    "appelé pair-aidance : l'emploi, dans les équipes sociales et médico-sociales, "
                    "de personnes recrutées pour leur expérience vécue de la rue, de la précarité, "
                    "des addictions ou des troubles psychiques.</p>"
                    "<p>Le même métier porte plusieurs noms selon les lieux et les secteurs : "
                    "travailleur pair, pair-aidant professionnel, médiateur de santé pair, "
                    "intervenant pair… Le site les rassemble, et sa recherche les retrouve quel "
                    "que soit le mot employé.</p>",
                ),
                ("heading", "À qui il s'adresse"),
                (
                    "checklist",
                    {
                        "title": "Le site s'adresse notamment :",
                        "items": [
                            "aux employeurs qui envisagent de recruter un travailleur pair ou en emploient déjà",
                            "aux équipes qui accueillent un collègue pair ou s'y préparent",
                            "aux travailleurs pairs, en poste ou en devenir",
                            "aux étudiants et aux formateurs du travail social et de la santé",
                        ],
                    },
                ),
                ("heading", "Trois types de contenus"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Guides pratiques</strong> : des repères pas à pas, de la "
                    "préparation de l'équipe au management, en passant par le recrutement.</li>"
                    "<li><strong>Témoignages</strong> : des structures racontent ce qu'elles ont "
                    "fait, ce qui a changé et ce qu'elles conseilleraient à d'autres "
                    "employeurs.</li>"
                    "<li><strong>Modèles de fiches de poste</strong> : des trames à adapter à sa "
                    "structure et à télécharger aux formats DOCX, ODT ou PDF.</li>"
                    "</ul>",
                ),
                ("heading", "Nos principes éditoriaux"),
                (
                    "checklist",
                    {
                        "title": "",
                        "items": [
                            "Chaque contenu cite ses sources : les faits et les chiffres rapportés "
                            "viennent de documents publics ou des structures elles-mêmes.",
                            "Aucun témoignage n'est publié sans un consentement enregistré, qui "
                            "précise ce qui peut être publié.",
                            "Ce consentement peut être retiré à tout moment, sans avoir à se "
                            "justifier : le témoignage est alors dépublié.",
                            "Les personnes ne sont nommées qu'avec leur accord, ou telles qu'une "
                            "source publique les nomme ; sinon, elles sont désignées par leur "
                            "fonction.",
                            "Les témoignages rédigés à partir d'articles ou de documents publics "
                            "l'indiquent et renvoient vers ces sources.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Des repères, pas des prescriptions",
                        "text": (
                            "<p>Les guides et les modèles proposent des pistes tirées "
                            "d'expériences réelles. Chaque structure reste juge de ce qui convient "
                            "à son projet, à son public et à son cadre juridique.</p>"
                        ),
                    },
                ),
                ("heading", "Nous écrire"),
                (
                    "paragraph",
                    "<p>Pour proposer un témoignage, signaler une erreur ou demander le retrait "
                    "d'un contenu, écrivez-nous à l'adresse de contact indiquée en pied de "
                    "page.</p>",
                ),
            ],
        },
        "en": {
            "title": "About",
            "slug": "about",
            "introduction": (
                "Pair à pair gathers practical guidance on employing and supporting peer workers "
                "in French social and medico-social services: guides, testimonies and "
                "job-description templates, all sourced."
            ),
            "body": [
                ("heading", "What this site is"),
                (
                    "paragraph",
                    "<p>Pair à pair is a knowledge site about peer work, also called peer "
                    "support: employing, in social and medico-social teams, people recruited for "
                    "their lived experience of homelessness, poverty, addiction or mental health "
                    "problems.</p>"
                    "<p>The same job goes by several names depending on the place and the sector: "
                    "peer worker, professional peer supporter, peer health mediator, peer "
                    "practitioner… The site brings them together, and its search finds them "
                    "whichever word you use.</p>",
                ),
                ("heading", "Who it is for"),
                (
                    "checklist",
                    {
                        "title": "The site is meant in particular for:",
                        "items": [
                            "employers who are thinking of hiring a peer worker or already employ one",
                            "teams welcoming a peer colleague or getting ready to",
                            "peer workers, in post or on their way",
                            "students and trainers in social work and health",
                        ],
                    },
                ),
                ("heading", "Three kinds of content"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Practice guides</strong>: step-by-step guidance, from preparing "
                    "the team to management, by way of recruitment.</li>"
                    "<li><strong>Testimonies</strong>: organisations describe what they did, what "
                    "changed and what they would advise other employers.</li>"
                    "<li><strong>Job-description templates</strong>: outlines to adapt to your "
                    "organisation and download as DOCX, ODT or PDF.</li>"
                    "</ul>",
                ),
                ("heading", "Our editorial principles"),
                (
                    "checklist",
                    {
                        "title": "",
                        "items": [
                            "Every item cites its sources: the facts and figures reported come "
                            "from public documents or from the organisations themselves.",
                            "No testimony is published without a recorded consent that states "
                            "what may be published.",
                            "That consent can be withdrawn at any time, with no reason needed: "
                            "the testimony is then unpublished.",
                            "People are named only with their agreement, or as a public source "
                            "names them; otherwise they are referred to by their role.",
                            "Testimonies written from articles or public documents say so and "
                            "link to those sources.",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Guidance, not prescriptions",
                        "text": (
                            "<p>The guides and templates offer ideas drawn from real experience. "
                            "Each organisation remains the judge of what suits its project, the "
                            "people it supports and its legal framework.</p>"
                        ),
                    },
                ),
                ("heading", "Write to us"),
                (
                    "paragraph",
                    "<p>To offer a testimony, report a mistake or ask for content to be removed, "
                    "write to the contact address given in the footer.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    "legal": {
        "fr": {
            "title": "Mentions légales",
            "slug": "mentions-legales",
            "introduction": (
                "Qui édite et héberge le site Pair à pair, comment il traite les données "
                "personnelles et quels droits s'attachent à ses contenus."
            ),
            "body": [
                ("heading", "Éditeur du site"),
                (
                    "paragraph",
                    "<p>Le site Pair à pair est édité par l'association éditrice du site. Pour la "
                    "joindre, utilisez l'adresse de contact indiquée en pied de page.</p>"
                    "<p>La direction de la publication est assurée par la personne qui préside "
                    "l'association éditrice.</p>",
                ),
                ("heading", "Hébergement"),
                (
                    "paragraph",
                    "<p>Le site est hébergé par le prestataire d'hébergement de l'association "
                    "éditrice, dont le nom, l'adresse et le numéro de téléphone sont communiqués "
                    "sur simple demande à l'adresse de contact indiquée en pied de page.</p>"
                    "<p>Les pages et les fichiers du site sont servis depuis son propre domaine : "
                    "aucun contenu n'est chargé depuis un autre site, qu'il s'agisse de polices "
                    "de caractères, de scripts ou de services tiers.</p>",
                ),
                ("heading", "Données personnelles"),
                (
                    "paragraph",
                    "<p>Le site ne contient aucun traceur : ni outil de mesure d'audience, ni "
                    "publicité, ni bouton de réseau social qui suivrait votre navigation. Vous "
                    "pouvez consulter tout le site sans qu'aucun cookie soit déposé sur votre "
                    "appareil.</p>"
                    "<p>Seuls les éditeurs qui se connectent à l'espace d'administration "
                    "reçoivent un cookie de session, strictement nécessaire à leur "
                    "connexion.</p>"
                    "<p>Pour améliorer le site, nous comptons les recherches effectuées : seuls "
                    "les mots recherchés et leur nombre sont conservés, sans adresse IP ni aucune "
                    "donnée permettant d'identifier la personne qui a cherché.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les témoignages peuvent évoquer des éléments de santé ou de parcours de "
                    "vie, qui sont des données sensibles au sens de l'article 9 du règlement "
                    "général sur la protection des données (RGPD). Ils ne sont publiés qu'avec le "
                    "consentement explicite des personnes concernées, ou de la structure lorsque "
                    "le témoignage repose sur des sources publiques. Les preuves de consentement "
                    "sont conservées par l'association éditrice, ne sont jamais publiées et ne "
                    "servent qu'à cette fin.</p>"
                    "<p>Vous disposez d'un droit d'accès, de rectification, d'effacement et "
                    "d'opposition sur les données qui vous concernent, ainsi que du droit de "
                    "retirer votre consentement à tout moment, sans avoir à vous justifier. Pour "
                    "les exercer, écrivez à l'adresse de contact indiquée en pied de page. Vous "
                    "pouvez aussi adresser une réclamation à la Commission nationale de "
                    "l'informatique et des libertés (<a href=\"https://www.cnil.fr/\">CNIL</a>)."
                    "</p>",
                ),
                ("heading", "Propriété intellectuelle"),
                (
                    "paragraph",
                    "<p>Sauf mention contraire, les textes du site sont rédigés par l'équipe "
                    "éditoriale de Pair à pair et appartiennent à l'association éditrice. Les "
                    "citations restent la propriété de leurs auteurs et sont accompagnées de leur "
                    "source.</p>"
                    "<p>Les modèles de fiches de poste sont faits pour être téléchargés, adaptés "
                    "et réutilisés par les employeurs. Pour toute autre reproduction, écrivez-nous "
                    "à l'adresse de contact indiquée en pied de page.</p>",
                ),
                ("heading", "Crédits"),
                (
                    "paragraph",
                    "<p>Le site est construit avec les logiciels libres "
                    "<a href=\"https://wagtail.org/\">Wagtail</a> et "
                    "<a href=\"https://www.djangoproject.com/\">Django</a>.</p>"
                    "<p>Les faits rapportés dans les guides, les témoignages et les fiches de "
                    "poste proviennent des sources citées sur chaque page : presse spécialisée, "
                    "documents d'associations, de fédérations et d'administrations.</p>",
                ),
                ("heading", "Liens vers d'autres sites"),
                (
                    "paragraph",
                    "<p>Le site renvoie vers des sites extérieurs, notamment pour citer ses "
                    "sources. L'association éditrice n'est pas responsable de leur contenu ni de "
                    "leurs pratiques en matière de données personnelles.</p>",
                ),
            ],
        },
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "introduction": (
                "Who publishes and hosts the Pair à pair site, how it handles personal data and "
                "what rights apply to its content."
            ),
            "body": [
                ("heading", "Publisher"),
                (
                    "paragraph",
                    "<p>The Pair à pair site is published by the association that publishes the "
                    "site. To reach it, use the contact address given in the footer.</p>"
                    "<p>The director of publication is the person who chairs the publishing "
                    "association.</p>",
                ),
                ("heading", "Hosting"),
                (
                    "paragraph",
                    "<p>The site is hosted by the publishing association's hosting provider, "
                    "whose name, address and telephone number are available on request from the "
                    "contact address given in the footer.</p>"
                    "<p>The site's pages and files are served from its own domain: nothing is "
                    "loaded from another site, be it fonts, scripts or third-party services.</p>",
                ),
                ("heading", "Personal data"),
                (
                    "paragraph",
                    "<p>The site contains no trackers: no audience measurement tool, no "
                    "advertising, no social media button that would follow your browsing. You "
                    "can read the whole site without any cookie being stored on your device.</p>"
                    "<p>Only editors who sign in to the administration area receive a session "
                    "cookie, strictly necessary for their sign-in.</p>"
                    "<p>To improve the site, we count the searches made: only the search terms "
                    "and their number are kept, with no IP address or any data that could "
                    "identify the person who searched.</p>",
                ),
                (
                    "paragraph",
                    "<p>Testimonies may mention health matters or life histories, which are "
                    "sensitive data under article 9 of the General Data Protection Regulation "
                    "(GDPR). They are published only with the explicit consent of the people "
                    "concerned, or of the organisation when the testimony is based on public "
                    "sources. Proof of consent is kept by the publishing association, never "
                    "published and used for that purpose only.</p>"
                    "<p>You have the right to access, correct, erase and object to the data "
                    "concerning you, and the right to withdraw your consent at any time, with no "
                    "reason needed. To exercise these rights, write to the contact address given "
                    "in the footer. You may also lodge a complaint with the French data "
                    "protection authority (<a href=\"https://www.cnil.fr/\">CNIL</a>).</p>",
                ),
                ("heading", "Intellectual property"),
                (
                    "paragraph",
                    "<p>Unless stated otherwise, the site's texts are written by the Pair à pair "
                    "editorial team and belong to the publishing association. Quotations remain "
                    "the property of their authors and come with their source.</p>"
                    "<p>The job-description templates are made to be downloaded, adapted and "
                    "reused by employers. For any other reproduction, write to the contact "
                    "address given in the footer.</p>",
                ),
                ("heading", "Credits"),
                (
                    "paragraph",
                    "<p>The site is built with the free software "
                    "<a href=\"https://wagtail.org/\">Wagtail</a> and "
                    "<a href=\"https://www.djangoproject.com/\">Django</a>.</p>"
                    "<p>The facts reported in the guides, testimonies and job descriptions come "
                    "from the sources cited on each page: the specialist press, and documents "
                    "from associations, federations and public bodies.</p>",
                ),
                ("heading", "Links to other sites"),
                (
                    "paragraph",
                    "<p>The site links to outside sites, in particular to cite its sources. The "
                    "publishing association is not responsible for their content or for their "
                    "handling of personal data.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    "accessibility": {
        "fr": {
            "title": "Déclaration d'accessibilité",
            "slug": "declaration-d-accessibilite",
            "introduction": (
                "L'association éditrice du site Pair à pair s'engage à rendre son site accessible, "
                "conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."
            ),
            "body": [
                ("heading", "Engagement"),
                (
                    "paragraph",
                    "<p>L'association éditrice du site Pair à pair s'engage à rendre son site "
                    "internet accessible conformément à l'article 47 de la loi n° 2005-102 du 11 "
                    "février 2005 pour l'égalité des droits et des chances, la participation et "
                    "la citoyenneté des personnes handicapées.</p>"
                    "<p>Le site vise le niveau AA du référentiel général d'amélioration de "
                    "l'accessibilité (RGAA), version 4.1.</p>",
                ),
                ("heading", "Champ d'application"),
                (
                    "paragraph",
                    "<p>Cette déclaration s'applique au site Pair à pair, dans sa version "
                    "française et dans sa version anglaise : pages d'information, guides "
                    "pratiques, témoignages, modèles de fiches de poste et recherche. L'espace "
                    "d'administration, réservé aux éditeurs, n'entre pas dans son périmètre.</p>",
                ),
                ("heading", "État de conformité"),
                (
                    "paragraph",
                    "<p>Le site Pair à pair est <strong>non conforme</strong> avec le "
                    "RGAA, version 4.1.</p>"
                    "<p>Le RGAA demande de déclarer non conforme un site qui n'a pas encore été "
                    "audité : c'est notre cas. Nos tests internes ne relèvent aucune erreur, mais "
                    "ils ne remplacent pas un audit complet par un organisme extérieur, qui seul "
                    "établira le taux de conformité. Cette déclaration sera mise à jour dès qu'un "
                    "audit aura été réalisé.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "L'évaluation interne a combiné :",
                        "items": [
                            "des tests automatisés avec l'outil axe-core sur chaque type de page "
                            "public, en français et en anglais",
                            "des vérifications manuelles de la navigation au clavier",
                        ],
                    },
                ),
                ("heading", "Contenus non accessibles"),
                (
                    "paragraph",
                    "<p><strong>Non-conformités.</strong> Les tests automatisés ne couvrent "
                    "qu'une partie des critères du RGAA. Tant qu'un audit complet n'a pas été "
                    "mené, des non-conformités peuvent subsister, en particulier sur les critères "
                    "qui demandent un examen humain, comme la pertinence des alternatives "
                    "textuelles ou la clarté des intitulés de liens.</p>"
                    "<p><strong>Dérogations pour charge disproportionnée.</strong> Aucune.</p>"
                    "<p><strong>Documents fournis par des partenaires.</strong> Certains "
                    "documents PDF fournis par des partenaires peuvent ne pas être accessibles. "
                    "Sur demande, nous vous aidons à obtenir leur contenu sous une autre "
                    "forme.</p>",
                ),
                ("heading", "Établissement de cette déclaration"),
                (
                    "paragraph",
                    "<p>Cette déclaration a été établie le 24 novembre 2026.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Technologies et environnement de test",
                        "header": ["Élément", "Détail"],
                        "rows": [
                            [
                                "Technologies utilisées",
                                "HTML5, CSS et JavaScript ; JavaScript est facultatif, le site "
                                "reste utilisable sans lui",
                            ],
                            ["Navigateur de test", "Chromium"],
                            ["Outil de test automatisé", "axe-core"],
                            ["Vérification manuelle", "Navigation au clavier seul"],
                        ],
                    },
                ),
                ("heading", "Retour d'information et contact"),
                (
                    "paragraph",
                    "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez-"
                    "nous pour être orienté vers une alternative accessible ou obtenir le contenu "
                    "sous une autre forme : écrivez à l'adresse de contact indiquée en pied de "
                    "page, en précisant la page concernée et la difficulté rencontrée.</p>",
                ),
                ("heading", "Voies de recours"),
                (
                    "paragraph",
                    "<p>Cette procédure est à utiliser dans le cas suivant : vous avez signalé au "
                    "responsable du site un défaut d'accessibilité qui vous empêche d'accéder à "
                    "un contenu ou à un service, et vous n'avez pas obtenu de réponse "
                    "satisfaisante.</p>"
                    "<p>Vous pouvez alors :</p>"
                    "<ul>"
                    "<li>écrire un message au Défenseur des droits grâce à son "
                    "<a href=\"https://formulaire.defenseurdesdroits.fr/\">formulaire en "
                    "ligne</a> ;</li>"
                    "<li>contacter le délégué du Défenseur des droits dans votre région, dont "
                    "les coordonnées figurent sur le "
                    "<a href=\"https://www.defenseurdesdroits.fr/\">site du Défenseur des "
                    "droits</a> ;</li>"
                    "<li>appeler le 09 69 39 00 00 ;</li>"
                    "<li>envoyer un courrier par la poste, gratuit et sans timbre : Défenseur des "
                    "droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                    "</ul>",
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "introduction": (
                "The association that publishes the Pair à pair site is committed to making it "
                "accessible, in accordance with article 47 of French law no. 2005-102 of "
                "11 February 2005."
            ),
            "body": [
                ("heading", "Commitment"),
                (
                    "paragraph",
                    "<p>The association that publishes the Pair à pair site is committed to making "
                    "its website accessible in accordance with article 47 of French law "
                    "no. 2005-102 of 11 February 2005 on equal rights and opportunities, "
                    "participation and citizenship of disabled people.</p>"
                    "<p>The site aims for level AA of the French accessibility framework, the "
                    "RGAA (référentiel général d'amélioration de l'accessibilité), version "
                    "4.1.</p>",
                ),
                ("heading", "Scope"),
                (
                    "paragraph",
                    "<p>This statement applies to the Pair à pair site, in its French and English "
                    "versions: information pages, practice guides, testimonies, job-description "
                    "templates and search. The administration area, reserved for editors, is "
                    "outside its scope.</p>",
                ),
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    "<p>The Pair à pair site is <strong>not compliant</strong> with the "
                    "RGAA, version 4.1.</p>"
                    "<p>The RGAA requires a site that has not yet been audited to be declared "
                    "non-compliant: this is our case. Our internal tests find no error, but "
                    "they do not replace a full audit by an outside body, which alone will "
                    "establish the compliance rate. This statement will be updated once an "
                    "audit has been done.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "The internal evaluation combined:",
                        "items": [
                            "automated tests with the axe-core tool on every public page type, "
                            "in French and in English",
                            "manual checks of keyboard navigation",
                        ],
                    },
                ),
                ("heading", "Non-accessible content"),
                (
                    "paragraph",
                    "<p><strong>Non-compliance.</strong> Automated tests cover only part of the "
                    "RGAA criteria. Until a full audit has been carried out, non-compliance may "
                    "remain, especially on criteria that need human review, such as the "
                    "relevance of text alternatives or the clarity of link texts.</p>"
                    "<p><strong>Exemptions for disproportionate burden.</strong> None.</p>"
                    "<p><strong>Documents supplied by partners.</strong> Some PDF documents "
                    "supplied by partners may not be accessible. On request, we will help you "
                    "obtain their content in another form.</p>",
                ),
                ("heading", "Preparation of this statement"),
                (
                    "paragraph",
                    "<p>This statement was drawn up on 24 November 2026.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Technologies and test environment",
                        "header": ["Item", "Detail"],
                        "rows": [
                            [
                                "Technologies used",
                                "HTML5, CSS and JavaScript; JavaScript is optional, the site "
                                "remains usable without it",
                            ],
                            ["Test browser", "Chromium"],
                            ["Automated testing tool", "axe-core"],
                            ["Manual check", "Keyboard-only navigation"],
                        ],
                    },
                ),
                ("heading", "Feedback and contact"),
                (
                    "paragraph",
                    "<p>If you cannot access a piece of content or a service, contact us to be "
                    "directed to an accessible alternative or to obtain the content in another "
                    "form: write to the contact address given in the footer, stating the page "
                    "concerned and the difficulty you met.</p>",
                ),
                ("heading", "Right of redress"),
                (
                    "paragraph",
                    "<p>Use this procedure in the following case: you have reported to the site's "
                    "managers an accessibility defect that prevents you from accessing a piece of "
                    "content or a service, and you have not received a satisfactory reply.</p>"
                    "<p>You can then:</p>"
                    "<ul>"
                    "<li>write to the Défenseur des droits (the French rights ombudsman) using "
                    "its <a href=\"https://formulaire.defenseurdesdroits.fr/\">online "
                    "form</a>;</li>"
                    "<li>contact the Défenseur des droits delegate in your region, whose details "
                    "are on the <a href=\"https://www.defenseurdesdroits.fr/\">Défenseur des "
                    "droits website</a>;</li>"
                    "<li>call 09 69 39 00 00 (from France);</li>"
                    "<li>send a letter by post, free of charge and with no stamp: Défenseur des "
                    "droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                    "</ul>",
                ),
            ],
        },
    },
}

HOME = {
    "fr": {
        "hero_heading": "Travail pair : des repères pour recruter, intégrer et travailler ensemble",
        "introduction": (
            "<p>Pair à pair aide les structures sociales et médico-sociales à faire une place aux "
            "travailleurs pairs, ces professionnels recrutés pour leur expérience vécue de la "
            "rue, de la précarité, des addictions ou des troubles psychiques.</p>"
            "<p>Vous y trouverez des <strong>guides pratiques</strong>, des "
            "<strong>témoignages</strong> de structures et des <strong>modèles de fiches de "
            "poste</strong> à adapter, tous sourcés.</p>"
        ),
    },
    "en": {
        "hero_heading": "Peer work: practical guidance to recruit, onboard and work together",
        "introduction": (
            "<p>Pair à pair helps French social and medico-social services make room for peer "
            "workers, professionals recruited for their lived experience of homelessness, "
            "poverty, addiction or mental health problems.</p>"
            "<p>You will find <strong>practice guides</strong>, <strong>testimonies</strong> "
            "from organisations and <strong>job-description templates</strong> to adapt, all "
            "sourced.</p>"
        ),
    },
}
