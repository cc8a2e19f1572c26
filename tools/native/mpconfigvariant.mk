# Native reference build of the unix port with the guest's feature set (mpconfigvariant.h).
# Built by cmake/Native.cmake into build/native/micropython.

# The generator of the Unicode tables, as the guest's (py/py.mk, guest/patches/0040).
MPSBX_UNICODE_GEN = $(VARIANT_DIR)/../build/gen_unicode.py

# The guest's frozen Python library (cmake/Native.cmake passes the shared mpy-cross).
FROZEN_MANIFEST = $(VARIANT_DIR)/../../guest/manifest.py
# mpy-cross compiles to bytecode, as in guest/Makefile
MPY_CROSS_FLAGS = -X emit=bytecode
QSTR_GLOBAL_DEPENDENCIES += $(VARIANT_DIR)/../../guest/mpconfig_features.h $(VARIANT_DIR)/../../guest/modtime_port.c
# CPython's modules staged for freezing (tools/build/cpython_lib.py), read by manifest.py.
export MPSANDBOX_CPYTHON_LIB

# The guest's SHA-1 and MD5 for hashlib (MICROPY_SSL_AXTLS in mpconfigvariant.h selects
# their axTLS names; no TLS is built).
CFLAGS_EXTRA += -I$(VARIANT_DIR)/../../guest/digest/include
SRC_C += $(VARIANT_DIR)/../../guest/digest/md5_sha1.c
# Our own C modules (guest/modules), as in guest/Makefile.
SRC_C += $(addprefix $(VARIANT_DIR)/../../guest/modules/,mod_random.c mod_json.c mod_struct.c mod_hashes.c)

# The _sre module under CPython's re package (guest/sre), as in the guest.
SRC_C += $(VARIANT_DIR)/../../guest/sre/modsre.c $(VARIANT_DIR)/../../guest/sre/sre_chars.c
QSTR_DEFS += $(VARIANT_DIR)/../../guest/sre/qstrdefs_sre.h
# A change of the feature set changes which modules register themselves: collect again.
QSTR_GLOBAL_DEPENDENCIES += $(VARIANT_DIR)/../../guest/mpconfig_features.h

# Unix-only extras the guest does not have. btree, ffi, ssl and termios would also need
# libraries from outside the feature set (Berkeley DB, libffi, mbedTLS).
MICROPY_PY_BTREE = 0
MICROPY_PY_FFI = 0
MICROPY_PY_SOCKET = 0
MICROPY_PY_THREAD = 0
MICROPY_PY_TERMIOS = 0
MICROPY_PY_SSL = 0
MICROPY_VFS_FAT = 0
MICROPY_VFS_LFS1 = 0
MICROPY_VFS_LFS2 = 0

# Plain line input at the prompt: the REPL is not part of the comparison.
MICROPY_USE_READLINE = 0

# As the guest (guest/Makefile).
MICROPY_ROM_TEXT_COMPRESSION = 0

# py/gc.c's gc_try_add_heap (MICROPY_GC_SPLIT_HEAP_AUTO) does arithmetic on a void *,
# which the unix port's -Wpointer-arith -Werror rejects; no other port builds it with that.
CFLAGS_EXTRA += -Wno-pointer-arith

# As in guest/Makefile: frozen_content.c also names core qstrs that exist only while some
# C source uses them, so regenerate it whenever the core's qstr set changes.
$(BUILD)/frozen_content.c: $(BUILD)/frozen_qstrs.stamp
# (and whenever mpy-tool.py, which writes it, changes: guest/patches/0090)
$(BUILD)/frozen_qstrs.stamp: $(BUILD)/genhdr/qstrdefs.generated.h $(TOP)/tools/mpy-tool.py
	$(Q)rm -f $(BUILD)/frozen_content.c
	$(Q)touch $@
