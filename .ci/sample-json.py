#!/usr/bin/env python3
"""Prints a JSON object for the schema NAME of an OpenAPI document: its required properties with example values
(a UUID for a uuid, 1 for a number, true for a flag, the first case of an enum, an empty list, nested objects
likewise), and KEY=JSON arguments set or replace properties. For the CI scripts that drive a generated service.

usage: sample-json.py OPENAPI_YAML NAME [KEY=JSON ...]
"""
import json
import sys

import yaml


def sample(schema, schemas):
    if "$ref" in schema:
        return sample(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        return {key: sample(value, schemas) for key, value in schema.get("properties", {}).items()
                if key in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return {"uuid": "00000000-0000-4000-8000-000000000001", "date-time": "2026-01-01T00:00:00Z",
            "date": "2026-01-01", "email": "someone@example.com", "uri": "https://example.com/"}.get(
        schema.get("format"), "example")


document = yaml.safe_load(open(sys.argv[1]))
schemas = document["components"]["schemas"]
value = sample(schemas[sys.argv[2]], schemas)
for argument in sys.argv[3:]:
    key, _, text = argument.partition("=")
    value[key] = json.loads(text)
print(json.dumps(value))
