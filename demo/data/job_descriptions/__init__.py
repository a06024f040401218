"""Demo job-description templates ("fiches de poste") an employer can adapt.

See the data shape in __init__.py. Facts come from the seed article on the CCAS de Grenoble and the
project's domain notes. No source gives typical pay: the "pay" field says what it depends on."""

from demo.data.job_descriptions import (
    mediateur_sante_pair,
    pair_aidant_rdr_aller_vers,
    travailleur_pair_lam,
)

JOB_DESCRIPTIONS = [travailleur_pair_lam.ITEM, mediateur_sante_pair.ITEM, pair_aidant_rdr_aller_vers.ITEM]
