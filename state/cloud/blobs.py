"""Downloading a blob from the presigned URL ECR `GetDownloadUrlForLayer` answers with.

Owns `BlobFetcher` (how `state.cloud.registry.Registry` GETs a URL: a callable of the URL
and a timeout in seconds, returning the bytes or raising `BlobFetchError`) and
`http_get`, the one used against AWS: a plain HTTP GET with the standard library's
urllib (the URL is a presigned Amazon S3 URL, which carries its own authorisation, so no
signing and no botocore), bounded by `timeout` and by `MAX_BLOB_BYTES`. The in-process
local cloud hands in its own fetcher instead (`state.localcloud.transport.LocalCloud
.fetch_blob`), since its URLs are not on any network.

Must not: call ECR (the registry does), or judge what a blob says.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Callable

__all__ = ["MAX_BLOB_BYTES", "BlobFetchError", "BlobFetcher", "http_get"]

# An image config is a few kilobytes (OCI image-spec config.md); more than this is not one.
MAX_BLOB_BYTES = 4 * 1024 * 1024

BlobFetcher = Callable[[str, float], bytes]


class BlobFetchError(Exception):
    """A blob URL that could not be read: the reason, in words."""


def http_get(url: str, timeout: float) -> bytes:
    """The body of a GET of `url`, within `timeout` seconds and `MAX_BLOB_BYTES`."""
    if not url.startswith(("https://", "http://")):
        raise BlobFetchError(f"the download URL is not an HTTP URL: {url[:80]}")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body: bytes = response.read(MAX_BLOB_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise BlobFetchError(f"the download URL answered HTTP {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        # HTTPException: a reply that is not HTTP (BadStatusLine) or is cut short.
        reason = getattr(error, "reason", None) or error
        raise BlobFetchError(f"the download URL could not be read ({reason})") from None
    if len(body) > MAX_BLOB_BYTES:
        raise BlobFetchError(f"the blob is larger than {MAX_BLOB_BYTES} bytes")
    return body
