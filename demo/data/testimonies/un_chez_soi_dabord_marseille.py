"""Demo content: un-chez-soi-dabord-marseille."""

ITEM = {
    "key": "un-chez-soi-dabord-marseille",
    "publication_date": "2026-11-16",
    "themes": ["projet-equipe", "evaluation"],
    "audiences": ["sans-domicile", "sante-mentale", "addictions"],
    "structure_types": ["act", "logement-accompagne"],
    "post_types": ["mediateur-sante-pair"],
    "regions": ["provence-alpes-cote-d-azur"],
    "structure_is_anonymised": False,
    "consent": {
        "given_by": (
            "direction du GCSMS Un chez-soi d'abord Marseille (pour la structure), "
            "informations publiées par La Gazette des communes"
        ),
        "given_on": "2026-11-16",
        "scope": ["structure_name"],
        "anonymisation": (
            "Aucune pour la structure et ses membres. Aucun professionnel ni aucune personne "
            "accompagnée n'est nommé. Pas de citation, pas de photo."
        ),
        "withdrawal": (
            "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
            "justification : la page est dépubliée dès réception."
        ),
        "allowed_names": [
            "Un chez-soi d'abord",
            "HAS",
            "AP-HM",
            "Soliha Provence",
            "Les Cris des Saltimbanques",
            "Fédération des acteurs de la solidarité",
            "Marseille",
            "Lille",
            "Paris",
            "Toulouse",
            "Bouches-du-Rhône",
            "La Gazette des communes",
        ],
    },
    "fr": {
        "title": "Un chez-soi d'abord à Marseille : des médiateurs de santé dans l'équipe",
        "slug": "un-chez-soi-dabord-marseille-mediateurs-sante",
        "summary": (
            "Site pilote de l'expérimentation lancée en 2011, Un chez-soi d'abord Marseille "
            "est porté par un groupement d'acteurs de la santé, du logement et du social. Son "
            "équipe pluridisciplinaire compte des médiateurs de santé, pour 11 équivalents "
            "temps plein."
        ),
        "search_description": (
            "Un chez-soi d'abord Marseille : une équipe pluridisciplinaire avec 11 ETP de "
            "médiateurs de santé, portée par un GCSMS."
        ),
        "structure_name": "Un chez-soi d'abord Marseille",
        "place": "Marseille (Bouches-du-Rhône)",
        "period": "Site pilote de 2011 à 2016, puis appartements de coordination thérapeutique",
        "peer_roles": (
            "Médiateurs de santé membres de l'équipe pluridisciplinaire qui accompagne les "
            "personnes logées par le programme."
        ),
        "peer_status": "Non précisé par les sources consultées.",
        "context": (
            "<p>Un chez-soi d'abord a été expérimenté de 2011 à 2016 dans quatre villes : "
            "Lille, Marseille, Paris et Toulouse. Comme son nom l'indique, le programme part "
            "du logement : les personnes sans domicile accèdent à un chez-soi, et "
            "l'accompagnement vient à elles.</p>"
            "<p>Depuis le décret du 28 décembre 2016, le dispositif relève des appartements de "
            "coordination thérapeutique (ACT), établissements médico-sociaux visés au 9° "
            "du I de l'article L. 312-1 du Code de l'action sociale et des familles, et suit un "
            "cahier des charges national.</p>"
            "<p>À Marseille, il est porté par un groupement de coopération sociale et "
            "médico-sociale (GCSMS) qui réunit l'association HAS, l'Assistance publique – "
            "Hôpitaux de Marseille (AP-HM), Soliha Provence et Les Cris des "
            "Saltimbanques.</p>"
        ),
        "actions": (
            "<p>L'accompagnement repose sur une équipe pluridisciplinaire. Selon La Gazette "
            "des communes, elle comprend des médiateurs de santé, pour l'équivalent de 11 "
            "postes à temps plein : ce n'est pas un poste isolé, mais une composante à part "
            "entière de l'équipe.</p>"
            "<p>Le public est très concerné par les addictions : 80 % des personnes "
            "accompagnées, selon la même source. C'est une donnée à garder en tête pour "
            "définir les missions et les profils des médiateurs.</p>"
        ),
        "outcomes": (
            "<p>À l'échelle nationale, la Fédération des acteurs de la solidarité rapporte "
            "que 85 % des personnes sont toujours dans leur logement au bout de deux ans, et "
            "que les hospitalisations ont diminué de moitié.</p>"
            "<p>Le dispositif a ensuite été étendu, avec un rythme prévu de quatre nouveaux "
            "sites par an entre 2018 et 2022. Les sources consultées ne donnent pas de "
            "résultats propres au site de Marseille.</p>"
        ),
        "key_figures": [
            {"value": "11 ETP", "label": "de médiateurs de santé dans l'équipe marseillaise"},
            {"value": "80 %", "label": "des personnes accompagnées concernées par une addiction"},
            {"value": "85 %", "label": "des personnes toujours logées après deux ans (résultat national)"},
            {"value": "4", "label": "villes pilotes de l'expérimentation 2011-2016"},
        ],
        "quotes": [],
        "lessons": [
            (
                "Penser la médiation en santé comme une composante de l'équipe, avec un volume "
                "suffisant (ici 11 ETP), plutôt qu'un poste isolé."
            ),
            (
                "Porter le dispositif à plusieurs : un groupement qui réunit hôpital, acteurs "
                "du logement et associations facilite le travail entre secteurs."
            ),
            (
                "S'appuyer sur le cahier des charges national des ACT Un chez-soi d'abord pour "
                "organiser l'équipe et l'accompagnement."
            ),
            (
                "Tenir compte des caractéristiques du public, ici très concerné par les "
                "addictions, pour définir les missions et les profils recherchés."
            ),
        ],
        "sources": [
            {
                "title": "Article sur le programme Un chez-soi d'abord à Marseille",
                "publisher": "La Gazette des communes",
                "date": "",
                "url": "https://www.lagazettedescommunes.com/",
            },
            {
                "title": "Pages consacrées aux ACT Un chez-soi d'abord",
                "publisher": "Fédération des acteurs de la solidarité",
                "date": "",
                "url": "https://www.federationsolidarite.org/",
            },
        ],
    },
    "en": None,
}
