"""Pre-flight: whether each version a plan creates can be built from its base image.

Owns `preflight`, run at plan time before anything is created. For each new version
(a create or the new side of a replacement) it checks, from what ECR and IAM answer:

- its `BaseImage` is an ECR image in the plan's region: SageMaker pulls only from "an
  Amazon ECR repository in the same AWS Region" (SageMaker developer guide,
  studio-byoi-sdk-add-container-image); the repository may be in another account (the
  account in the URI is the registry asked);
- the repository exists and holds the tag or digest (ECR DescribeImages:
  RepositoryNotFoundException, and the image missing from the answer);
- the image runs on linux/amd64 (`planner.baseimage.platform`): an index's platforms, or a
  single-platform manifest's config blob (ECR GetDownloadUrlForLayer and a download,
  once per distinct config digest, in parallel); when neither says, or the config cannot
  be read, a note says so instead of an error;
- its image's role may pull it, when the role is of another account than the repository:
  the repository policy must allow it (`planner.baseimage.access`; a policy that cannot
  be read, none, or one that depends on conditions is a note);
- its image's `ImageRoleArn` exists (IAM GetRole, `NoSuchEntity`), when the role is in the
  caller's account (GetRole cannot see another account's roles: a note says so).

A BaseImage outside ECR cannot be checked: a note, not an error. Problems are returned
one line each, naming the address, the image and the fix; `PreflightReport.raise_problems`
makes them a PlanError. Must not: write state or the cloud, or look at anything but the
versions the plan creates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from planner.baseimage.access import ROLE_ARN, check_pulls
from planner.baseimage.platform import (
    REQUIRED_PLATFORM,
    Platforms,
    config_digest_of,
    platform_of_config,
    platforms_of,
)
from planner.baseimage.reference import EcrImage, parse_base_image
from planner.baseimage.resolve import RegistryReader, Resolution
from planner.errors import PlanError
from planner.plan.changes import Action, Plan
from planner.plan.refresh import read_in_parallel
from state.cloud.registry import ImageConfig, Manifest
from state.schema import IMAGE_VERSION

__all__ = ["NewVersion", "PreflightReport", "new_versions", "preflight"]

SKIP_HINT = "or pass --skip-preflight to plan without these checks"
_CREATES = (
    Action.CREATE,
    Action.CREATE_THEN_DELETE,
    Action.DELETE_THEN_CREATE,
    Action.CREATE_THEN_FORGET,
)


@dataclass(frozen=True)
class NewVersion:
    """A version the plan creates: its address, BaseImage and image name."""

    address: str
    base_image: str
    image_name: str


@dataclass
class PreflightReport:
    """What pre-flight found: `problems` refuse the plan, `notes` are shown with it."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def raise_problems(self) -> None:
        if not self.problems:
            return
        count = len(self.problems)
        raise PlanError(
            f"Pre-flight found {count} problem{'s' if count != 1 else ''} with base images "
            "or image roles; nothing was changed",
            "\n".join(self.problems),
        )


def new_versions(plan: Plan) -> list[NewVersion]:
    """The image versions `plan` creates, in plan order."""
    return [
        NewVersion(
            change.address,
            str(change.after.get("BaseImage", "")),
            str(change.after.get("ImageName", "")),
        )
        for change in plan.changes
        if change.type_name == IMAGE_VERSION and change.action in _CREATES and change.after
    ]


def preflight(
    versions: Sequence[NewVersion],
    *,
    reader: RegistryReader,
    resolution: Resolution,
    roles: Mapping[str, str],
    account: str,
    parallelism: int,
) -> PreflightReport:
    """Check `versions` against ECR (`resolution`, manifests) and IAM (their image's role
    ARN in `roles`, by lower-cased image name); `account` is the caller's."""
    report = PreflightReport()
    fit: list[tuple[NewVersion, EcrImage, str]] = []
    for version in versions:
        image = parse_base_image(version.base_image)
        if image is None:
            report.notes.append(
                f"{version.address}: BaseImage {version.base_image} is not an Amazon ECR "
                "image, so it is not checkable before apply"
            )
            continue
        digest = _check_image(version, image, resolution, report)
        if digest is not None:
            fit.append((version, image, digest))
    _check_platforms(fit, reader, report, parallelism)
    problems, notes = check_pulls(
        [
            (version.address, image, roles[version.image_name.lower()])
            for version, image, _ in fit
            if version.image_name.lower() in roles
        ],
        reader,
        skip_hint=SKIP_HINT,
        parallelism=parallelism,
    )
    report.problems.extend(problems)
    report.notes.extend(notes)
    _check_roles(versions, reader, roles, account, report, parallelism)
    return report


def _check_image(
    version: NewVersion, image: EcrImage, resolution: Resolution, report: PreflightReport
) -> str | None:
    """The digest `image` names now, or None after recording why there is none."""
    where = f"account {image.account}, region {image.region}"
    if image.region != resolution.region:
        report.problems.append(
            f"{version.address}: {image.text} is in region {image.region}, but SageMaker "
            f"builds versions in {resolution.region} only from ECR images of that region. "
            f"Push or replicate the image to {resolution.region} and use that URI, " + SKIP_HINT
        )
        return None
    if not resolution.repository_exists(image):
        report.problems.append(
            f"{version.address}: {image.text}: ECR repository {image.repository} does not "
            f"exist in {where}. Create it and push the image, correct BaseImage, " + SKIP_HINT
        )
        return None
    detail = resolution.detail(image)
    if detail is None:
        kind = "digest" if image.digest else "tag"
        report.problems.append(
            f"{version.address}: {image.text}: ECR repository {image.repository} in {where} "
            f"has no {image.named}. Push the image with that {kind}, correct BaseImage, "
            + SKIP_HINT
        )
        return None
    return detail.digest


def _check_platforms(
    fit: Sequence[tuple[NewVersion, EcrImage, str]],
    reader: RegistryReader,
    report: PreflightReport,
    parallelism: int,
) -> None:
    wanted: dict[tuple[str, str, str], list[str]] = {}
    for _, image, digest in fit:
        wanted.setdefault(image.repository_key, []).append(digest)
    answers: dict[tuple[str, str, str], dict[str, Manifest]] = read_in_parallel(
        {
            key: partial(reader.manifests, key[0], key[2], digests)
            for key, digests in sorted(wanted.items())
        },
        parallelism=parallelism,
    )
    configs = _read_configs(fit, answers, reader, parallelism)
    for version, image, digest in fit:
        manifest = answers.get(image.repository_key, {}).get(digest)
        if manifest is None:
            report.notes.append(
                f"{version.address}: the platform of {image.text} could not be determined: "
                "ECR returned no manifest for it"
            )
            continue
        platforms = _platforms(image, manifest, configs)
        if platforms.unknown:
            report.notes.append(
                f"{version.address}: the platform of {image.text} could not be determined: "
                f"{platforms.unknown}; SageMaker Studio needs {REQUIRED_PLATFORM}"
            )
        elif not platforms.runs_on_studio:
            report.problems.append(
                f"{version.address}: {image.text} is built for {', '.join(platforms.found)}, "
                f"but SageMaker Studio runs {REQUIRED_PLATFORM} images only. Build and push "
                f"it for {REQUIRED_PLATFORM} (docker buildx build --platform "
                f"{REQUIRED_PLATFORM}), " + SKIP_HINT
            )


_ConfigKey = tuple[tuple[str, str, str], str]


def _read_configs(
    fit: Sequence[tuple[NewVersion, EcrImage, str]],
    manifests: Mapping[tuple[str, str, str], Mapping[str, Manifest]],
    reader: RegistryReader,
    parallelism: int,
) -> dict[_ConfigKey, ImageConfig]:
    """The config blob of every single-platform manifest among `fit`, read once each."""
    wanted: dict[_ConfigKey, Callable[[], ImageConfig]] = {}
    for _, image, digest in fit:
        manifest = manifests.get(image.repository_key, {}).get(digest)
        config = None if manifest is None else config_digest_of(manifest.media_type, manifest.text)
        key = (image.repository_key, config or "")
        if config is not None and key not in wanted:
            wanted[key] = partial(reader.config, image.account, image.repository, config)
    return read_in_parallel(dict(sorted(wanted.items())), parallelism=parallelism)


def _platforms(
    image: EcrImage, manifest: Manifest, configs: Mapping[_ConfigKey, ImageConfig]
) -> Platforms:
    config = config_digest_of(manifest.media_type, manifest.text)
    if config is None:
        return platforms_of(manifest.media_type, manifest.text)
    blob = configs[(image.repository_key, config)]
    if blob.problem:
        return Platforms(unknown=f"could not read the image's config {config}: {blob.problem}")
    return platform_of_config(blob.text)


def _check_roles(
    versions: Sequence[NewVersion],
    reader: RegistryReader,
    roles: Mapping[str, str],
    account: str,
    report: PreflightReport,
    parallelism: int,
) -> None:
    users: dict[str, list[str]] = {}
    for version in versions:
        arn = roles.get(version.image_name.lower())
        if arn is None:
            continue
        users.setdefault(arn, []).append(version.address)
    to_ask: dict[str, str] = {}
    for arn, addresses in sorted(users.items()):
        match = ROLE_ARN.match(arn)
        if match is None:
            continue  # the schema's pattern reports a malformed ARN at validate time
        if account and match.group("account") != account:
            report.notes.append(
                f"{', '.join(addresses)}: image role {arn} is in account "
                f"{match.group('account')}, so GetRole from {account} cannot check it"
            )
            continue
        to_ask[arn] = match.group("name")
    found = read_in_parallel(
        {arn: partial(reader.role_exists, name) for arn, name in to_ask.items()},
        parallelism=parallelism,
    )
    for arn, exists in found.items():
        if not exists:
            report.problems.append(
                f"{', '.join(users[arn])}: the image role {arn} does not exist (IAM GetRole: "
                "NoSuchEntity), so SageMaker cannot pull the base image. Create the role, "
                "correct the image's ImageRoleArn, " + SKIP_HINT
            )
