from resources.models.downloads import DownloadCount
from resources.models.job_description import JobDescriptionPage
from resources.models.library import LibraryPage, LibraryRelatedLink, ResourceType
from resources.models.practice_guide import GuideAttachment, PracticeGuidePage
from resources.models.taxonomy import (
    TAXONOMY_FIELDS,
    Audience,
    PostType,
    Region,
    StructureType,
    TaxonomyTerm,
    Theme,
)

__all__ = [
    "TAXONOMY_FIELDS",
    "Audience",
    "DownloadCount",
    "GuideAttachment",
    "JobDescriptionPage",
    "LibraryPage",
    "LibraryRelatedLink",
    "PostType",
    "PracticeGuidePage",
    "Region",
    "ResourceType",
    "StructureType",
    "TaxonomyTerm",
    "Theme",
]
