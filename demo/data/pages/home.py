"""Demo content: the home page's texts."""

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
