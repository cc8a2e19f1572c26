// `mpsandbox session`: one persistent session driven by JSON lines on stdin/stdout.
// See docs/PROTOCOL.md.
#pragma once

#include <istream>
#include <ostream>

#include "mpsandbox/mpsandbox.h"

namespace mpsandbox::cli {

// Serves requests until end of input. Returns the process exit status (0, or 2 if the
// session could not be created).
int serve_session(std::istream& in, std::ostream& out, const Limits& limits, const Policy& policy);

}  // namespace mpsandbox::cli
