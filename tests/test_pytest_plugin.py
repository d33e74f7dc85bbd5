"""The pytest plugin that any project installing mediagen-clients[testing] gets: run as a user's test suite would."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def test_a_users_tests_get_mock_provider_and_serve_mock(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from mediagen import seele

        def test_wait_is_instant(mock_provider, mock_sleeps):
            engine = mock_provider("seele")
            with seele.Seele(engine.provider.api_key, transport=engine.transport()) as api:
                job = api.wait(api.submit("a cozy farm"))
            assert job.status == "succeeded" and sum(mock_sleeps.wait) >= 10

        def test_unchanged_code_talks_to_a_served_mock(mock_provider, serve_mock, monkeypatch):
            engine = mock_provider("seele")
            monkeypatch.setenv("SEELE_BASE_URL", serve_mock(engine))
            monkeypatch.setenv("SEELE_API_KEY", engine.provider.api_key)
            with seele.Seele() as api:
                assert api.submit("a game").id
            assert engine.calls[-1].operation == "create_job"
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio", "-W", "error::ResourceWarning")
    result.assert_outcomes(passed=2)
