"""Demo content: caravane-des-droits."""

ITEM = {
    "key": "caravane-des-droits",
    "publication_date": "2026-11-12",
    "themes": ["acces-aux-droits", "aller-vers", "financement", "evaluation"],
    "audiences": ["precarite", "sans-domicile"],
    "structure_types": ["ccas-cias"],
    "post_types": ["travailleur-pair"],
    "regions": ["auvergne-rhone-alpes"],
    "structure_is_anonymised": False,
    "consent": {
        "given_by": (
            "direction du CCAS de Grenoble (pour le projet), informations publiées par Place "
            "Gre'net, l'ADES et La Gazette des communes"
        ),
        "given_on": "2026-11-12",
        "scope": ["structure_name"],
        "anonymisation": (
            "Aucune pour le projet et les institutions. Les pairs et les travailleurs sociaux "
            "sont désignés par leur fonction ; aucune personne rencontrée n'est évoquée. Pas "
            "de citation, pas de photo."
        ),
        "withdrawal": (
            "Sur simple demande du CCAS ou de la Ville, adressée à l'adresse de contact du "
            "site, sans justification : la page est dépubliée dès réception."
        ),
        "allowed_names": [
            "Territoire zéro non-recours",
            "Caravane des droits",
            "CCAS de Grenoble",
            "Odenore",
            "CARSAT",
            "CPAM",
            "Grenoble",
            "Pont-de-Claix",
            "Isère",
        ],
    },
    "fr": {
        "title": "Caravane des droits : pairs et travailleurs sociaux contre le non-recours à Grenoble",
        "slug": "caravane-des-droits-grenoble-non-recours",
        "summary": (
            "Depuis janvier 2024, Grenoble expérimente un « Territoire zéro non-recours ». Sa "
            "Caravane des droits, un camion qui va au-devant des habitants, associe "
            "travailleurs sociaux et pairs ; le CCAS y emploie un travailleur pair."
        ),
        "search_description": (
            "Territoire zéro non-recours à Grenoble : la Caravane des droits associe "
            "travailleurs sociaux et pairs pour aller vers les habitants."
        ),
        "structure_name": "Territoire zéro non-recours de Grenoble – Caravane des droits",
        "place": "Grenoble (Isère)",
        "period": "Depuis janvier 2024, expérimentation prévue sur trois ans",
        "peer_roles": (
            "Des pairs font équipe avec des travailleurs sociaux à bord de la Caravane des "
            "droits, qui va au-devant des habitants ; le CCAS de Grenoble emploie un "
            "travailleur pair dans le cadre de l'expérimentation."
        ),
        "peer_status": (
            "Pour le poste du CCAS : travailleur pair employé par le CCAS de Grenoble (statut "
            "non précisé par les sources)."
        ),
        "context": (
            "<p>Le non-recours désigne le fait de ne pas bénéficier de droits ou de services "
            "auxquels on peut prétendre. Pour le réduire, l'État a lancé un appel à "
            "manifestation d'intérêt « Territoires zéro non-recours » : Grenoble et "
            "Pont-de-Claix figurent parmi les 39 territoires retenus.</p>"
            "<p>L'expérimentation grenobloise a démarré en janvier 2024, avec un financement "
            "de 150 000 euros par an pendant trois ans. L'Odenore, observatoire des "
            "non-recours aux droits et services, en suit le déroulement.</p>"
        ),
        "actions": (
            "<p>Le projet s'organise en trois axes :</p>"
            "<ul>"
            "<li>un axe territorial, avec la Caravane des droits : un camion qui se rend dans "
            "le secteur 6 de la ville, avec à son bord des travailleurs sociaux et des "
            "pairs ;</li>"
            "<li>un axe consacré à la domiciliation, qui représente environ 3 500 boîtes aux "
            "lettres ;</li>"
            "<li>un axe institutionnel, avec des permanences de la CARSAT et de la CPAM dans "
            "les maisons des habitants.</li>"
            "</ul>"
            "<p>Le CCAS de Grenoble, qui employait déjà des travailleurs pairs dans ses lits "
            "d'accueil médicalisés, emploie un travailleur pair dans le cadre de cette "
            "expérimentation.</p>"
        ),
        "outcomes": (
            "<p>Les sources consultées, publiées en 2024, décrivent la mise en place du "
            "dispositif plutôt que ses résultats : aucun bilan chiffré n'y figure encore. Le "
            "regard extérieur de l'Odenore est prévu dès le départ.</p>"
            "<p>Ce cas montre une place possible des pairs dans l'accès aux droits : aller "
            "au-devant des personnes, en binôme avec des travailleurs sociaux, là où elles vivent "
            "plutôt qu'au guichet.</p>"
        ),
        "key_figures": [
            {"value": "Janvier 2024", "label": "démarrage de l'expérimentation à Grenoble"},
            {"value": "150 000 €/an", "label": "de financement pendant trois ans"},
            {"value": "39", "label": "territoires retenus en France, dont Grenoble et Pont-de-Claix"},
            {"value": "≈ 3 500", "label": "boîtes aux lettres de domiciliation"},
        ],
        "quotes": [],
        "lessons": [
            "Associer pairs et travailleurs sociaux dans une même équipe d'aller-vers.",
            (
                "Aller là où vivent les personnes, par exemple avec un camion dans un secteur "
                "de la ville, plutôt que d'attendre qu'elles viennent au guichet."
            ),
            (
                "Relier l'aller-vers aux institutions, par des permanences de la CARSAT ou de "
                "la CPAM, pour que l'orientation débouche sur l'ouverture des droits."
            ),
            "Prévoir un regard extérieur sur l'expérimentation dès son lancement.",
            (
                "Un financement sur plusieurs années donne le temps d'installer les postes de "
                "pairs et la coopération avec les travailleurs sociaux."
            ),
        ],
        "sources": [
            {
                "title": "Article sur le Territoire zéro non-recours de Grenoble et sa Caravane des droits",
                "publisher": "Place Gre'net",
                "date": "2024-10-15",
                "url": "https://www.placegrenet.fr/",
            },
            {
                "title": "Article sur le Territoire zéro non-recours de Grenoble",
                "publisher": "ADES Grenoble",
                "date": "2024-11-22",
                "url": "https://www.ades-grenoble.org/",
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
