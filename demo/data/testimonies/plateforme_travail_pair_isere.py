"""Demo content: plateforme-travail-pair-isere."""

ITEM = {
    "key": "plateforme-travail-pair-isere",
    "publication_date": "2026-11-05",
    "themes": [
        "projet-equipe",
        "recrutement",
        "fiche-de-poste-missions",
        "supervision",
        "financement",
        "evaluation",
    ],
    "audiences": ["sans-domicile", "precarite", "sante-mentale", "addictions"],
    "structure_types": ["chrs", "pension-de-famille", "logement-accompagne", "act"],
    "post_types": ["travailleur-pair"],
    "regions": ["auvergne-rhone-alpes"],
    "structure_is_anonymised": False,
    "consent": {
        "given_by": (
            "direction du Relais Ozanam (pour la Plateforme du travail pair), propos publiés "
            "par La Gazette des communes et Le Media social emploi"
        ),
        "given_on": "2026-11-05",
        "scope": ["quotes", "structure_name"],
        "anonymisation": (
            "Aucune pour la structure. Les chargées de mission sont désignées par leur "
            "fonction ; aucun travailleur pair ni employeur accompagné n'est nommé, à "
            "l'exception du CCAS de Grenoble, qui en témoigne publiquement. Pas de photo."
        ),
        "withdrawal": (
            "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
            "justification : la page est dépubliée dès réception."
        ),
        "allowed_names": [
            "Plateforme du travail pair",
            "Relais Ozanam",
            "L'Oiseau bleu",
            "ALTHEA",
            "CSI Abbé-Grégoire",
            "Un Toit Pour Tous",
            "Ville de Grenoble",
            "collectif SOIF",
            "FNARS Rhône-Alpes",
            "Odenore",
            "IFTS",
            "ESSSE",
            "centre hospitalier Alpes-Isère",
            "Université Grenoble Alpes",
            "UMIJ",
            "LAHSo",
            "ARS Auvergne-Rhône-Alpes",
            "Grenoble-Alpes Métropole",
            "DDCS de l'Isère",
            "CCAS de Grenoble",
            "Grenoble",
            "Isère",
            "Auvergne-Rhône-Alpes",
        ],
    },
    "fr": {
        "title": "La Plateforme du travail pair en Isère : un appui aux employeurs",
        "slug": "plateforme-travail-pair-isere",
        "summary": (
            "Portée par le Relais Ozanam depuis 2015, la Plateforme du travail pair aide les "
            "employeurs à préparer, recruter et accompagner des travailleurs pairs. En 2023, "
            "elle suivait 15 employeurs et 50 travailleurs pairs."
        ),
        "search_description": (
            "Plateforme du travail pair (Relais Ozanam, Isère) : appui aux employeurs, "
            "recrutement, missions, échanges de pratiques entre pairs."
        ),
        "structure_name": "Plateforme du travail pair (Relais Ozanam)",
        "place": "Grenoble (Isère), avec une action étendue à l'Auvergne-Rhône-Alpes",
        "period": "Depuis 2015",
        "peer_roles": (
            "Travailleurs pairs employés par les structures accompagnées : hébergement, santé "
            "mentale, addictologie, réhabilitation, réduction des risques, équipes mobiles, "
            "aller-vers, Un chez-soi d'abord. La Plateforme les réunit pour des échanges de "
            "pratiques."
        ),
        "peer_status": ("Variable selon l'employeur : fonction publique territoriale, association…"),
        "context": (
            "<p>La Plateforme du travail pair est née en 2015 d'un appel à projets "
            "d'innovation sociale de la Délégation interministérielle à l'hébergement et à "
            "l'accès au logement (DIHAL). Le Relais Ozanam la porte, avec un large partenariat "
            "local : les associations L'Oiseau bleu, ALTHEA, CSI Abbé-Grégoire et Un Toit Pour "
            "Tous, la Ville de Grenoble, le collectif SOIF (qui réunit la FNARS Rhône-Alpes, "
            "l'Odenore, l'IFTS et l'ESSSE), le centre hospitalier Alpes-Isère, l'Université "
            "Grenoble Alpes, l'UMIJ et LAHSo.</p>"
            "<p>Depuis 2019, elle dispose d'un site internet, travail-pair.org, qui rassemble "
            "des ressources, un forum d'échanges, des informations sur les formations et un "
            "recensement des initiatives. Elle est soutenue par l'ARS Auvergne-Rhône-Alpes, "
            "Grenoble-Alpes Métropole, la DDCS de l'Isère et le plan Logement d'abord, et son "
            "action couvre désormais l'ensemble de la région.</p>"
            "<p>Ses axes de travail : recenser les pratiques, acculturer les équipes, informer "
            "et former, faciliter l'intégration des travailleurs pairs, soutenir leur "
            "organisation collective, développer une offre de formation, communiquer et "
            "évaluer.</p>"
        ),
        "actions": (
            "<p>Deux chargées de mission accompagnent les employeurs à chaque étape. En amont, "
            "elles les aident à fixer les objectifs du recrutement, à lever les réticences de "
            "l'équipe et à définir les missions confiées au travailleur pair.</p>"
            "<p>Vient ensuite le choix du profil : une personne capable de mobiliser son "
            "expérience pour aider les autres, qui a pris du recul sur son propre parcours et "
            "qui saura s'adapter aux exigences de la structure.</p>"
            "<p>Une fois la personne en poste, les chargées de mission conseillent aux "
            "encadrants de tenir compte de sa parole, de lui laisser de l'autonomie, de ne pas "
            "la stigmatiser et de la laisser trouver son rythme. La Plateforme anime aussi des "
            "temps d'échange de pratiques entre travailleurs pairs et publie une série vidéo "
            "mensuelle, « Raconter le travail pair », prévue en huit épisodes.</p>"
        ),
        "outcomes": (
            "<p>En 2023, la Plateforme accompagnait 15 employeurs et 50 travailleurs pairs, "
            "dans des structures très diverses : hébergement, santé mentale, addictologie, "
            "réhabilitation, réduction des risques, lieux d'accueil atypiques, équipes "
            "mobiles, Un chez-soi d'abord, aller-vers.</p>"
            "<p>Le CCAS de Grenoble a ainsi rédigé avec elle la fiche de poste des "
            "travailleurs pairs de ses lits d'accueil médicalisés. Un fil conduit tout son "
            "travail : des rôles et des missions clairs, liés à l'expérience de vie, pour que "
            "le travailleur pair ne devienne pas le substitut d'un professionnel classique.</p>"
        ),
        "key_figures": [
            {"value": "2015", "label": "création, à la suite d'un appel à projets de la DIHAL"},
            {"value": "15", "label": "employeurs accompagnés en 2023"},
            {"value": "50", "label": "travailleurs pairs concernés en 2023"},
            {"value": "2", "label": "chargées de mission au service des employeurs"},
        ],
        "quotes": [
            {
                "quote": (
                    "Identifier les objectifs du recrutement, lever les réticences de l'équipe, "
                    "définir les missions à confier."
                ),
                "role": (
                    "chargées de mission de la Plateforme du travail pair, sur leur appui aux "
                    "employeurs avant un recrutement"
                ),
                "name": "",
            },
            {
                "quote": "Prendre en compte sa parole, lui donner de l'autonomie, ne pas le stigmatiser.",
                "role": (
                    "chargées de mission de la Plateforme du travail pair, sur le management "
                    "d'un travailleur pair"
                ),
                "name": "",
            },
        ],
        "lessons": [
            "Clarifier les objectifs du recrutement avec l'équipe avant de publier une offre.",
            (
                "Prendre le temps de travailler les réticences de l'équipe en amont, plutôt "
                "que de les découvrir après l'arrivée du travailleur pair."
            ),
            (
                "Définir des missions liées à l'expérience de vie, sans faire du travailleur "
                "pair le substitut d'un professionnel classique."
            ),
            (
                "Encadrer en tenant compte de sa parole, en lui laissant de l'autonomie, sans "
                "le stigmatiser, et en lui laissant trouver son rythme."
            ),
            (
                "Offrir aux travailleurs pairs des temps d'échange entre pairs, en dehors de "
                "leur équipe, par exemple via une plateforme ou un réseau local."
            ),
        ],
        "sources": [
            {
                "title": "Mission sur le travail pair",
                "publisher": "Relais Ozanam",
                "date": "",
                "url": "https://www.relaisozanam.org/mission-sur-le-travail-pair",
            },
            {
                "title": "Recruter et intégrer un travailleur pair",
                "publisher": "Le Media social emploi",
                "date": "2023-09-15",
                "url": "https://www.lemediasocial-emploi.fr/",
            },
            {
                "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
                "publisher": "La Gazette des communes (Mariette Kammerer)",
                "date": "2024-03-22",
                "url": "https://www.lagazettedescommunes.com/",
            },
        ],
    },
    "en": None,
}
