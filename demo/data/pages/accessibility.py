"""Demo content: the « accessibility » page."""

PAGE = {
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
                '<a href="https://formulaire.defenseurdesdroits.fr/">formulaire en '
                "ligne</a> ;</li>"
                "<li>contacter le délégué du Défenseur des droits dans votre région, dont "
                "les coordonnées figurent sur le "
                '<a href="https://www.defenseurdesdroits.fr/">site du Défenseur des '
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
                'its <a href="https://formulaire.defenseurdesdroits.fr/">online '
                "form</a>;</li>"
                "<li>contact the Défenseur des droits delegate in your region, whose details "
                'are on the <a href="https://www.defenseurdesdroits.fr/">Défenseur des '
                "droits website</a>;</li>"
                "<li>call 09 69 39 00 00 (from France);</li>"
                "<li>send a letter by post, free of charge and with no stamp: Défenseur des "
                "droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                "</ul>",
            ),
        ],
    },
}
