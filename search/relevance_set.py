"""The judged relevance set: what readers type, and the demo pages that should come first.

Written from the demo content (demo/data/), in the words a reader would use: abbreviations, job
titles without accents, plurals, the field's jargon, typos. Each query lists pages by slug with a grade:
3 the page about it (must lead), 2 a page that should be among the first, 1 relevant. Checked by
search/tests/test_relevance.py (a floor) and measured by `python -m benchmarks.relevance`.
"""

# French demo pages.
J_LAM = "travailleur-pair-en-lam"
J_MSP = "mediateur-sante-pair"
J_RDR = "pair-aidant-rdr-aller-vers"
G_RECRUIT = "avant-de-recruter"
G_JOB = "rediger-la-fiche-de-poste"
G_TEAM = "integrer-dans-lequipe"
G_MANAGE = "manager-un-travailleur-pair"
G_STATUS = "statuts-et-contrats"
G_REGION = "trouver-un-appui-en-region"
T_CCAS = "ccas-grenoble-travailleurs-pairs-lits-accueil-medicalises"
T_PLATFORM = "plateforme-travail-pair-isere"
T_TOTEM = "totem-travailleuses-paires-logement"
T_CARAVAN = "caravane-des-droits-grenoble-non-recours"
T_MARSEILLE = "un-chez-soi-dabord-marseille-mediateurs-sante"
T_CANAL = "enfants-du-canal-travailleurs-pairs-insertion"

# English demo pages.
EN_J_LAM = "peer-worker-in-lam"
EN_G_RECRUIT = "before-recruiting"
EN_G_JOB = "writing-the-job-description"
EN_T_CCAS = "grenoble-ccas-peer-workers-long-stay-medical-care-beds"

MSP = {J_MSP: 3, T_MARSEILLE: 2}
LAM = {J_LAM: 3, T_CCAS: 3}
EN_LAM = {EN_J_LAM: 3, EN_T_CCAS: 3}

JUDGED = {
    "fr": {
        "MSP": MSP,
        "médiateur de santé pair": MSP,
        "mediateur sante pair": MSP,
        "médiateurs de santé pairs": MSP,
        "mediatrice de sante paire": MSP,
        "MSP psychiatrie": {J_MSP: 3},
        "LAM": LAM,
        "lits d'accueil médicalisés": LAM,
        "lit accueil medicalise": LAM,
        "travailleur pair LAM": LAM,
        "CAARUD": {J_RDR: 3},
        "réduction des risques": {J_RDR: 3},
        "reduction des risques": {J_RDR: 3},
        "RdR": {J_RDR: 3},
        "intervenant pair": {J_RDR: 3},
        "maraude": {J_RDR: 3, T_CANAL: 1},
        "aller vers": {J_RDR: 3, T_TOTEM: 2, T_CARAVAN: 2},
        "manager un travailleur pair": {G_MANAGE: 3},
        "encadrer un pair aidant": {G_MANAGE: 3},
        "recruter un travailleur pair": {G_RECRUIT: 3, G_JOB: 2},
        "recrutement": {G_RECRUIT: 3, G_JOB: 1, T_PLATFORM: 1, T_CCAS: 1, T_CANAL: 1},
        "embaucher un pair": {G_RECRUIT: 3, G_JOB: 1, T_PLATFORM: 1},
        "rédiger une fiche de poste": {G_JOB: 3, J_LAM: 1, J_MSP: 1, J_RDR: 1},
        "fiches de poste": {J_LAM: 3, J_MSP: 3, J_RDR: 3, G_JOB: 2},
        "statut": {G_STATUS: 3},
        "contrat de travail": {G_STATUS: 3},
        "rémunération": {G_STATUS: 3, J_LAM: 1},
        "AAH": {G_STATUS: 3},
        "pension d'invalidite": {G_STATUS: 3},
        "benevole": {G_STATUS: 3, G_REGION: 1},
        "agent social titulaire": {G_STATUS: 3, T_CCAS: 2},
        "salariés en insertion": {T_CANAL: 3, G_STATUS: 2},
        "chantier d'insertion": {T_CANAL: 3, G_STATUS: 1},
        "ACI": {T_CANAL: 3, G_STATUS: 2},
        "enfants du canal": {T_CANAL: 3},
        "Grenoble": {T_CCAS: 2, T_TOTEM: 2, T_CARAVAN: 2, T_PLATFORM: 1, G_RECRUIT: 1},
        "CCAS": {T_CCAS: 3, T_CARAVAN: 2, J_LAM: 2, G_RECRUIT: 1},
        "Marseille": {T_MARSEILLE: 3},
        "un chez soi d'abord": {T_MARSEILLE: 3, T_PLATFORM: 1},
        "logement d'abord": {T_MARSEILLE: 3, T_TOTEM: 1},
        "travailleuses paires logement": {T_TOTEM: 3},
        "Totem": {T_TOTEM: 3},
        "non-recours": {T_CARAVAN: 3},
        "non recours aux droits": {T_CARAVAN: 3},
        "caravane des droits": {T_CARAVAN: 3},
        "plateforme du travail pair": {T_PLATFORM: 3, G_REGION: 1, G_RECRUIT: 1},
        "Relais Ozanam": {T_PLATFORM: 3},
        "Isère": {T_PLATFORM: 3},
        "trouver un appui en région": {G_REGION: 3},
        "ARS": {G_REGION: 3},
        "formation médiateur de santé pair": {J_MSP: 3, G_REGION: 2},
        "Paris 13": {J_MSP: 3},
        "SAMSAH": {J_MSP: 3},
        "psychiatrie": {J_MSP: 3},
        "intégrer un travailleur pair dans l'équipe": {G_TEAM: 3},
        "integration equipe": {G_TEAM: 3},
        # Typos, as typed in a hurry: a query that finds nothing is searched as corrected.
        "recrutment": {G_RECRUIT: 3, G_JOB: 1, T_PLATFORM: 1, T_CCAS: 1, T_CANAL: 1},
        "recrutment travailleur pair": {G_RECRUIT: 3, G_JOB: 2},
        "mediateur sante paire": MSP,
        "mediatuer de sante pair": MSP,
        "temoigange marseille": {T_MARSEILLE: 3},
        "pair aidance": {G_REGION: 3, T_PLATFORM: 2},
        "marsielle": {T_MARSEILLE: 3},
        "grenobel": {T_CCAS: 2, T_TOTEM: 2, T_CARAVAN: 2, T_PLATFORM: 1, G_RECRUIT: 1},
        "maruade": {J_RDR: 3, T_CANAL: 1},
        "psychiatire": {J_MSP: 3},
        "caravanne des droits": {T_CARAVAN: 3},
        "reducton des risques": {J_RDR: 3},
        "lits d'acceuil medicalises": LAM,
        "integraton": {G_TEAM: 3},
        "manger un travailleur pair": {G_MANAGE: 3},
        "contrat de travial": {G_STATUS: 3},
        "fiche de posts": {J_LAM: 3, J_MSP: 3, J_RDR: 3, G_JOB: 2},
    },
    "en": {
        "LAM": EN_LAM,
        "long-stay medical care beds": EN_LAM,
        "long stay medical bed": EN_LAM,
        "peer worker job description": {EN_J_LAM: 3, EN_G_JOB: 3},
        "writing a job description": {EN_G_JOB: 3},
        "job descriptions": {EN_G_JOB: 3, EN_J_LAM: 2},
        "recruiting": {EN_G_RECRUIT: 3},
        "recruit a peer worker": {EN_G_RECRUIT: 3},
        "hiring": {EN_G_RECRUIT: 3},
        "Grenoble": {EN_T_CCAS: 3, EN_G_RECRUIT: 1, EN_J_LAM: 1},
        "CCAS": {EN_T_CCAS: 3, EN_J_LAM: 2, EN_G_RECRUIT: 1},
        "social agents": {EN_T_CCAS: 3},
        "disclose": {EN_G_JOB: 3},
        "reporting line": {EN_G_JOB: 3},
        "team readiness": {EN_G_RECRUIT: 3, EN_T_CCAS: 2},
        "peer health mediator": {EN_G_JOB: 3},
        "municipal social action centre": {EN_T_CCAS: 3, EN_J_LAM: 2, EN_G_RECRUIT: 2},
        # Typos
        "recruting": {EN_G_RECRUIT: 3},
        "recuitment": {EN_G_RECRUIT: 3},
        "grenobel": {EN_T_CCAS: 3, EN_G_RECRUIT: 1, EN_J_LAM: 1},
        "disclosre": {EN_G_JOB: 3},
        "job descritpion": {EN_G_JOB: 3, EN_J_LAM: 2},
        "long stay medicla care beds": EN_LAM,
    },
}
