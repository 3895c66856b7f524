"""Which platforms an image is built for, read from its manifest, image index or config.

Owns `platforms_of`, `config_digest_of` and `platform_of_config`: SageMaker Studio runs
images on linux/amd64 (a wrong architecture boots with `exec format error`,
aws-samples/sagemaker-studio-custom-image-samples #28).
Formats read: an OCI image index (`application/vnd.oci.image.index.v1+json`) or a Docker
manifest list (`application/vnd.docker.distribution.manifest.list.v2+json`) lists each
manifest's `platform` (`os`, `architecture`; OCI image-spec `image-index.md`); a Docker
schema 1 manifest carries `architecture` itself. A single-platform OCI or Docker v2
manifest names only its config blob (`config.digest`, `config_digest_of`), where the
platform is: `os`, `architecture` and optionally `variant` (OCI image-spec `config.md`),
read by `platform_of_config` once the blob is downloaded. Attestation manifests in an
index (`unknown/unknown`, BuildKit's provenance) are not platforms.

Must not: do I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = [
    "REQUIRED_PLATFORM",
    "Platforms",
    "config_digest_of",
    "platform_of_config",
    "platforms_of",
]

REQUIRED_PLATFORM = "linux/amd64"
_INDEX_TYPES = frozenset(
    {
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    }
)
_SINGLE_TYPES = frozenset(
    {
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    }
)
_SCHEMA1_TYPES = frozenset(
    {
        "application/vnd.docker.distribution.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
    }
)


@dataclass(frozen=True)
class Platforms:
    """The platforms found (`os/architecture`), or why they could not be (`unknown`)."""

    found: tuple[str, ...] = ()
    unknown: str = ""

    @property
    def runs_on_studio(self) -> bool:
        """Whether one of them is linux/amd64 (of any `variant`)."""
        return any(
            name == REQUIRED_PLATFORM or name.startswith(REQUIRED_PLATFORM + "/")
            for name in self.found
        )


def platforms_of(media_type: str, manifest: str) -> Platforms:
    """The platforms of the image whose manifest (or index) is `manifest`."""
    try:
        document = json.loads(manifest)
    except ValueError:
        return Platforms(unknown="its manifest is not JSON")
    if not isinstance(document, dict):
        return Platforms(unknown="its manifest is not a JSON object")
    kind = media_type or str(document.get("mediaType", ""))
    if kind in _INDEX_TYPES or "manifests" in document:
        found = []
        for entry in document.get("manifests") or []:
            platform = entry.get("platform") if isinstance(entry, dict) else None
            if not isinstance(platform, dict):
                continue
            name = f"{platform.get('os', '')}/{platform.get('architecture', '')}"
            if name != "unknown/unknown" and name not in found:
                found.append(name)
        if not found:
            return Platforms(unknown="its image index names no platform")
        return Platforms(found=tuple(found))
    if kind in _SCHEMA1_TYPES or document.get("schemaVersion") == 1:
        architecture = document.get("architecture")
        if isinstance(architecture, str) and architecture:
            return Platforms(found=(f"linux/{architecture}",))
    return Platforms(
        unknown="it is a single-platform manifest, whose platform is in its config blob"
    )


def config_digest_of(media_type: str, manifest: str) -> str | None:
    """The config blob digest of a single-platform manifest; None for anything else."""
    try:
        document = json.loads(manifest)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    kind = media_type or str(document.get("mediaType", ""))
    config = document.get("config")
    if kind not in _SINGLE_TYPES or not isinstance(config, dict):
        return None
    digest = config.get("digest")
    return digest if isinstance(digest, str) and digest else None


def platform_of_config(config: str) -> Platforms:
    """The platform an image config blob names: `os/architecture[/variant]`."""
    try:
        document = json.loads(config)
    except ValueError:
        return Platforms(unknown="its config blob is not JSON")
    if not isinstance(document, dict):
        return Platforms(unknown="its config blob is not a JSON object")
    os_name, architecture = document.get("os"), document.get("architecture")
    if not (isinstance(os_name, str) and os_name and isinstance(architecture, str)):
        return Platforms(unknown="its config blob names no os and architecture")
    if not architecture:
        return Platforms(unknown="its config blob names no architecture")
    variant = document.get("variant")
    name = f"{os_name}/{architecture}"
    if isinstance(variant, str) and variant:
        name += f"/{variant}"
    return Platforms(found=(name,))
