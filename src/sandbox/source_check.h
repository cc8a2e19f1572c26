// Validation of program text before it enters the guest.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "mpsandbox/result.h"

namespace mpsandbox {

// A SyntaxError for source with NUL bytes or invalid UTF-8 (strict: no overlong forms,
// surrogates or code points past U+10FFFF), naming the line; nullopt if the text is fine.
std::optional<GuestError> check_source(std::string_view src, std::string_view filename);

// `text` with every invalid UTF-8 sequence (as check_source defines it) replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);

// Guest text made valid UTF-8 (as to_valid_utf8) and cut to at most `cap` bytes, at a
// character boundary: utf8_head keeps the start, utf8_tail the end (from the start of a
// line when the cut leaves one in it, so a traceback keeps its innermost frames and the
// exception line whole). `*cut` tells whether anything was dropped. `text` may itself be
// a cut piece of something longer: a character split at its edge becomes U+FFFD or is
// dropped, never produces invalid UTF-8.
std::string utf8_head(std::string_view text, size_t cap, bool* cut);
std::string utf8_tail(std::string_view text, size_t cap, bool* cut);

}  // namespace mpsandbox
