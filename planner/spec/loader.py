"""Load and validate the desired spec (`imgver.yaml`, YAML or JSON) into `desired.Spec`.

Owns: parsing (`planner.spec.fastyaml` where it provably reads the text as
`planner.spec.yamlnodes` does; yamlnodes, with line numbers, otherwise and whenever a line
is asked for), duplicate-key and syntax errors, the
spec envelope (sections, settings, vars, lifecycle, drift ignores; `moved:` and
`removed:` through `planner.spec.blocks`), `${var.NAME}` and `${env.NAME}` substitution
with `IMGVER_VAR_<NAME>`, `--var-file` and `--var` overrides (in that order, the last
winning, as Terraform's `TF_VAR_`, `-var-file` and `-var`), per-resource validation
against the bundled CloudFormation schemas, and cross-resource checks the schemas cannot
express.
Every problem is collected and reported at once as a `SpecError`, each with file, line
and property path. Must not: call AWS, read or write state.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from planner.errors import SpecError, SpecProblem, UsageError
from planner.spec.blocks import BLOCK_SECTIONS, parse_moved, parse_removed
from planner.spec.desired import (
    SECTIONS,
    Backend,
    DesiredResource,
    DriftIgnore,
    Environment,
    Lifecycle,
    MovedBlock,
    RemovedBlock,
    Settings,
    Spec,
    address_of,
    ignore_target,
)
from planner.spec.limits import SpecTooLarge, nesting_problem, read_spec_text, value_problems
from planner.spec.retention import RETENTION_KEY, parse_retention
from planner.spec.varfiles import VarValue
from state.limits import MAX_DEPTH
from state.schema import IMAGE, IMAGE_VERSION, load_schema
from state.values import digest

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
VAR_NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
REFERENCE = re.compile(r"\$\{([^}]*)\}")
# A `${` that is not escaped (`$${`): in a variable's value, any; in other text, one that
# no `}` closes.
OPEN_REFERENCE = re.compile(r"(?<!\$)\$\{[^}]*\}?")
UNCLOSED_REFERENCE = re.compile(r"(?<!\$)\$\{[^}]*$")
IN_A_VARIABLE = (
    "variables are not resolved inside `vars:`; write the value itself ($${ for a literal ${)"
)
TOP_LEVEL_SECTIONS = ("settings", "vars", "environments", *SECTIONS, "drift", *BLOCK_SECTIONS)
ENV_VAR_PREFIX = "IMGVER_VAR_"
SETTINGS_KEYS = ("region", "profile", "backend")
ENVIRONMENT_KEYS = (
    "region",
    "account",
    "profile",
    "role_arn",
    "external_id",
    "backend",
    "vars",
)
ACCOUNT_PATTERN = re.compile(r"^[0-9]{12}$")
ROLE_ARN_PATTERN = re.compile(r"^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$")
S3_KEYS = (
    "type",
    "bucket",
    "key",
    "region",
    "encrypt",
    "kms_key_id",
    "endpoint_url",
    "profile",
    "role_arn",
)
BACKEND_KEYS = {"local": ("type", "path"), "s3": S3_KEYS}
LIFECYCLE_KEYS = ("prevent_destroy", "ignore_changes", "on_replace", "follow_tag")
ON_REPLACE_CHOICES = ("delete", "retain")
IGNORE_KEYS = ("address", "reason", "until")

NodePath = tuple[str | int, ...]


def parse_var_overrides(assignments: list[str]) -> dict[str, str]:
    """`["K=V", ...]` from `--var` into a dict; UsageError on a malformed assignment."""
    overrides: dict[str, str] = {}
    for assignment in assignments:
        name, separator, value = assignment.partition("=")
        if not separator or not VAR_NAME_PATTERN.match(name.strip()):
            raise UsageError(
                f"invalid --var {assignment!r}",
                "expected NAME=VALUE, where NAME is a variable declared under `vars:`",
            )
        overrides[name.strip()] = value
    return overrides


def load_spec(
    path: Path,
    *,
    var_overrides: Mapping[str, str | VarValue] | None = None,
    environ: Mapping[str, str] | None = None,
    environment: str | None = None,
) -> Spec:
    """Read, resolve and validate the spec at `path`; SpecError listing every problem.

    With `environment`, the spec as that environment sees it: its region, account,
    credentials and backend in `settings`, its `vars` over the spec's (and `--var` over
    both), only the resources not limited to other environments. UsageError for an
    environment the spec does not declare, naming those it does.
    """
    loader = _SpecLoader(
        str(path), dict(var_overrides or {}), environ or os.environ, environment or ""
    )
    try:
        text = read_spec_text(path)
    except SpecTooLarge as error:
        raise SpecError([SpecProblem(str(path), 0, "", str(error))]) from None
    except FileNotFoundError:
        raise SpecError(
            [SpecProblem(str(path), 0, "", "file not found (create it or pass -f FILE)")]
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError([SpecProblem(str(path), 0, "", f"cannot read: {error}")]) from None
    return loader.load(text)


class _SpecLoader:
    """One pass over one spec file, collecting problems instead of stopping at the first."""

    def __init__(
        self,
        file: str,
        overrides: dict[str, str | VarValue],
        environ: Mapping[str, str],
        environment: str,
    ) -> None:
        self.file = file
        self.environment = environment
        self.overrides = overrides
        self.environ = environ
        self.problems: list[SpecProblem] = []
        self.root: Any = None
        # The document with its line marks (yamlnodes), made from `text` when first needed
        # if the fast path (fastyaml) parsed it.
        self.text = ""
        self.marked: Any = None
        self.marking = threading.Lock()
        # Paths whose `${...}` could not be resolved: their schema errors would only repeat it.
        self.unresolved: set[NodePath] = set()
        # Variables whose value was refused: the text that uses one is not checked further.
        self.refused_variables: set[str] = set()

    # -- problems and locations ---------------------------------------------------------

    def problem(self, path: NodePath, message: str) -> None:
        self.problems.append(SpecProblem(self.file, self.line_of(path), _dotted(path), message))

    def line_of(self, path: NodePath) -> int:
        """1-based line of the deepest node on `path` that the parser located."""
        node, line = self.located(), 1
        for part in path:
            located = _child_line(node, part)
            if located is None:
                break
            line = located
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        return line

    def located(self) -> Any:
        """The document with its line marks: parsed again by yamlnodes if fastyaml read it
        (the same data, as fastyaml proves)."""
        with self.marking:
            if self.marked is None:
                from planner.spec.yamlnodes import load

                self.marked = load(self.text)
            return self.marked

    def resource_line(self, path: NodePath) -> int | Callable[[], int]:
        """The line of the resource at `path`, or, before the marks are made, how to find it."""
        if self.marked is None:
            return functools.partial(self.line_of, path)
        return self.line_of(path)

    # -- the passes -----------------------------------------------------------------------

    def load(self, text: str) -> Spec:
        self.root = self.parse(text)
        if self.root is None:
            raise SpecError(self.problems)
        if not _is_mapping(self.root):
            self.problem((), "the spec must be a mapping with sections such as image_versions")
            raise SpecError(self.problems)
        for key in self.root:
            if key not in TOP_LEVEL_SECTIONS:
                self.problem(
                    (key,), f"unknown section (expected one of {list(TOP_LEVEL_SECTIONS)})"
                )
        variables = self.variables()
        environments = self.environments(variables)
        chosen = self.choose_environment(environments)
        if chosen is not None:
            variables = self.environment_variables(variables, chosen)
        settings = self.settings(variables)
        if chosen is not None:
            settings = _environment_settings(settings, chosen)
        resources = self.resources(variables, environments)
        drift_ignores = self.drift_ignores()
        moved = parse_moved(
            self.root.get("moved"),
            resources,
            file=self.file,
            problem=self.problem,
            line_of=self.line_of,
        )
        removed = parse_removed(
            self.root.get("removed"),
            resources,
            moved,
            file=self.file,
            problem=self.problem,
            line_of=self.line_of,
        )
        self.cross_check(resources)
        if self.problems:
            raise SpecError(sorted(self.problems, key=lambda p: (p.line, p.path, p.message)))
        if chosen is not None:
            resources = {
                address: resource
                for address, resource in resources.items()
                if not resource.environments or chosen.name in resource.environments
            }
        return Spec(
            file=self.file,
            settings=settings,
            variables=variables,
            resources=resources,
            drift_ignores=drift_ignores,
            spec_hash=_spec_hash(settings, resources, moved, removed, self.environment),
            moved=moved,
            removed=removed,
            environments=tuple(environments),
            environment=self.environment,
        )

    def environments(self, variables: Mapping[str, str]) -> dict[str, Environment]:
        raw = self.root.get("environments")
        if raw is None:
            return {}
        if not _is_mapping(raw) or not raw:
            self.problem(("environments",), "must be a mapping of name: {region, account, ...}")
            return {}
        environments: dict[str, Environment] = {}
        for name, entry in raw.items():
            environment = self.environment_entry(name, entry, variables)
            if environment is not None:
                environments[environment.name] = environment
        return environments

    def environment_entry(
        self, name: Any, entry: Any, variables: Mapping[str, str]
    ) -> Environment | None:
        path: NodePath = ("environments", name)
        if not isinstance(name, str) or not NAME_PATTERN.match(name):
            self.problem(path, "environment names start with a letter or digit, then [A-Za-z0-9_-]")
            return None
        if entry is None:
            entry = {}
        if not _is_mapping(entry):
            self.problem(path, f"must be a mapping with keys {list(ENVIRONMENT_KEYS)}")
            return None
        raw_vars = entry.get("vars")
        values = self.substitute({k: v for k, v in entry.items() if k != "vars"}, path, variables)
        for key in values:
            if key not in ENVIRONMENT_KEYS:
                self.problem(
                    (*path, key), f"unknown environment setting (expected {list(ENVIRONMENT_KEYS)})"
                )
        for key in ("region", "account", "profile", "role_arn", "external_id"):
            if key in values and (not isinstance(values[key], str) or not values[key]):
                self.problem((*path, key), "must be a non-empty string (quote an account ID)")
                values.pop(key)
        if "account" in values and not ACCOUNT_PATTERN.match(values["account"]):
            self.problem((*path, "account"), f"{values['account']!r} is not a 12-digit account ID")
        if "role_arn" in values and not ROLE_ARN_PATTERN.match(values["role_arn"]):
            self.problem((*path, "role_arn"), f"{values['role_arn']!r} is not an IAM role ARN")
        if "external_id" in values and "role_arn" not in values:
            self.problem((*path, "external_id"), "is only used with role_arn")
        own_vars: list[tuple[str, str]] = []
        if raw_vars is not None and not _is_mapping(raw_vars):
            self.problem((*path, "vars"), "must be a mapping of NAME: value")
        for var_name, value in (raw_vars or {}).items() if _is_mapping(raw_vars) else ():
            if var_name not in variables:
                self.problem((*path, "vars", var_name), "is not declared under `vars:` in the spec")
            elif value is None or _is_mapping(value) or isinstance(value, list):
                self.problem(
                    (*path, "vars", var_name), "a variable's value must be a string, number or bool"
                )
            else:
                text = self.resolve_text(_scalar_text(value), (*path, "vars", var_name), variables)
                own_vars.append((str(var_name), text))
        backend = (
            self.backend(values["backend"], (*path, "backend")) if "backend" in values else None
        )
        return Environment(
            name=name,
            region=values.get("region"),
            account=values.get("account"),
            profile=values.get("profile"),
            role_arn=values.get("role_arn"),
            external_id=values.get("external_id"),
            backend=backend,
            variables=tuple(own_vars),
        )

    def choose_environment(self, environments: Mapping[str, Environment]) -> Environment | None:
        if not self.environment:
            return None
        if self.problems:
            raise SpecError(sorted(self.problems, key=lambda p: (p.line, p.path, p.message)))
        if not environments:
            raise UsageError(
                f"unknown environment {self.environment!r}: {self.file} declares no environments",
                "drop --env, or declare `environments:` in the spec",
            )
        if self.environment not in environments:
            raise UsageError(
                f"unknown environment {self.environment!r}",
                f"{self.file} declares: {', '.join(environments)}",
            )
        return environments[self.environment]

    def environment_variables(
        self, variables: Mapping[str, str], environment: Environment
    ) -> dict[str, str]:
        """The spec's variables, then the environment's, then `IMGVER_VAR_<NAME>`, then
        `--var-file` and `--var` over them all."""
        merged = dict(variables)
        merged.update(dict(environment.variables))
        for name in variables:
            from_env = self.environ.get(f"{ENV_VAR_PREFIX}{name}")
            if from_env is not None:
                merged[name] = from_env
        for name, value in self.overrides.items():
            if name in variables:
                merged[name] = value.value if isinstance(value, VarValue) else value
        return merged

    def parse(self, text: str) -> Any:
        from planner.spec.fastyaml import load_plain

        too_deep = nesting_problem(text)
        if too_deep:
            self.problems.append(SpecProblem(self.file, 0, "", too_deep))
            return None
        self.text = text
        root = load_plain(text)  # has no value problems, as fastyaml proves
        if root is not None:
            return root
        root = self.parse_marked(text)
        if root is None:
            return None
        problems = value_problems(root)
        if problems:
            self.root = root
            for where, message in problems:
                self.problem(where, message)
            self.root = None
            return None
        return root

    def parse_marked(self, text: str) -> Any:
        """The document parsed by yamlnodes, with its line marks (None on a problem)."""
        from planner.spec.yamlnodes import MarkedYAMLError, YAMLError, load

        try:
            root = load(text)
        except MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = mark.line + 1 if mark is not None else 0
            message = " ".join(str(part) for part in (error.context, error.problem) if part)
            if "duplicate key" in message:
                message = message.replace("while constructing a mapping ", "")
            self.problems.append(SpecProblem(self.file, line, "", f"invalid YAML: {message}"))
            return None
        except YAMLError as error:
            self.problems.append(SpecProblem(self.file, 0, "", f"invalid YAML: {error}"))
            return None
        except RecursionError:
            self.problems.append(
                SpecProblem(
                    self.file, 0, "", f"the spec nests deeper than the limit of {MAX_DEPTH} levels"
                )
            )
            return None
        except ValueError as error:  # e.g. an integer too long to convert
            self.problems.append(SpecProblem(self.file, 0, "", f"invalid YAML: {error}"))
            return None
        if root is None:
            self.problems.append(SpecProblem(self.file, 1, "", "the spec is empty"))
            return None
        self.marked = root
        return root

    def variables(self) -> dict[str, str]:
        declared = self.root.get("vars")
        variables: dict[str, str] = {}
        if declared is None:
            declared = {}
        elif not _is_mapping(declared):
            self.problem(("vars",), "must be a mapping of NAME: value")
            declared = {}
        for name, value in declared.items():
            if not isinstance(name, str) or not VAR_NAME_PATTERN.match(name):
                self.problem(("vars", name), "variable names are letters, digits and _")
            elif value is None or _is_mapping(value) or isinstance(value, list):
                self.problem(("vars", name), "a variable's value must be a string, number or bool")
            else:
                variables[name] = _scalar_text(value)
                self.check_variable_value(name, variables[name], self.file, ("vars", name))
        for name in variables:
            from_env = self.environ.get(f"{ENV_VAR_PREFIX}{name}")
            if from_env is not None:
                variables[name] = from_env
                self.check_variable_value(name, from_env, self.file, f"{ENV_VAR_PREFIX}{name}")
        for name, value in self.overrides.items():
            if name in declared:
                variables[name] = value.value if isinstance(value, VarValue) else value
                if isinstance(value, VarValue):
                    self.check_variable_value(name, value.value, value.file, name, value.line)
                else:
                    self.check_variable_value(name, value, self.file, f"--var {name}")
            elif isinstance(value, VarValue):
                self.problems.append(
                    SpecProblem(
                        value.file,
                        value.line,
                        name,
                        f"is not declared under `vars:` in {self.file}",
                    )
                )
            else:
                self.problems.append(
                    SpecProblem(
                        self.file, 0, f"--var {name}", "is not declared under `vars:` in the spec"
                    )
                )
        return variables

    def check_variable_value(
        self, name: str, text: str, file: str, where: NodePath | str, line: int = 0
    ) -> None:
        """Refuse a `${...}` in a variable's value: it would reach AWS as written, since a
        variable's value is not itself resolved. Where the variable is used, only this
        problem is reported."""
        found = OPEN_REFERENCE.search(text)
        if found is None:
            return
        self.refused_variables.add(name)
        message = f"a variable's value cannot use {found.group(0)}: {IN_A_VARIABLE}"
        if isinstance(where, tuple):
            self.problem(where, message)
        else:
            self.problems.append(SpecProblem(file, line, where, message))

    def substitute(self, value: Any, path: NodePath, variables: Mapping[str, str]) -> Any:
        """Plain Python data from parsed `value`, with `${...}` references resolved."""
        if _is_mapping(value):
            # Text without `${` is returned as it is, without a call (most of a spec).
            return {
                str(k): v
                if type(v) is str and "${" not in v
                else self.substitute(v, (*path, str(k)), variables)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [
                item
                if type(item) is str and "${" not in item
                else self.substitute(item, (*path, i), variables)
                for i, item in enumerate(value)
            ]
        if isinstance(value, str):
            return self.resolve_text(str(value), path, variables)
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def resolve_text(self, text: str, path: NodePath, variables: Mapping[str, str]) -> str:
        def replace(match: re.Match[str]) -> str:
            start = match.start()
            if start > 0 and text[start - 1] == "$":
                return match.group(0)  # `$${...}` is a literal `${...}`
            kind, _, name = match.group(1).strip().partition(".")
            if kind == "var" and name in variables:
                if name in self.refused_variables:
                    self.unresolved.add(path)
                return variables[name]
            if kind == "env" and name in self.environ:
                return self.environ[name]
            if kind == "var":
                self.problem(path, f"undefined variable ${{var.{name}}} (declare it under vars:)")
            elif kind == "env":
                self.problem(path, f"environment variable {name} is not set")
            else:
                self.problem(path, f"unknown reference ${{{match.group(1)}}}: use var.* or env.*")
            self.unresolved.add(path)
            return match.group(0)

        unclosed = UNCLOSED_REFERENCE.search(REFERENCE.sub("", text))
        if unclosed is not None:
            self.problem(
                path,
                f"unclosed reference {unclosed.group(0)!r}: end it with }} "
                "(or write $${ for a literal ${)",
            )
            self.unresolved.add(path)
        return REFERENCE.sub(replace, text).replace("$${", "${")

    def settings(self, variables: Mapping[str, str]) -> Settings:
        raw = self.root.get("settings")
        if raw is None:
            return Settings()
        if not _is_mapping(raw):
            self.problem(("settings",), "must be a mapping")
            return Settings()
        values = self.substitute(raw, ("settings",), variables)
        for key in values:
            if key not in SETTINGS_KEYS:
                self.problem(("settings", key), f"unknown setting (expected {list(SETTINGS_KEYS)})")
        for key in ("region", "profile"):
            if key in values and not isinstance(values[key], str):
                self.problem(("settings", key), "must be a string")
        backend = self.backend(values.get("backend"), ("settings", "backend"))
        region = values.get("region") if isinstance(values.get("region"), str) else None
        profile = values.get("profile") if isinstance(values.get("profile"), str) else None
        return Settings(region=region, profile=profile, backend=backend)

    def backend(self, values: Any, path: NodePath) -> Backend:
        if values is None:
            return Backend()
        if not isinstance(values, dict):
            self.problem(path, "must be a mapping such as {type: local, path: imgver.state.json}")
            return Backend()
        kind = values.get("type", "local")
        if not isinstance(kind, str) or kind not in BACKEND_KEYS:
            self.problem((*path, "type"), f"{kind!r} is not one of {list(BACKEND_KEYS)}")
            return Backend()
        for key, value in values.items():
            if key not in BACKEND_KEYS[kind]:
                self.problem((*path, key), f"unknown {kind} backend setting")
            elif key == "encrypt":
                if not isinstance(value, bool):
                    self.problem((*path, key), "must be true or false")
            elif not isinstance(value, str) or not value:
                self.problem((*path, key), "must be a non-empty string")
        if kind == "s3":
            for key in ("bucket", "key"):
                if key not in values:
                    self.problem((*path, key), "required for the s3 backend")
            encrypt = values.get("encrypt", True)
            if values.get("kms_key_id") and encrypt is False:
                self.problem((*path, "kms_key_id"), "needs encrypt: true (or no encrypt setting)")
            return Backend(
                type="s3",
                bucket=str(values.get("bucket", "")),
                key=str(values.get("key", "")),
                region=str(values.get("region", "")),
                encrypt=encrypt if isinstance(encrypt, bool) else True,
                kms_key_id=str(values.get("kms_key_id", "")),
                endpoint_url=str(values.get("endpoint_url", "")),
                profile=str(values.get("profile", "")),
                role_arn=str(values.get("role_arn", "")),
            )
        return Backend(type="local", path=str(values.get("path", Backend().path)))

    def resources(
        self, variables: Mapping[str, str], environments: Mapping[str, Environment]
    ) -> dict[str, DesiredResource]:
        resources: dict[str, DesiredResource] = {}
        for section, type_name in SECTIONS.items():
            raw_section = self.root.get(section)
            if raw_section is None:
                continue
            if not _is_mapping(raw_section):
                self.problem((section,), "must be a mapping of name: properties")
                continue
            for name, raw in raw_section.items():
                resource = self.resource(section, type_name, name, raw, variables, environments)
                if resource is not None:
                    resources[resource.address] = resource
        return resources

    def resource(
        self,
        section: str,
        type_name: str,
        name: Any,
        raw: Any,
        variables: Mapping[str, str],
        environments: Mapping[str, Environment],
    ) -> DesiredResource | None:
        path: NodePath = (section, name)
        if not isinstance(name, str) or not NAME_PATTERN.match(name):
            self.problem(path, "resource names start with a letter or digit, then [A-Za-z0-9_-]")
            return None
        if not _is_mapping(raw):
            self.problem(path, "must be a mapping of properties")
            return None
        values = self.substitute(raw, path, variables)
        schema = load_schema(type_name)
        lifecycle = self.lifecycle(path, values.pop("lifecycle", None), schema.properties)
        retention = None
        if type_name == IMAGE:
            retention = parse_retention(values.pop(RETENTION_KEY, None), path, self.problem)
        limited_to = self.resource_environments(
            path, values.pop("environments", None), environments
        )
        read_only = schema.read_only.intersection(values)
        for prop in sorted(read_only):
            self.problem((*path, prop), "is read-only: AWS sets it, a spec cannot")
        if type_name == IMAGE_VERSION and "Alias" in values:
            # CloudFormation documents nothing for it ("Property description not available").
            self.problem(
                (*path, "Alias"),
                "is not supported: its meaning on AWS is undocumented; list the alias "
                "under Aliases instead",
            )
        for problem in schema.validate(
            {k: v for k, v in values.items() if k not in read_only} if read_only else values
        ):
            if (*path, *problem.path) in self.unresolved:
                continue
            message = problem.message
            if "is not of type 'string'" in message and isinstance(problem.path, tuple):
                message += " (quote the value in YAML)"
            self.problem((*path, *problem.path), message)
        return DesiredResource(
            address=address_of(section, name),
            type_name=type_name,
            properties=values,
            lifecycle=lifecycle,
            file=self.file,
            line=self.resource_line(path),
            retention=retention,
            environments=limited_to,
        )

    def resource_environments(
        self, path: NodePath, raw: Any, environments: Mapping[str, Environment]
    ) -> tuple[str, ...]:
        """A resource's tool-level `environments: [...]`: names the spec declares."""
        path = (*path, "environments")
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            self.problem(path, "must be a non-empty list of environment names")
            return ()
        names = []
        for index, name in enumerate(raw):
            if name not in environments:
                known = ", ".join(environments) if environments else "none are declared"
                self.problem((*path, index), f"unknown environment {name!r} ({known})")
            else:
                names.append(str(name))
        return tuple(names)

    def lifecycle(self, path: NodePath, raw: Any, properties: frozenset[str]) -> Lifecycle:
        path = (*path, "lifecycle")
        if raw is None:
            return Lifecycle()
        if not isinstance(raw, dict):
            self.problem(path, f"must be a mapping with keys {list(LIFECYCLE_KEYS)}")
            return Lifecycle()
        for key in raw:
            if key not in LIFECYCLE_KEYS:
                self.problem(
                    (*path, key), f"unknown lifecycle setting (expected {list(LIFECYCLE_KEYS)})"
                )
        prevent_destroy = raw.get("prevent_destroy", False)
        if not isinstance(prevent_destroy, bool):
            self.problem((*path, "prevent_destroy"), "must be true or false")
            prevent_destroy = False
        ignore_changes = raw.get("ignore_changes", [])
        if not isinstance(ignore_changes, list):
            self.problem((*path, "ignore_changes"), "must be a list of property names")
            ignore_changes = []
        for index, prop in enumerate(ignore_changes):
            if not isinstance(prop, str) or prop not in properties:
                self.problem(
                    (*path, "ignore_changes", index), f"{prop!r} is not a property of this type"
                )
        on_replace = raw.get("on_replace", "delete")
        if on_replace not in ON_REPLACE_CHOICES:
            self.problem(
                (*path, "on_replace"), f"{on_replace!r} is not one of {list(ON_REPLACE_CHOICES)}"
            )
            on_replace = "delete"
        follow_tag = raw.get("follow_tag", False)
        if not isinstance(follow_tag, bool):
            self.problem((*path, "follow_tag"), "must be true or false")
            follow_tag = False
        elif follow_tag and "BaseImage" not in properties:
            self.problem((*path, "follow_tag"), "only an image version has a BaseImage to follow")
            follow_tag = False
        return Lifecycle(
            prevent_destroy=prevent_destroy,
            ignore_changes=tuple(
                str(p) for p in ignore_changes if isinstance(p, str) and p in properties
            ),
            on_replace=on_replace,
            follow_tag=follow_tag,
        )

    def drift_ignores(self) -> tuple[DriftIgnore, ...]:
        raw = self.root.get("drift")
        if raw is None:
            return ()
        if not _is_mapping(raw):
            self.problem(("drift",), "must be a mapping with an `ignore` list")
            return ()
        for key in raw:
            if key != "ignore":
                self.problem(("drift", key), "unknown drift setting (expected ['ignore'])")
        entries = raw.get("ignore") or []
        if not isinstance(entries, list):
            self.problem(("drift", "ignore"), "must be a list of {address, reason, until}")
            return ()
        ignores = []
        for index, entry in enumerate(entries):
            ignore = self.drift_ignore(("drift", "ignore", index), entry)
            if ignore is not None:
                ignores.append(ignore)
        return tuple(ignores)

    def drift_ignore(self, path: NodePath, entry: Any) -> DriftIgnore | None:
        if not _is_mapping(entry):
            self.problem(path, "must be a mapping with address, reason and optional until")
            return None
        for key in entry:
            if key not in IGNORE_KEYS:
                self.problem((*path, key), f"unknown key (expected {list(IGNORE_KEYS)})")
        address = entry.get("address")
        target = ignore_target(address) if isinstance(address, str) else None
        if target is None:
            self.problem(
                (*path, "address"),
                "must be <section>.<name>, <section>.<name>.<Property> or an unmanaged ARN",
            )
            return None
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            self.problem((*path, "reason"), "every ignore needs a reason")
        until = entry.get("until")
        if until is not None and not isinstance(until, dt.date):
            try:
                until = dt.date.fromisoformat(str(until))
            except ValueError:
                self.problem((*path, "until"), f"{until!r} is not a date (YYYY-MM-DD)")
                until = None
        if isinstance(until, dt.datetime):
            until = until.date()
        return DriftIgnore(
            address=target[0],
            property=target[1],
            reason=str(reason or ""),
            until=until,
        )

    def cross_check(self, resources: Mapping[str, DesiredResource]) -> None:
        """Rules across resources that a per-resource schema cannot express."""
        image_owner: dict[str, str] = {}
        for resource in resources.values():
            if resource.type_name == IMAGE_VERSION:
                continue
            name = str(resource.properties.get("ImageName", "")).lower()
            if name in image_owner:
                self.problem(
                    (resource.section, resource.name, "ImageName"),
                    f"image {name!r} is already declared by {image_owner[name]}",
                )
            image_owner.setdefault(name, resource.address)
        alias_owner: dict[tuple[str, str], str] = {}
        for resource in resources.values():
            if resource.type_name != IMAGE_VERSION:
                continue
            image = str(resource.properties.get("ImageName", "")).lower()
            aliases = resource.properties.get("Aliases")
            self.check_version_aliases(resource, aliases if isinstance(aliases, list) else [])
            for index, alias in enumerate(aliases if isinstance(aliases, list) else []):
                owner = alias_owner.setdefault((image, str(alias)), resource.address)
                if owner != resource.address:
                    self.problem(
                        (resource.section, resource.name, "Aliases", index),
                        f"alias {alias!r} is already on {owner}: an alias names one version of "
                        f"image {image!r}",
                    )

    def check_version_aliases(self, resource: DesiredResource, aliases: list[Any]) -> None:
        """Refuse an alias listed twice in one version, or twice differing only in case.

        The CloudFormation schema's `Aliases` has no uniqueItems, so the schema lets both
        through. SageMaker's alias rules for case are not documented: two aliases that
        differ only in case may be one alias there, and a plan would never converge.
        """
        first: dict[str, tuple[int, str]] = {}
        for index, alias in enumerate(aliases):
            text = str(alias)
            seen = first.get(text.lower())
            if seen is None:
                first[text.lower()] = (index, text)
                continue
            where = (resource.section, resource.name, "Aliases", index)
            if seen[1] == text:
                self.problem(
                    where,
                    f"alias {text!r} is listed twice in this version (also Aliases[{seen[0]}])",
                )
            else:
                self.problem(
                    where,
                    f"alias {text!r} differs only in case from {seen[1]!r} (Aliases[{seen[0]}]); "
                    "SageMaker may treat them as one alias",
                )


def _is_mapping(value: Any) -> bool:
    return isinstance(value, dict)


def _child_line(node: Any, part: str | int) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if isinstance(part, int) and isinstance(node, list):
            return int(lc.item(part)[0]) + 1
        if isinstance(node, dict) and part in node:
            return int(lc.key(part)[0]) + 1
    except (KeyError, IndexError, TypeError):
        return None
    return None


def _dotted(path: NodePath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _environment_settings(base: Settings, environment: Environment) -> Settings:
    """An environment's settings: its own values over the spec's, and its own backend
    (else the spec's, named after the environment)."""
    return Settings(
        region=environment.region or base.region,
        profile=environment.profile or base.profile,
        backend=environment.backend or base.backend.for_environment(environment.name),
        account=environment.account,
        role_arn=environment.role_arn,
        external_id=environment.external_id,
    )


_BACKEND_HASHED_ALWAYS = ("type", "path", "bucket", "key", "region")


def _lifecycle_hashed(lifecycle: Lifecycle) -> dict[str, Any]:
    """The lifecycle as hashed: `follow_tag` only when set, so the hash of a spec without
    it is the one its saved plans already carry."""
    hashed = dict(vars(lifecycle))
    if not lifecycle.follow_tag:
        del hashed["follow_tag"]
    return hashed


def _backend_hashed(backend: Backend) -> dict[str, Any]:
    """The backend's part of the spec hash: the settings there always were, plus any newer
    one set away from its default (so an older spec's hash is unchanged)."""
    default = Backend()
    return {
        name: value
        for name, value in vars(backend).items()
        if name in _BACKEND_HASHED_ALWAYS or value != getattr(default, name)
    }


def _spec_hash(
    settings: Settings,
    resources: Mapping[str, DesiredResource],
    moved: tuple[MovedBlock, ...],
    removed: tuple[RemovedBlock, ...],
    environment: str = "",
) -> str:
    content: dict[str, Any] = {
        "settings": {
            "region": settings.region,
            "profile": settings.profile,
            "backend": _backend_hashed(settings.backend),
        },
        "resources": {
            address: {
                "type": resource.type_name,
                "properties": resource.properties,
                "lifecycle": _lifecycle_hashed(resource.lifecycle),
                **({"retention": vars(resource.retention)} if resource.retention else {}),
            }
            for address, resource in sorted(resources.items())
        },
    }
    # Only when present, so a spec without them keeps the hash its saved plans carry.
    if moved:
        content["moved"] = [[block.from_address, block.to_address] for block in moved]
    if removed:
        content["removed"] = [[block.from_address, block.destroy] for block in removed]
    if environment:
        content["environment"] = {"name": environment, "account": settings.account}
    return digest(content)
