import mediagen
import mediagen.testing


def test_all_is_sorted_and_complete() -> None:
    for module in (mediagen, mediagen.testing):
        names = module.__all__
        assert names == sorted(names)
        for name in names:
            assert hasattr(module, name), name


def test_public_names_claim_the_public_module() -> None:
    for name in mediagen.__all__:
        obj = getattr(mediagen, name)
        if isinstance(obj, type):
            assert obj.__module__ in ("mediagen", "mediagen.providers.seele"), name
