"""The standard pages of a new site: what is true of every Pair à pair site is written, what only
the publisher knows is marked [À compléter : …] (in English [To complete: …]) for an editor.

Shape: the demo data's (demo/data/__init__.py); "en" has the same blocks as "fr", in the same order.
"""

TO_COMPLETE = "À compléter"

_NOTICE_FR = (
    "callout",
    {
        "title": "Texte à compléter",
        "text": "<p>Cette page est un modèle créé à l'installation du site. Remplacez chaque passage "
        "entre crochets [À compléter : …] par les informations de l'éditeur, puis supprimez ce "
        "cadre avant l'ouverture du site.</p>",
    },
)
_NOTICE_EN = (
    "callout",
    {
        "title": "Text to complete",
        "text": "<p>This page is a template created when the site was installed. Replace each "
        "passage in square brackets [To complete: …] with the publisher's details, then remove "
        "this box before the site opens.</p>",
    },
)

LEGAL = {
    "fr": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "introduction": "Qui édite et héberge le site, comment il traite les données personnelles et "
        "quels droits s'attachent à ses contenus.",
        "body": [
            _NOTICE_FR,
            ("heading", "Données personnelles"),
            (
                "paragraph",
                "<p>Le site ne charge aucun contenu depuis un autre site et ne contient aucun outil "
                "de mesure d'audience ni aucune publicité. Seules les personnes qui se connectent à "
                "l'administration reçoivent un cookie de session, nécessaire à leur connexion.</p>"
                "<p>Responsable du traitement : [À compléter : nom de l'éditeur et, s'il y en a un, "
                "de son ou sa déléguée à la protection des données]. Les témoignages ne sont "
                "publiés qu'avec le consentement des personnes concernées ; leurs preuves ne sont "
                "jamais publiées. [À compléter : durée de conservation des consentements et des "
                "comptes d'éditeurs.]</p>"
                "<p>Vous disposez d'un droit d'accès, de rectification, d'effacement et "
                "d'opposition, et du droit de retirer votre consentement à tout moment, en écrivant "
                "à [À compléter : adresse]. Vous pouvez aussi adresser une réclamation à la "
                '<a href="https://www.cnil.fr/">CNIL</a>.</p>',
            ),
            ("heading", "Propriété intellectuelle"),
            (
                "paragraph",
                "<p>[À compléter : à qui appartiennent les textes du site et à quelles conditions "
                "les fiches de poste peuvent être réutilisées.]</p>",
            ),
        ],
    },
    "en": {
        "title": "Legal notice",
        "slug": "legal-notice",
        "introduction": "Who publishes and hosts the site, how it handles personal data and what "
        "rights apply to its content.",
        "body": [
            _NOTICE_EN,
            ("heading", "Personal data"),
            (
                "paragraph",
                "<p>The site loads nothing from another site and contains no audience measurement "
                "tool and no advertising. Only people who log in to the administration receive a "
                "session cookie, needed for their login.</p>"
                "<p>Data controller: [To complete: name of the publisher and, if there is one, of "
                "its data protection officer]. Testimonies are published only with the consent of "
                "the people concerned; the proofs of consent are never published. [To complete: "
                "how long consents and editor accounts are kept.]</p>"
                "<p>You have the right to access, rectify, erase and object, and the right to "
                "withdraw your consent at any time, by writing to [To complete: address]. You may "
                'also lodge a complaint with the <a href="https://www.cnil.fr/">CNIL</a>.</p>',
            ),
            ("heading", "Intellectual property"),
            (
                "paragraph",
                "<p>[To complete: who owns the texts of the site and on what terms the job "
                "descriptions may be reused.]</p>",
            ),
        ],
    },
}

ACCESSIBILITY = {
    "fr": {
        "title": "Déclaration d'accessibilité",
        "slug": "declaration-d-accessibilite",
        "introduction": "Où en est l'accessibilité du site et comment signaler une difficulté.",
        "body": [
            _NOTICE_FR,
            ("heading", "Engagement"),
            (
                "paragraph",
                "<p>[À compléter : nom de l'éditeur] s'engage à rendre son site accessible "
                "conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.</p>",
            ),
            ("heading", "État de conformité"),
            (
                "paragraph",
                "<p>Le site est [À compléter : totalement, partiellement ou non] conforme au "
                "référentiel général d'amélioration de l'accessibilité (RGAA), version [À "
                "compléter], d'après [À compléter : l'audit, sa date et qui l'a réalisé].</p>",
            ),
            ("heading", "Retour d'information et contact"),
            (
                "paragraph",
                "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez à [À "
                "compléter : adresse] pour être orienté vers une alternative accessible ou obtenir "
                "le contenu sous une autre forme.</p>",
            ),
            ("heading", "Voies de recours"),
            (
                "paragraph",
                "<p>Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse "
                "satisfaisante, vous pouvez écrire au "
                '<a href="https://www.defenseurdesdroits.fr/">Défenseur des droits</a>, contacter '
                "son délégué dans votre région ou lui écrire par courrier gratuit, sans affranchissement "
                "(Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).</p>",
            ),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "introduction": "How accessible the site is and how to report a difficulty.",
        "body": [
            _NOTICE_EN,
            ("heading", "Commitment"),
            (
                "paragraph",
                "<p>[To complete: name of the publisher] is committed to making its site accessible "
                "in accordance with article 47 of French law no. 2005-102 of 11 February 2005.</p>",
            ),
            ("heading", "Compliance status"),
            (
                "paragraph",
                "<p>The site is [To complete: fully, partially or not] compliant with the French "
                "accessibility framework (RGAA), version [To complete], according to [To complete: "
                "the audit, its date and who carried it out].</p>",
            ),
            ("heading", "Feedback and contact"),
            (
                "paragraph",
                "<p>If you cannot access a content or a service, write to [To complete: address] to "
                "be directed to an accessible alternative or to get the content in another form.</p>",
            ),
            ("heading", "Right of redress"),
            (
                "paragraph",
                "<p>If you reported an accessibility problem without getting a satisfactory answer, "
                'you may write to the <a href="https://www.defenseurdesdroits.fr/">Défenseur des '
                "droits</a>, contact its delegate in your region or write by free post "
                "(Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).</p>",
            ),
        ],
    },
}

ABOUT = {
    "fr": {
        "title": "À propos",
        "slug": "a-propos",
        "introduction": "Ce qu'est le site Pair à pair, qui l'édite et comment le joindre.",
        "body": [
            _NOTICE_FR,
            ("heading", "Ce qu'est le site"),
            (
                "paragraph",
                "<p>Pair à pair rassemble des guides pratiques, des témoignages et des modèles de "
                "fiches de poste pour faire une place aux travailleurs pairs dans le social et le "
                "médico-social.</p>",
            ),
            ("heading", "Qui l'édite"),
            (
                "paragraph",
                "<p>[À compléter : présentation de l'éditeur, de l'équipe éditoriale et de ses "
                "principes.]</p>",
            ),
            ("heading", "Nous écrire"),
            ("paragraph", "<p>[À compléter : adresse de contact et délai de réponse.]</p>"),
        ],
    },
    "en": {
        "title": "About",
        "slug": "about",
        "introduction": "What the Pair à pair site is, who publishes it and how to reach it.",
        "body": [
            _NOTICE_EN,
            ("heading", "What this site is"),
            (
                "paragraph",
                "<p>Pair à pair gathers practice guides, testimonies and job-description templates "
                "to make room for peer workers in social and medico-social services.</p>",
            ),
            ("heading", "Who publishes it"),
            (
                "paragraph",
                "<p>[To complete: presentation of the publisher, of the editorial team and of its "
                "principles.]</p>",
            ),
            ("heading", "Write to us"),
            ("paragraph", "<p>[To complete: contact address and response time.]</p>"),
        ],
    },
}

# By key: the keys name the site settings' footer links (about, legal notice, accessibility).
STANDARD_PAGES = {"about": ABOUT, "legal": LEGAL, "accessibility": ACCESSIBILITY}
