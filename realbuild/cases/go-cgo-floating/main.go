// cgo: calls into C and glibc, so the binary is dynamically linked and needs a glibc runner.
package main

/*
#include <gnu/libc-version.h>
#include <stdlib.h>
#include <string.h>

static int triple(int x) { return 3 * x; }
static size_t clen(const char *s) { return strlen(s); }
*/
import "C"

import (
	"fmt"
	"net"
	"os/user"
	"unsafe"
)

func main() {
	cs := C.CString("multi-stage")
	defer C.free(unsafe.Pointer(cs))
	fmt.Printf("triple(14)=%d strlen=%d\n", C.triple(14), C.clen(cs))
	fmt.Printf("glibc %s\n", C.GoString(C.gnu_get_libc_version()))
	u, err := user.Lookup("root")
	if err != nil {
		fmt.Println("lookup root:", err)
	} else {
		fmt.Printf("root home=%s\n", u.HomeDir)
	}
	ips, err := net.LookupHost("localhost")
	fmt.Println("localhost:", ips, err)
}
