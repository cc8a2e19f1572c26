// Internal declarations shared by the files of the mpsandbox port.
#ifndef MPSANDBOX_PORT_H
#define MPSANDBOX_PORT_H
#include <stddef.h>

size_t mpsbx_fd_write(int fd, const char *buf, size_t len);
size_t mpsbx_fd_read(int fd, char *buf, size_t len);

#endif
