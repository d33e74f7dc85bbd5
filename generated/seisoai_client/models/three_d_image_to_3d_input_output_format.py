from enum import StrEnum


class ThreeDImageTo3DInputOutputFormat(StrEnum):
    FBX = "fbx"
    GLB = "glb"
    OBJ = "obj"

    def __str__(self) -> str:
        return str(self.value)
