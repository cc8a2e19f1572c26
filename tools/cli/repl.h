// The interactive prompt of the mpsandbox CLI.
#pragma once

#include "mpsandbox/mpsandbox.h"

namespace mpsandbox::cli {

// Reads statements with `>>> ` and `... ` prompts (libedit: line editing, history), runs
// each in `session`, echoes the repr of expression results, prints tracebacks and keeps
// going. Ends at end of input, exit() or quit(); returns the exit status.
int run_repl(Session& session);

}  // namespace mpsandbox::cli
