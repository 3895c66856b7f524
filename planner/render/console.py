"""Links from a SageMaker image or image version ARN to its page in the AWS console.

Owns the URL shape. The console's SageMaker pages are
`https://REGION.console.aws.amazon.com/sagemaker/home?region=REGION#/<collection>/<name>`
(the shape public deploy scripts link endpoints, models and jobs with, e.g.
`#/endpoints/NAME`); an image's page is `#/images/IMAGE-NAME`. No public source shows a page
of its own for one image version, so a version links to its image's page. Only the `aws`
partition's console is known here; ARNs of other partitions get no link.

Must not: do I/O or guess at partitions it does not know.
"""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["console_url"]

# arn:aws:sagemaker:REGION:ACCOUNT:image/NAME or image-version/NAME/VERSION
_ARN = re.compile(
    r"^arn:aws:sagemaker:(?P<region>[a-z0-9-]+):\d{12}:"
    r"(?:image/(?P<image>[A-Za-z0-9.-]+)|image-version/(?P<version_of>[A-Za-z0-9.-]+)/\d+)$"
)


def console_url(arn: str) -> str | None:
    """The console page of the image `arn` names (or whose version it names); None when
    `arn` is no SageMaker image or image version ARN of the `aws` partition."""
    found = _ARN.match(arn)
    if found is None:
        return None
    region = found.group("region")
    image = found.group("image") or found.group("version_of")
    return (
        f"https://{region}.console.aws.amazon.com/sagemaker/home?region={region}"
        f"#/images/{quote(image, safe='')}"
    )
