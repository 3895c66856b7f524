"""Counts the AWS calls and the bytes written of a process `python -m bench` starts.

Put on PYTHONPATH (with BENCH_CALLS_FILE naming the output) for imgver and the baseline
scripts alike: every botocore session registers a `before-send` handler counting each
request by its operation, and at exit the counts, the process's bytes written (`wchar` of
/proc/self/io), its peak RSS and its CPU time (user and system, `getrusage`) are written as
JSON.

Must not: change a request or its answer (the handler returns nothing).
"""

from __future__ import annotations

import atexit
import collections
import json
import os
import resource
import threading
from typing import Any

_OUT = os.environ.get("BENCH_CALLS_FILE")

if _OUT:
    import botocore.session

    _counts: collections.Counter[str] = collections.Counter()
    _lock = threading.Lock()

    def _count(request: Any, **_: Any) -> None:
        target = request.headers.get("X-Amz-Target") or b"other"
        name = target.decode() if isinstance(target, bytes) else str(target)
        with _lock:
            _counts[name.rsplit(".", 1)[-1]] += 1

    _original = botocore.session.Session.__init__

    def _init(self: Any, *args: Any, **kwargs: Any) -> None:
        _original(self, *args, **kwargs)
        self.register("before-send", _count)

    botocore.session.Session.__init__ = _init  # type: ignore[method-assign]

    def _dump() -> None:
        written = 0
        with open("/proc/self/io", encoding="ascii") as io:
            for line in io:
                if line.startswith("wchar:"):
                    written = int(line.split()[1])
        usage = resource.getrusage(resource.RUSAGE_SELF)
        peak = usage.ru_maxrss * 1024
        cpu = usage.ru_utime + usage.ru_stime
        with open(str(_OUT), "w", encoding="utf-8") as out:
            json.dump({"calls": dict(_counts), "written": written, "peak": peak, "cpu": cpu}, out)

    atexit.register(_dump)
