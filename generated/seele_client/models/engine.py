from enum import StrEnum


class Engine(StrEnum):
    THREEJS = "threejs"
    UNITY = "unity"
    UNREAL = "unreal"

    def __str__(self) -> str:
        return str(self.value)
