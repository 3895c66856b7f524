"""What the local cloud does where AWS's behaviour is unknown or slow: `Semantics`.

Owns the settings that choose between plausible AWS behaviours (`alias_update`,
`create_identifier`) and that shorten AWS's own clocks for tests and demos
(`archive_seconds`), read from the `IMGVER_LOCAL_ALIAS_UPDATE`,
`IMGVER_LOCAL_CREATE_IDENTIFIER` and `IMGVER_LOCAL_ARCHIVE_SECONDS` environment variables or
given to `local-cloud serve`.

- `alias_update`: what the ImageVersion update handler does when the desired model Cloud
  Control builds (the alias-free read model plus the patch; user guide
  *resource-operations-update*) has no `Aliases`. The live handler is not public; its update
  permissions include `sagemaker:ListAliases` (bundled schema), so it diffs against the live
  aliases, but whether a missing list means "leave them" (`keep`) or "none" (`strip`) is
  unknown, so both are modelled and imgver must be correct under each.
- `create_identifier`: when a create makes its object and names it. `early` (the default):
  as the request starts, its IN_PROGRESS events carrying the Identifier, as the handlers'
  CreateImage / CreateImageVersion calls return the ARN before the object stabilises ("In
  some cases, the resource identifier may be available before the resource operation has
  reached a status of SUCCESS", Cloud Control API reference, ProgressEvent). `late`: the
  object exists, and is named, only once the request succeeds. Which one a given request
  shows on AWS is not documented, so imgver must be correct under each.
- `ecr`: what a repository the local cloud never created stands for. `open` (default): one
  it does not hold, whose tags resolve to a stable synthetic digest and a linux/amd64
  index, so specs that never mention ECR work; `strict`: none at all, as on AWS, where
  DescribeImages and BatchGetImage on it are `RepositoryNotFoundException` (ECR API
  reference) and a version built from it fails.
- `archive_seconds`: how long a version stays `VendorGuidance: TO_BE_ARCHIVED` before AWS
  archives it ("automatically archived after three months", SageMaker API reference,
  `VendorGuidance`, botocore service-2.json).

Must not: touch stored data, or decide anything about faults (faults.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, cast

from state.localcloud.errors import LocalCloudError

ENV_ALIAS_UPDATE = "IMGVER_LOCAL_ALIAS_UPDATE"
ENV_ARCHIVE_SECONDS = "IMGVER_LOCAL_ARCHIVE_SECONDS"
ENV_CREATE_IDENTIFIER = "IMGVER_LOCAL_CREATE_IDENTIFIER"
ALIAS_UPDATES = ("keep", "strip")
AliasUpdate = Literal["keep", "strip"]
CREATE_IDENTIFIERS = ("early", "late")
CreateIdentifier = Literal["early", "late"]
ENV_ECR = "IMGVER_LOCAL_ECR"
ECR_MODES = ("open", "strict")
EcrMode = Literal["open", "strict"]
# "Custom image versions that are set to be archived are automatically archived after three
# months" (SageMaker VendorGuidance): 90 days.
THREE_MONTHS = 90 * 24 * 3600.0


@dataclass(frozen=True)
class Semantics:
    """The local cloud's choice among plausible AWS behaviours, and its AWS clocks."""

    alias_update: AliasUpdate = "keep"
    archive_seconds: float = THREE_MONTHS
    create_identifier: CreateIdentifier = "early"
    ecr: EcrMode = "open"

    def __post_init__(self) -> None:
        if self.alias_update not in ALIAS_UPDATES:
            raise LocalCloudError(
                f"Invalid local cloud setting: alias update {self.alias_update!r}",
                f"Choose one of: {', '.join(ALIAS_UPDATES)}.",
            )
        if self.create_identifier not in CREATE_IDENTIFIERS:
            raise LocalCloudError(
                f"Invalid local cloud setting: create identifier {self.create_identifier!r}",
                f"Choose one of: {', '.join(CREATE_IDENTIFIERS)}.",
            )
        if self.ecr not in ECR_MODES:
            raise LocalCloudError(
                f"Invalid local cloud setting: ECR mode {self.ecr!r}",
                f"Choose one of: {', '.join(ECR_MODES)}.",
            )
        if self.archive_seconds < 0:
            raise LocalCloudError(
                "Invalid local cloud setting: archive_seconds must not be negative"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Semantics:
        """Settings from `IMGVER_LOCAL_*` variables; unset or empty ones keep the defaults."""
        env = os.environ if environ is None else environ
        alias_update = env.get(ENV_ALIAS_UPDATE, "").strip() or "keep"
        if alias_update not in ALIAS_UPDATES:
            raise LocalCloudError(
                f"{ENV_ALIAS_UPDATE} must be one of {', '.join(ALIAS_UPDATES)}, "
                f"got {alias_update!r}"
            )
        create_identifier = env.get(ENV_CREATE_IDENTIFIER, "").strip() or "early"
        if create_identifier not in CREATE_IDENTIFIERS:
            raise LocalCloudError(
                f"{ENV_CREATE_IDENTIFIER} must be one of {', '.join(CREATE_IDENTIFIERS)}, "
                f"got {create_identifier!r}"
            )
        ecr = env.get(ENV_ECR, "").strip() or "open"
        if ecr not in ECR_MODES:
            raise LocalCloudError(f"{ENV_ECR} must be one of {', '.join(ECR_MODES)}, got {ecr!r}")
        archive_text = env.get(ENV_ARCHIVE_SECONDS, "").strip()
        try:
            archive_seconds = float(archive_text) if archive_text else THREE_MONTHS
        except ValueError:
            raise LocalCloudError(
                f"{ENV_ARCHIVE_SECONDS} must be a number, got {archive_text!r}"
            ) from None
        return cls(
            alias_update=cast(AliasUpdate, alias_update),
            archive_seconds=archive_seconds,
            create_identifier=cast(CreateIdentifier, create_identifier),
            ecr=cast(EcrMode, ecr),
        )
