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

}  // namespace mpsandbox
