"""Proof that every Fusara `__type` variant decodes to its own generated class, and that an unknown `__type` does not.

Run with the generated tree on the path:

    python tests/fusara_variants.py   (tests/test_fusara.py runs it)

For every variant of the generate body union (and of the upscale / outpaint / hyperlora bodies) a minimal valid body is
built and checked three ways:

1. JSON Schema (2020-12, format checks, exactly the spec shipped in fusara_client/openapi.yaml): the body is valid.
2. openapi-python-client (attrs): openapi-python-client emits no parser for a request-body union (it only serialises
   bodies), so the union is decoded the way it decodes every union it does parse (see the generated
   `_parse_task_presets_item` in models/create_generate_media_task_request.py): try each member's `from_dict` in the
   spec's oneOf order, skip on TypeError/ValueError/AttributeError/KeyError, the last member un-guarded. The members
   are taken from the generated endpoint itself (the `body` annotation of api/default/generate.py). The body must
   decode to the variant's own class, be refused by every other member (so first-fit cannot depend on order), and
   round-trip through to_dict(). The preset union is decoded through the real generated parser.
3. pydantic (datamodel-code-generator): `GenerateRequest.model_validate(body).root` is exactly the variant's class
   (a smart union: the spec declares no discriminator, see the x-doc-note on GenerateRequest, so the Literal[<int>]
   `__type` of each variant is what selects it).

An unknown `__type` (0, 31, 99, 201, 999, "5") and a body without `__type` must be refused by all three.
"""

from __future__ import annotations

import sys
import typing
from importlib.resources import files

import fusara_client.models as attrs_models
import fusara_client.pydantic_models as pm
import jsonschema
import pydantic
import yaml
from fusara_client.api.default import generate, hyperlora, outpaint, upscale
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC = yaml.safe_load(files("fusara_client").joinpath("openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
REGISTRY = Registry().with_resource("urn:fusara", Resource.from_contents(SPEC, default_specification=DRAFT202012))
#: Variants that require InputMediaIds or InputMediaExternalUrls (section 4.2 "Requires").
NEEDS_MEDIA = {3, 6, 7, 8, 9, 10, 13, 14, 20, 24, 25, 26, 28, 200}
failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print("FAIL", msg)


def validator(component: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:fusara#/components/schemas/{component}"},
        registry=REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def members(union: str) -> list[str]:
    """Component names of a union, in the spec's oneOf order."""
    return [ref["$ref"].rsplit("/", 1)[1] for ref in SCHEMAS[union]["oneOf"]]


def type_of(component: str) -> int:
    """The const `__type` of a variant, or of the variant an endpoint wrapper refines."""
    branches = SCHEMAS[component].get("allOf", [])
    for branch in branches:
        if "__type" in branch.get("properties", {}):
            return branch["properties"]["__type"]["const"]
    for branch in branches:
        if "$ref" in branch:
            try:
                return type_of(branch["$ref"].rsplit("/", 1)[1])
            except KeyError:
                pass
    raise KeyError(component)


def attrs_class(component: str) -> type:
    return getattr(attrs_models, component)


def attrs_union(module) -> dict[str, type]:
    """The body union of a generated endpoint (the `body` annotation of its generated _get_kwargs), by class name."""
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    found = {cls.__name__: cls for cls in (typing.get_args(hint) or (hint,))}
    return found


def parse_first_fit(classes: list[type], data: object):
    """openapi-python-client's union decoding (the shape of its generated _parse_* functions)."""
    for cls in classes[:-1]:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            return cls.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    return classes[-1].from_dict(data)


def minimal_body(component: str, type_id: int) -> dict:
    body: dict = {"__type": type_id, "Prompt": "a lighthouse at dawn"}
    if type_id in NEEDS_MEDIA:
        body["InputMediaIds"] = [67890]
    if component.startswith("UpscaleEndpoint"):
        body["ScaleFactor"] = 2
    if component.startswith("OutpaintEndpoint"):
        body["Width"], body["Height"] = 1024, 1024
    return body


def check_union(label: str, union: str, module, pyd_union: type) -> int:
    names = members(union)
    generated = attrs_union(module)
    if set(generated) != set(names):
        fail(f"{label}: generated body union {sorted(generated)} != spec oneOf {sorted(names)}")
        return 0
    ordered = [generated[n] for n in names]
    ids = [type_of(n) for n in names]
    if len(set(ids)) != len(ids):
        fail(f"{label}: duplicate __type in union: {ids}")
    check = validator(union)
    for name, type_id in zip(names, ids, strict=True):
        body = minimal_body(name, type_id)
        errors = [e.message for e in check.iter_errors(body)]
        if errors:
            fail(f"{label} __type {type_id} ({name}): minimal body invalid: {errors[:2]}")
            continue
        # attrs, first-fit in the spec's order
        try:
            decoded = parse_first_fit(ordered, body)
        except Exception as exc:  # noqa: BLE001
            fail(f"{label} __type {type_id} ({name}): attrs union refused it: {exc!r}")
            continue
        if type(decoded) is not attrs_class(name):
            fail(f"{label} __type {type_id}: attrs decoded {type(decoded).__name__}, expected {name}")
        if decoded.to_dict() != body:
            fail(f"{label} __type {type_id}: attrs round trip {decoded.to_dict()} != {body}")
        # every other member refuses it, so the result cannot depend on the order
        accepted = []
        for other in ordered:
            try:
                other.from_dict(body)
                accepted.append(other.__name__)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if accepted != [name]:
            fail(f"{label} __type {type_id}: accepted by {accepted}, expected only {name}")
        # pydantic
        try:
            root = pyd_union.model_validate(body).root
        except pydantic.ValidationError as exc:
            fail(f"{label} __type {type_id} ({name}): pydantic refused it: {exc.errors()[:1]}")
            continue
        if type(root) is not getattr(pm, name):
            fail(f"{label} __type {type_id}: pydantic decoded {type(root).__name__}, expected {name}")
        if root.model_dump(by_alias=True, exclude_unset=True, mode="json") != body:
            fail(f"{label} __type {type_id}: pydantic round trip differs")
        print(f"ok   {label:9} __type {type_id:>3} -> attrs {type(decoded).__name__:40} pydantic {type(root).__name__}")
    # unknown and missing discriminators are refused by all three
    for bad in (0, 31, 99, 201, 999, "5", None):
        body = {"Prompt": "a lighthouse at dawn", "InputMediaIds": [1], "ScaleFactor": 2, "Width": 1024, "Height": 1024}
        if bad is not None:
            body["__type"] = bad
        shown = "missing" if bad is None else repr(bad)
        if check.is_valid(body):
            fail(f"{label}: JSON Schema accepted __type {shown}")
        try:
            got = parse_first_fit(ordered, body)
            fail(f"{label}: attrs union accepted __type {shown} as {type(got).__name__}")
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            got = pyd_union.model_validate(body).root
            fail(f"{label}: pydantic accepted __type {shown} as {type(got).__name__}")
        except pydantic.ValidationError:
            pass
    print(
        f"ok   {label:9} unknown/missing __type (0, 31, 99, 201, 999, '5', missing) refused by JSON Schema, attrs and pydantic"
    )
    return len(names)


def check_presets() -> None:
    check = validator("TaskPreset")
    for name in members("TaskPreset"):
        type_id = type_of(name)
        visual = "VisualReferencePresetBase" in str(SCHEMAS[name])
        item = {"__type": type_id, "Weight": 0.5}
        if visual:
            item["ImageId"] = 12345
            both = {**item, "ExternalUrl": "https://example.com/a.png"}
            neither = {"__type": type_id, "Weight": 0.5}
            if check.is_valid(both) or check.is_valid(neither):
                fail(f"preset {type_id}: ExternalUrl XOR ImageId not enforced")
        if not check.is_valid(item):
            fail(f"preset {type_id}: minimal preset invalid")
        # the real generated union parser for TaskPresets items
        parsed = attrs_models.CreateGenerateMediaTaskRequest.from_dict({"Prompt": "p", "TaskPresets": [item]})
        got = parsed.task_presets[0]
        if type(got) is not getattr(attrs_models, name):
            fail(f"preset {type_id}: generated parser gave {type(got).__name__}, expected {name}")
        root = pm.TaskPreset.model_validate(item).root
        if type(root) is not getattr(pm, name):
            fail(f"preset {type_id}: pydantic gave {type(root).__name__}, expected {name}")
    if check.is_valid({"__type": 14, "Weight": 1}):
        fail("preset __type 14 accepted")
    print(
        f"ok   presets: {len(members('TaskPreset'))} types decode to their own class (generated parser and pydantic); XOR enforced; unknown refused"
    )


def check_closed_and_xor() -> None:
    gen = validator("GenerateRequest")
    cases = {
        "extra property on a variant (Midjourney Width, section 10.1)": {"__type": 1, "Prompt": "p", "Width": 1024},
        "both InputMediaIds and InputMediaExternalUrls (section 10.10)": {
            "__type": 7,
            "Prompt": "p",
            "InputMediaIds": [1],
            "InputMediaExternalUrls": ["https://example.com/a.png"],
        },
        "upscale type without input media (section 10.3)": {"__type": 3, "Prompt": "p"},
        "AspectRatio 16/9 (section 10.4)": {"__type": 105, "Prompt": "p", "AspectRatio": "16/9"},
        "Duration 5000 on Veo (section 10.5)": {"__type": 100, "Prompt": "p", "Duration": 5000},
        "invalid Model value (section 10.9)": {"__type": 15, "Prompt": "p", "Model": "imagen-3"},
        "null for an optional field": {"__type": 5, "Prompt": "p", "NegativePrompt": None},
        "TaskModels entry with both ModelId and ModelUrl": {
            "__type": 4,
            "Prompt": "p",
            "TaskModels": [{"ModelId": 1, "ModelUrl": "https://civitai.com/x"}],
        },
        "Sora pro-only size with the default model": {"__type": 104, "Prompt": "p", "Size": "1024x1792"},
    }
    for label, body in cases.items():
        if gen.is_valid(body):
            fail(f"JSON Schema accepted: {label}")
    accepted = {
        "LoRA on Imagen (section 10.2, x-compatibility, not the schema)": {
            "__type": 15,
            "Prompt": "p",
            "TaskModels": [{"ModelId": 999, "Strength": 0.8}],
        },
        "Sora pro-only size with sora-2-pro": {
            "__type": 104,
            "Prompt": "p",
            "Size": "1024x1792",
            "Model": "sora-2-pro",
        },
        "Duration 8.0 on Veo (a float equal to an enum member)": {"__type": 100, "Prompt": "p", "Duration": 8.0},
    }
    for label, body in accepted.items():
        if not gen.is_valid(body):
            fail(f"JSON Schema refused: {label}")
    up = validator("UpscaleRequest")
    if up.is_valid({"__type": 7, "Prompt": "p", "InputMediaIds": [1]}):
        fail("upscale endpoint accepted a body without ScaleFactor")
    if up.is_valid({"__type": 5, "Prompt": "p", "InputMediaIds": [1], "ScaleFactor": 2}):
        fail("upscale endpoint accepted __type 5")
    out = validator("OutpaintRequest")
    if out.is_valid({"__type": 20, "Prompt": "p", "InputMediaIds": [1]}):
        fail("outpaint endpoint accepted a body without Width/Height")
    print(
        f"ok   closed bodies and XOR rules: {len(cases)} invalid bodies refused, {len(accepted)} valid ones accepted; endpoint-only requirements enforced"
    )


def main() -> int:
    n = check_union("generate", "GenerateRequest", generate, pm.GenerateRequest)
    check_union("upscale", "UpscaleRequest", upscale, pm.UpscaleRequest)
    check_union("outpaint", "OutpaintRequest", outpaint, pm.OutpaintRequest)
    # hyperlora's body is the HyperLoRA variant itself (no union): check it decodes and refuses other types
    hl = attrs_union(hyperlora)
    if list(hl) != ["HyperLoRA"]:
        fail(f"hyperlora body is {list(hl)}")
    body = minimal_body("HyperLoRA", 13)
    if type(attrs_models.HyperLoRA.from_dict(body)) is not attrs_models.HyperLoRA or not validator(
        "HyperLoRA"
    ).is_valid(body):
        fail("hyperlora minimal body")
    for bad in (5, 12):
        try:
            attrs_models.HyperLoRA.from_dict({**body, "__type": bad})
            fail(f"hyperlora accepted __type {bad}")
        except ValueError:
            pass
        try:
            pm.HyperLoRA.model_validate({**body, "__type": bad})
            fail(f"hyperlora (pydantic) accepted __type {bad}")
        except pydantic.ValidationError:
            pass
    print("ok   hyperlora: body is the HyperLoRA variant (__type 13); other __type values refused")
    check_presets()
    check_closed_and_xor()
    print(f"\n{n} generate variants; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
