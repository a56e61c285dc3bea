// tzclock prints one fixed instant in the time zones it is given, and what else the
// image offers a static binary at run time: the system's CA pool and its user.
// alpine has no zoneinfo: the zones come from the Go tree's lib/time/zoneinfo.zip,
// which the original image has in GOROOT.
package main

import (
	"crypto/x509"
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	instant := time.Date(2024, time.March, 31, 1, 30, 0, 0, time.UTC)
	for _, name := range os.Args[1:] {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%s: error: %v\n", name, err)
			continue
		}
		fmt.Printf("%s: %s\n", name, instant.In(loc).Format("2006-01-02 15:04 MST -0700"))
	}
	pool, err := x509.SystemCertPool()
	fmt.Printf("system CA pool: %v (error: %v)\n", pool != nil && !pool.Equal(x509.NewCertPool()), err)
	fmt.Printf("uid %d, %s/%s, ZONEINFO=%q\n", os.Getuid(), runtime.GOOS, runtime.GOARCH, os.Getenv("ZONEINFO"))
	if _, err := os.Stat("/usr/share/zoneinfo"); err != nil {
		fmt.Println("no /usr/share/zoneinfo")
	}
}
