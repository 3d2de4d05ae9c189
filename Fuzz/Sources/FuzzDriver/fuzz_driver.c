// SwiftPM links an executable target with `main` defined as `<Target>_main`, so libFuzzer's
// own `main` is never pulled in. This entry point hands control to libFuzzer's driver.
#include "fuzz_driver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int ZhExtractFuzz_main(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
