// Version information, fixed at build time.
#pragma once

namespace mpsandbox {

const char* version();              // mpsandbox's own version, e.g. "0.1.0"
const char* micropython_version();  // the guest interpreter's source, e.g. "1.25.0+ds-1"

}  // namespace mpsandbox
