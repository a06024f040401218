"""Demo testimonies: six cases of peer work, written for the site from public sources.

Shape: see home/demo/data/__init__.py. Every fact comes from the sources listed in each item;
people are named only as those sources name them, otherwise by their role. The consent records
below document the public basis of each text (published statements of the structure); they are
demo records and must be replaced by the structures' written consent before real publication."""

from demo.data.testimonies import (
    caravane_des_droits,
    ccas_grenoble_lam,
    enfants_du_canal,
    plateforme_travail_pair_isere,
    totem_logement,
    un_chez_soi_dabord_marseille,
)

TESTIMONIES = [
    ccas_grenoble_lam.ITEM,
    plateforme_travail_pair_isere.ITEM,
    totem_logement.ITEM,
    caravane_des_droits.ITEM,
    un_chez_soi_dabord_marseille.ITEM,
    enfants_du_canal.ITEM,
]
