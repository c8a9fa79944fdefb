/**
 * Run-time validation of JSON instances against JSON Schemas: {@link dev.withheld.validator.WithheldValidator}
 * for {@code m.room_key.withheld} events and contents in the sending or receiving profile,
 * {@link dev.withheld.validator.SchemaSet} and {@link dev.withheld.validator.SchemaValidator} for any
 * other set of schemas. Untrusted input is read within {@link dev.withheld.validator.InputLimits};
 * results are {@link dev.withheld.validator.Violation}s worded for people.
 */
package dev.withheld.validator;
