// mpsandbox: run untrusted Python (MicroPython compiled to WebAssembly, translated to C)
// inside your process. Umbrella header.
#pragma once

#include "mpsandbox/host_function.h"
#include "mpsandbox/limits.h"
#include "mpsandbox/policy.h"
#include "mpsandbox/result.h"
#include "mpsandbox/session.h"
#include "mpsandbox/version.h"
