"""Capitalised words that name no one: the stop-lists of the name check (`anonymisation.py`).

Written case-folded, accents kept; a word is looked up as written, then without a plural "s"
or "x", and hyphenated words part by part ("Pair-aidante", "Adultes-relais").
"""

COMMON_WORDS = set(
    """
    a à afin ai ainsi alors après au aucun aucune aujourd auprès aussi autant autour autre autres
    aux avant avec avoir beaucoup bien bientôt c ça car ce ceci cela celle celles celui cependant
    ces cet cette ceux chacun chaque chez ci comme comment contre d dans de depuis des dès deux
    donc dont du durant elle elles en encore enfin ensuite entre et été être eux fin grâce hier
    ici il ils j je jusqu l la là le les leur leurs lors lorsque lui m ma mais malgré me même
    mes moi moins mon n ne ni nos notre nous on or ou où par parce parmi pas pendant peu peut
    peuvent plus plusieurs pour pourquoi pourtant près puis qu quand que quel quelle quelles
    quels qui quoi s sa sans se selon ses si sinon soi son sont sous souvent sur surtout t ta
    tant te tes toi ton tous tout toute toutes très trois tu un une uns vers voici voilà vos
    votre vous y oui non premier première premiers premières dernier dernière second seconde
    côté face avant-hier demain désormais également environ lorsqu puisque quelque quelques
    chacune certains certaines certes plutôt toujours jamais parfois rien personne
    est sont était étaient sera seront fait font faire dit disent peut doit doivent faut va vont
    avait avaient ont eu a-t-il y-a
    france europe état république ministère ville région département commune
    actu actualité actualités rubrique publié publiée témoignage résumé description titre contexte
    photo image page article encadré summary testimony title
    madame monsieur mme m. mlle docteur dr pr professeur
    the a an and or of in on at to for with by from as is are was were be this that these those
    it its we our they their he she his her you your not no yes but if then when while after
    before since during between into about over under more most some many each every all both
    """.split()
)

MONTHS_AND_DAYS = set(
    """
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# Words of the job titles the testimonies use ("Travailleur·se pair·e", "Médiateur de santé pair",
# "Cheffe de service", "Salariée"), capitalised in headings, lists and signatures.
JOB_TITLE_WORDS = set(
    """
    travailleur travailleuse travailleurs travailleuses pair paire pairs paires pair-aidant
    pair-aidante pairs-aidants pairs-aidantes pair-aidance pairaidance aidant aidante
    médiateur médiatrice médiateurs médiatrices médiation santé chef cheffe service
    directeur directrice direction adjoint adjointe coordinateur coordinatrice coordination
    éducateur éducatrice spécialisé spécialisée infirmier infirmière psychologue psychiatre
    médecin assistant assistante social sociale sociaux sociales agent agente chargé chargée
    mission animateur animatrice moniteur monitrice aide-soignant aide-soignante soignant soignante
    salarié salariée bénévole stagiaire usager usagère accueilli accueillie résident résidente
    responsable cadre encadrant encadrante référent référente intervenant intervenante conseiller
    conseillère accompagnant accompagnante accompagnateur accompagnatrice veilleur veilleuse
    maraudeur maraudeuse hôte hôtesse technicien technicienne secrétaire comptable président
    présidente trésorier trésorière membre équipe pôle projet poste fiche professionnel
    professionnelle expert experte expérience vécu rétablissement travail emploi insertion
    ouvrier ouvrière employé employée employeur employeuse gestionnaire lits accueil hébergement
    plateforme association structure dispositif établissement programme
    worker peer support manager director head nurse team
    """.split()
)

# Contract types and working time ("Salariée en CDI", "Contrat PEC", "Temps partiel").
CONTRACT_WORDS = set(
    """
    cdi cdd cddi cui pec cae cie cej contrat contrats intérim intérimaire alternance apprentissage
    apprenti apprentie stage temps plein partiel aidé aidés compétences parcours adulte-relais
    adultes-relais titulaire titularisé titularisée vacataire vacation fonctionnaire
    """.split()
)

# Institutions and schemes of the field, by their acronyms ("CCAS", "CHRS", "CAARUD", "LAM").
FIELD_ACRONYMS = set(
    """
    aah aci act ahi aqrp ars ash asv cada caarud caf carsat ccas chrs chu cias cmp cmu cnil cmpp
    cpam cpom csapa css dahlia dihal drets dreets emmp empp esat ehpad etp fas gem gcsms has lam
    lhss mdph msp rgpd rsa samsah savs siae siao smic spip ssiad ue vih vhc ime itep sessad esms
    mecs ase pjj pass samu sdf ccs cpts dac fehap uniopss fnars ccah ars cg cd qpv rsa pmi
    rh creai irts ifsi ts es me cesf deis caferuis dpt sa sas inserm dgcs das sih lhss hlm
    """.split()
)

# Words of institution names that name no one ("Code de l'action sociale", "Assistance publique",
# "plan Logement d'abord", "Délégation interministérielle").
INSTITUTION_WORDS = set(
    """
    code loi décret plan délégation délégué déléguée agence assistance publique public hôpital
    hôpitaux centre caisse conseil préfecture mairie maison fondation fédération union réseau
    institut observatoire ministre gouvernement logement habitat santé solidarité solidarités
    city council department government health national
    """.split()
)

NUMBER_WORDS = set(
    """
    zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
    seize vingt trente quarante cinquante soixante cent cents mille million millions milliard
    """.split()
)

# Words of the language (not acronyms): a run in capitals holding one is a heading.
ORDINARY_WORDS = COMMON_WORDS | MONTHS_AND_DAYS | JOB_TITLE_WORDS | INSTITUTION_WORDS
STOP_WORDS = (
    COMMON_WORDS | MONTHS_AND_DAYS | JOB_TITLE_WORDS | CONTRACT_WORDS | INSTITUTION_WORDS | FIELD_ACRONYMS
)


def _forms(folded):
    yield folded
    if len(folded) > 3 and folded[-1] in "sx":
        yield folded[:-1]


def is_stop_word(word):
    """True for a word (any case) that names no person or place."""
    folded = word.casefold().replace("’", "'")
    if len(folded) < 2 or any(form in STOP_WORDS for form in _forms(folded)):
        return True
    parts = folded.split("-")
    return len(parts) > 1 and all(
        any(form in STOP_WORDS or form in NUMBER_WORDS for form in _forms(part)) for part in parts
    )
