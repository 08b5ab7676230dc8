/**
 * JSON in and out: {@link dev.pamphlet.core.json.JsonCodec} reads and writes publications and
 * articles in Pamphlet's versioned wire format, described by the JSON Schema {@code
 * pamphlet-1.schema.json} in this package's resources and by {@code docs/json-format.md}.
 * Jackson is used inside; no Jackson type appears in this package's API.
 */
package dev.pamphlet.core.json;
