"""The workspace one command runs in: its options, spec, state store and live cloud.

Owns how the global options, the spec's settings and the environment combine: which
region and profile, which endpoint, whether the embedded local cloud is used (its data in
`.imgver/local-cloud.db` beside the spec), and where state lives (a local backend path
is relative to the spec's folder). With a spec environment chosen (`--env`), all of these
are that environment's. Owns the run's `Target` (the account STS answers, checked against
the environment's `account`) and reading state bound to it. Everything is made on first
use, so a command that never needs AWS never imports boto3. Must not: render output or
decide plans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from planner.drift.compare import DriftReport
    from planner.plan.binding import Target
    from planner.spec.desired import DriftIgnore, Spec
    from state.cloud.client import LiveCloud
    from state.recorded.document import StateStore
    from state.recorded.model import State

DEFAULT_SPEC_FILE = "imgver.yaml"
LOCAL_CLOUD_DATA = Path(".imgver") / "local-cloud.db"


@dataclass(frozen=True)
class Options:
    """Global command-line options (each also settable as `IMGVER_<OPTION>`)."""

    region: str | None = None
    profile: str | None = None
    endpoint_url: str | None = None
    local: bool = False
    parallelism: int = 10
    lock_timeout: float = 0.0
    variables: tuple[str, ...] = ()
    var_files: tuple[Path, ...] = ()
    color: bool = True
    input: bool = True
    debug: bool = False
    environments: tuple[str, ...] = ()  # --env, repeatable
    all_envs: bool = False
    # plan and apply --skip-preflight: no ECR or IAM reads (no pre-flight, no stale tags).
    skip_preflight: bool = False


@dataclass
class Workspace:
    """The spec file a command works on, plus lazily made spec, store and cloud."""

    options: Options
    spec_file: Path = field(default_factory=lambda: Path(DEFAULT_SPEC_FILE))
    environment: str | None = None

    @cached_property
    def spec(self) -> Spec:
        """The spec as the chosen environment sees it; UsageError when the spec declares
        environments and none was chosen."""
        from planner.errors import UsageError

        spec = self.load_spec(self.environment)
        if spec.environments and not self.environment:
            raise UsageError(
                f"{self.spec_file} declares environments ({', '.join(spec.environments)}): "
                "choose one with --env NAME",
                "plan, apply and drift also take --env more than once, or --all-envs",
            )
        return spec

    def load_spec(self, environment: str | None) -> Spec:
        """The spec for `environment` (None: the spec itself, every resource)."""
        from planner.spec.loader import load_spec, parse_var_overrides
        from planner.spec.varfiles import VarValue, read_var_files

        overrides: dict[str, str | VarValue] = {}
        overrides.update(read_var_files(self.options.var_files))
        overrides.update(parse_var_overrides(list(self.options.variables)))
        return load_spec(self.spec_file, var_overrides=overrides, environment=environment)

    @property
    def base_dir(self) -> Path:
        return self.spec_file.resolve().parent

    @property
    def region(self) -> str | None:
        return self.options.region or self.spec.settings.region

    @cached_property
    def store(self) -> StateStore:
        from state.recorded.backends import open_store

        backend = self.spec.settings.backend
        if backend.type == "s3":
            return open_store(
                "s3",
                bucket=backend.bucket,
                key=backend.key,
                region=backend.region or self.region,
                profile=backend.profile or self.options.profile or self.spec.settings.profile,
                role_arn=backend.role_arn or None,
                encrypt=backend.encrypt,
                kms_key_id=backend.kms_key_id or None,
                endpoint_url=backend.endpoint_url or None,
            )
        return open_store("local", path=self.base_dir / backend.path)

    @property
    def local_cloud_data(self) -> Path:
        return self.base_dir / LOCAL_CLOUD_DATA

    @cached_property
    def cloud(self) -> LiveCloud:
        from state.cloud.client import open_cloud

        return open_cloud(
            region=self.region or ("us-east-1" if self.options.local else None),
            profile=None
            if self.options.local
            else (self.options.profile or self.spec.settings.profile),
            endpoint_url=self.options.endpoint_url,
            local_data=self.local_cloud_data if self.options.local else None,
            parallelism=self.options.parallelism,
            account=self.spec.settings.account,
            role_arn=self.spec.settings.role_arn,
            external_id=self.spec.settings.external_id,
        )

    @cached_property
    def target(self) -> Target:
        """Where this run works: STS's account (asked once), the region, the environment;
        UsageError when the account is not the environment's `account`."""
        from planner.plan.binding import Target, check_account

        target = Target(
            account=self.cloud.account or "",
            region=self.cloud.region,
            environment=self.spec.environment,
        )
        check_account(target, self.spec.settings.account)
        return target

    def known_where(self) -> tuple[str, str]:
        """(account, region) as far as this run found them out, asking nothing new."""
        known = self.__dict__  # what the cached properties have made so far
        if "target" in known:
            return known["target"].account, known["target"].region
        if "cloud" in known:
            return "", known["cloud"].region
        if "spec" in known:
            return "", self.region or ""
        return "", ""

    def read_state(self) -> State:
        """The stored state, refused when it was recorded for another target."""
        from planner.plan.binding import check_state

        state = self.store.read()
        check_state(state, self.target, source=f"the state {self.store.description}")
        return state

    def detect_drift(self, *, ignores: Sequence[DriftIgnore], now: dt.datetime) -> DriftReport:
        """The drift of this workspace's spec, state and cloud as of `now` (a UTC time),
        with `ignores` (from `--ignore`) beside the spec's own rules."""
        from planner.drift.job import detect_drift

        return detect_drift(
            spec=self.spec,
            state=self.read_state(),
            cloud=self.cloud,
            parallelism=self.options.parallelism,
            extra_ignores=ignores,
            today=now.date(),
            now=now.isoformat(timespec="seconds"),
            account=self.target.account,
        )
