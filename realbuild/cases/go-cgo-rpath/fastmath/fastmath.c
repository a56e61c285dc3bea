/* A library a Go module ships prebuilt, loaded through the RPATH the module's cgo
   flags write into the binary. */
long fm_triangle(long n) { return n * (n + 1) / 2; }
const char *fm_name(void) { return "fastmath 1.0"; }
