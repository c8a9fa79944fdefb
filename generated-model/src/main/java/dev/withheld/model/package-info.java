/**
 * Java model of the Matrix to-device event {@code m.room_key.withheld} (MSC2399 and the Matrix
 * specification up to v1.19), generated from the newest revision of the withheld-schema JSON Schemas by the withheld-codegen Maven plugin; every class here comes
 * from the schemas but one: {@link dev.withheld.model.WithheldNotices}, the proposal's rules for
 * which undecryptable messages a notice explains, which no schema can state.
 * <p>
 * {@link dev.withheld.model.RoomKeyWithheldEvent} is the event as a client receives it;
 * {@link dev.withheld.model.RoomKeyWithheldContent} is what a client builds to send;
 * {@link dev.withheld.model.WithheldCode} is an open set of codes: the known ones are constants, and
 * any other code is kept as it came. {@link dev.withheld.model.RoomKeyWithheldContent#variant()} gives
 * a content's shape: {@code m.no_olm} (device-wide) or one session, whose room and session are then
 * never null.
 * <p>
 * Objects are immutable. A builder refuses an object that breaks a rule of the schema with a
 * {@link dev.withheld.model.SchemaViolationException}. An object read from JSON keeps what arrived,
 * fields the schema does not name included, and writes it back unchanged; {@code violations()}
 * says which rules it breaks, each at a JSON Pointer.
 * <p>
 * The classes carry only Jackson annotations ({@code com.fasterxml.jackson.annotation}), which
 * Jackson 2 ({@code com.fasterxml.jackson.databind}) and Jackson 3 ({@code tools.jackson.databind})
 * both read; bring the Jackson version you use.
 */
package dev.withheld.model;
