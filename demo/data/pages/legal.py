"""Demo content: the « legal » page."""

PAGE = {
    "fr": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "introduction": (
            "Qui édite et héberge le site Pair à pair, comment il traite les données "
            "personnelles et quels droits s'attachent à ses contenus."
        ),
        "body": [
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
                'l\'informatique et des libertés (<a href="https://www.cnil.fr/">CNIL</a>).'
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
                '<a href="https://wagtail.org/">Wagtail</a> et '
                '<a href="https://www.djangoproject.com/">Django</a>.</p>'
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
                'protection authority (<a href="https://www.cnil.fr/">CNIL</a>).</p>',
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
                '<a href="https://wagtail.org/">Wagtail</a> and '
                '<a href="https://www.djangoproject.com/">Django</a>.</p>'
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
}

# The publisher and host of the demo site (site settings shown on this page): example values.
LEGAL_IDENTITY = {
    "publisher_name": "Association Pair à pair (site de démonstration)",
    "publisher_address": "10 rue de l'Exemple\n38000 Grenoble",
    "publisher_phone": "04 00 00 00 00",
    "publisher_registration": "RNA W000000000 (exemple)",
    "publication_director": "Camille Exemple, présidente de l'association",
    "host_name": "Hébergeur de démonstration SAS",
    "host_address": "1 avenue de l'Exemple\n75000 Paris",
    "host_phone": "01 00 00 00 00",
}
