// hello answers every request with a greeting: the example's program, so that the
// build context holds what the Dockerfile builds and the transpiler can read it (no
// import of "C": the runner is distroless static).
package main

import (
	"fmt"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
