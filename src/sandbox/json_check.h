// Strict JSON checks for what crosses the host-function boundary: host-call payloads
// (written by untrusted guest code) and host-function replies (decoded by the guest).
// Nothing is built or allocated for ordinary documents, and nesting does not recurse,
// so any size and depth is safe to check. Thread-safe (no state).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mpsandbox {

// Whether `text` is exactly one JSON value (RFC 8259): strict grammar (no comments,
// trailing commas, NaN, leading zeros or byte-order mark), strings of valid UTF-8
// (no overlong forms, surrogates or code points past U+10FFFF), escaped surrogates only
// as pairs, whitespace only where the grammar allows it. Numbers are checked, not
// converted, so integers of any size pass.
bool json_valid(std::string_view text);

// Whether `text` is valid (as json_valid) and a host-call payload: an object whose
// "args" member, if present, is an array and whose "kwargs" member, if present, is an
// object (keys compared after unescaping; every occurrence is checked).
bool json_valid_payload(std::string_view text);

// json_valid_payload with a bound on nesting (arrays and objects, the payload's own
// object included): TooDeep as soon as a container opens past `max_depth` levels.
enum class PayloadCheck { Ok, Invalid, TooDeep };
PayloadCheck check_payload(std::string_view text, size_t max_depth);

// Whether `text` is valid (as json_valid), nested at most `max_depth` levels, and a JSON
// object whose keys are Python identifiers and not keywords: the shape of exec inputs
// (bound as globals) and call keywords. nullopt if it is, else one line saying why not.
std::optional<std::string> check_names_object(std::string_view text, size_t max_depth);

// Whether `name` is an identifier as check_names_object takes one (ASCII letters, digits
// and '_', not starting with a digit; any non-ASCII character counts as a letter).
bool python_identifier(std::string_view name);
bool python_keyword(std::string_view name);

}  // namespace mpsandbox
