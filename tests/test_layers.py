"""The overlay's imports run one way: no module imports one that (directly or not) imports it back."""

from __future__ import annotations

import grimp


def test_no_import_cycles_in_the_overlay() -> None:
    graph = grimp.build_graph("mediagen", exclude_type_checking_imports=True)
    cycles = sorted(
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported in graph.modules and graph.chain_exists(importer=imported, imported=importer)
    )
    assert len(graph.modules) > 40 and cycles == []


def test_generated_code_never_imports_the_overlay() -> None:
    for package in ("seele_client", "mediaio_client", "fusara_client", "killatamata_client", "seisoai_client"):
        graph = grimp.build_graph(package, "mediagen", exclude_type_checking_imports=True)
        assert not graph.chain_exists(importer=package, imported="mediagen", as_packages=True)


def test_every_provider_has_a_mock_and_neither_is_registered_by_hand() -> None:
    """Adapters are the public modules of mediagen.providers; mocks the classes of mediagen.testing.providers that
    name their provider: both lists are found on disk, and they agree."""
    from mediagen.providers import NAMES
    from mediagen.testing import MOCKS

    assert sorted(MOCKS) == list(NAMES) and len(NAMES) == 5
    assert all(MOCKS[name].package == f"{name}_client" for name in NAMES)
