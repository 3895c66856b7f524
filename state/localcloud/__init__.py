"""The embedded Cloud Control emulator: a faithful local stand-in for AWS, offline.

Serves Cloud Control (Create/Get/Update/Delete/ListResources, GetResourceRequestStatus,
ListResourceRequests, CancelResourceRequest) for `AWS::SageMaker::Image` and
`AWS::SageMaker::ImageVersion`, plus SageMaker `ListAliases`, ECR (CreateRepository,
PutImage, DescribeImages, BatchGetImage, the layer uploads, GetDownloadUrlForLayer,
Set/Get/DeleteRepositoryPolicy), IAM
(CreateRole, GetRole) and STS GetCallerIdentity, driven by the bundled schemas, persisted
in one SQLite database, with injectable latency, slowness and faults.

Two ways in:
- in-process: `LocalCloud(data_file, faults).attach(client)` on a boto3 client;
- over HTTP: `serve(host, port, data_file, faults, ready)` for any AWS client.

Modules: `engine` (Cloud Control rules and request lifecycle), `handlers` (per-type
resource behaviour), `ecr` (repositories, images, tags), `layers` (blobs), `policies`
(repository policies), `iam` (roles), `store` (the data file), `rows` and `layout` (the
data as rows), `legacy` (the old JSON data file),
`requestlog`, `faults`, `semantics` (choices among plausible AWS behaviours), `paging`,
`protocol` (AWS JSON wire format), `transport` (boto3 attachment), `server` (HTTP).
"""

from state.localcloud.errors import LocalCloudError
from state.localcloud.faults import FaultConfig
from state.localcloud.semantics import Semantics
from state.localcloud.server import serve
from state.localcloud.transport import DEFAULT_ACCOUNT, LocalCloud

__all__ = ["DEFAULT_ACCOUNT", "FaultConfig", "LocalCloud", "LocalCloudError", "Semantics", "serve"]
