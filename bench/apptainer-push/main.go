// Command apptainer-push pushes one image the way `apptainer push` does: Apptainer's library client's UploadImage
// (md5 and sha256 of the file, then the upload) and nothing else, so that race.sh times a real client's work. The
// compatibility driver (registry-ear/src/test/go/libclient) hashes the file once more to print the digest.
//
// Usage: apptainer-push BASEURL TOKEN FILE ENTITY/COLLECTION/CONTAINER TAG
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/apptainer/container-library-client/client"
)

type noopLogger struct{}

func (noopLogger) Log(v ...interface{})                 {}
func (noopLogger) Logf(format string, v ...interface{}) {}

func main() {
	if len(os.Args) != 6 {
		fmt.Fprintln(os.Stderr, "usage: apptainer-push BASEURL TOKEN FILE ENTITY/COLLECTION/CONTAINER TAG")
		os.Exit(2)
	}
	base, token, file, ref, tag := os.Args[1], os.Args[2], os.Args[3], os.Args[4], os.Args[5]
	if err := push(base, token, file, ref, tag); err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}

func push(base, token, file, ref, tag string) error {
	c, err := client.NewClient(&client.Config{BaseURL: base, AuthToken: token, Logger: noopLogger{}})
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	_, err = c.UploadImage(ctx, f, ref, "amd64", []string{tag}, "bench", nil)
	return err
}
