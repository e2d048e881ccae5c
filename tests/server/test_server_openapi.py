"""Property-based fuzzing of the whole API from its own ``/openapi.json``: no input makes the server fail (5xx).

schemathesis generates requests for every operation; its pytest plugin does not work with this pytest, so the
operations are driven with hypothesis directly, a few examples each to stay within seconds.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from advocate_hub.core.domain.enums import Role

from .support import ServerProcess

EXAMPLES_PER_OPERATION = 20


def test_no_input_makes_the_server_fail(server: ServerProcess) -> None:
    token = server.client(server.user(Role.MODERATOR)).http.headers["Authorization"]
    schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json")
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]

    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        @given(case=operation.as_strategy())
        def call(case: Any) -> None:
            response = case.call(base_url=server.base_url, headers={"Authorization": token})
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}")

        call()

    assert len(operations) >= 12
    assert not failures, "\n".join(failures[:10])
