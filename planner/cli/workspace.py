"""The workspace one command runs in: its options, spec, state store and live cloud.

Owns how the global options, the spec's settings and the environment combine: which
region and profile, which endpoint, whether the embedded local cloud is used (its data in
`.imgver/local-cloud.json` beside the spec), and where state lives (a local backend path
is relative to the spec's folder). Everything is made on first use, so a command that
never needs AWS never imports boto3. Must not: render output or decide plans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner.spec.desired import Spec

if TYPE_CHECKING:
    from state.cloud.client import LiveCloud
    from state.recorded.binding import Binding
    from state.recorded.document import StateStore
    from state.recorded.model import State

DEFAULT_SPEC_FILE = "imgver.yaml"
LOCAL_CLOUD_DATA = Path(".imgver") / "local-cloud.json"


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
    color: bool = True
    debug: bool = False


@dataclass
class Workspace:
    """The spec file a command works on, plus lazily made spec, store and cloud."""

    options: Options
    spec_file: Path = field(default_factory=lambda: Path(DEFAULT_SPEC_FILE))

    @cached_property
    def spec(self) -> Spec:
        from planner.spec.loader import load_spec, parse_var_overrides

        overrides = parse_var_overrides(list(self.options.variables))
        return load_spec(self.spec_file, var_overrides=overrides)

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
                profile=self.options.profile or self.spec.settings.profile,
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
        )

    @property
    def binding(self) -> Binding:
        """What this run is bound to: the region its cloud client works in."""
        from state.recorded.binding import Binding

        return Binding(region=self.cloud.region)

    def bound_state(self) -> State:
        """The stored state, refused (BindingError) when its records belong elsewhere."""
        from state.recorded.binding import check_state

        state = self.store.read()
        check_state(state, self.binding)
        return state
