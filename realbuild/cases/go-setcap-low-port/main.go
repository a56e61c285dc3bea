// Binds a port below 1024 as a non-root user: allowed only by the file capability
// cap_net_bind_service that the build gives the binary with setcap.
package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:80")
	if err != nil {
		fmt.Printf("uid %d: %v\n", os.Getuid(), err)
		os.Exit(1)
	}
	fmt.Printf("uid %d listens on %s\n", os.Getuid(), ln.Addr())
	ln.Close()
}
