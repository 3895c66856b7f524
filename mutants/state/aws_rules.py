"""What AWS does to the values of these resources by itself, and what it cannot undo.

Owns the facts that make a live value differ from the one imgver sent without anyone having
changed it, so that plan and drift treat them as the same, and the version properties an
update cannot unset:

- a version's `ImageName` reads back as its ARN spells it, in lower case (botocore
  `ImageVersionArn` pattern; the public ImageVersion read handler takes ImageName from the
  ARN), so version image names compare case-insensitively;
- `VendorGuidance: TO_BE_ARCHIVED` becomes `ARCHIVED` by itself ("automatically archived
  after three months", SageMaker API reference, `VendorGuidance`);
- an Image without tags reads back without `Tags` (the public Image read handler sets Tags
  only when ListTags returns some), the same as `Tags: []`;
- `UpdateImageVersion` can set but never unset the version metadata in `NOT_CLEARABLE`.

Must not: do I/O, or know about plans, state or drift reports.
"""

from __future__ import annotations

from typing import Any, Final

from state.schema import IMAGE, IMAGE_VERSION

__all__ = ["ARCHIVED_BY_AWS", "NOT_CLEARABLE", "archived_by_aws", "settled_by_aws"]

NOT_CLEARABLE: Final = frozenset(
    {
        "VendorGuidance",
        "JobType",
        "MLFramework",
        "ProgrammingLang",
        "Processor",
        "Horovod",
        "ReleaseNotes",
    }
)
ARCHIVED_BY_AWS: Final = "archived by AWS"


def archived_by_aws(type_name: str, name: str, sent: Any, live: Any) -> bool:
    """The live value is the one AWS turns `sent` into when it archives a version."""
    return (
        type_name == IMAGE_VERSION
        and name == "VendorGuidance"
        and sent == "TO_BE_ARCHIVED"
        and live == "ARCHIVED"
    )


def settled_by_aws(type_name: str, name: str, sent: Any, live: Any) -> bool:
    """`live` is what AWS makes of `sent` by itself: no one changed it. `None` stands for
    a property absent from a model."""
    if type_name == IMAGE_VERSION and name == "ImageName":
        return isinstance(sent, str) and isinstance(live, str) and sent.lower() == live.lower()
    if type_name == IMAGE and name == "Tags":
        return not sent and not live
    return archived_by_aws(type_name, name, sent, live)
