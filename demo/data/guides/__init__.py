"""Demo practice guides for employers and teams (see the data shape in __init__.py).

Facts come from the seed article (La Gazette des communes, 22/03/2024, on the CCAS de Grenoble) and
from the project's domain notes; quotations are short, attributed to the role, and named only as the
source names the person."""

from demo.data.guides import (
    avant_de_recruter,
    integrer_dans_lequipe,
    manager_un_travailleur_pair,
    rediger_la_fiche_de_poste,
    statuts_et_contrats,
    trouver_un_appui_en_region,
)

GUIDES = [
    avant_de_recruter.ITEM,
    rediger_la_fiche_de_poste.ITEM,
    integrer_dans_lequipe.ITEM,
    manager_un_travailleur_pair.ITEM,
    statuts_et_contrats.ITEM,
    trouver_un_appui_en_region.ITEM,
]
