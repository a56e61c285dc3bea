// Converts a fixed instant into named time zones and into the local zone TZ names.
// golang:*-alpine has no /usr/share/zoneinfo: Go reads $GOROOT/lib/time/zoneinfo.zip
// (the GOROOT recorded at build time), so the original knows the zones; a runner
// without that file (alpine:<release>, no tzdata) prints "unknown time zone" and UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	at := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	for _, z := range []string{"Europe/Berlin", "Asia/Tokyo", "America/New_York"} {
		loc, err := time.LoadLocation(z)
		if err != nil {
			fmt.Println(z, "error:", err)
			continue
		}
		fmt.Println(z, at.In(loc).Format(time.RFC3339))
	}
	fmt.Println("local", at.In(time.Local).Format("15:04 MST"))
}
