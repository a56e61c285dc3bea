// Serves HTTPS on 127.0.0.1 with a certificate signed by a private CA and fetches from
// itself with Go's default client: the request verifies only when the image's system
// trust store (/etc/ssl/certs/ca-certificates.crt) holds that CA, which the original
// Dockerfile adds with update-ca-certificates.  Exit code 0 on success, 3 on a TLS failure.
package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
)

func main() {
	cert, err := tls.LoadX509KeyPair("tls/server.crt", "tls/server.key")
	if err != nil {
		fmt.Println("server certificate:", err)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(2)
	}
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "hello over TLS, path %s", r.URL.Path)
		}),
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
	}
	go srv.ServeTLS(ln, "", "")
	port := ln.Addr().(*net.TCPAddr).Port
	resp, err := http.Get(fmt.Sprintf("https://localhost:%d/check", port))
	if err != nil {
		fmt.Println("request failed:", err)
		os.Exit(3)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status)
	fmt.Println(string(body))
	fmt.Println("verified by:", resp.TLS.VerifiedChains[0][len(resp.TLS.VerifiedChains[0])-1].Subject.CommonName)
}
