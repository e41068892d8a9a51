// Command apptainer-push pushes one image the way `apptainer push` does: Apptainer's library client's UploadImage
// (md5 and sha256 of the file, then the upload) and nothing else, so that race.sh times a real client's work. The
// compatibility driver (registry-it/src/test/go/libclient) hashes the file once more to print the digest.
//
// It prints how the time went: "<ms hashing> <ms after>", the client's md5 and sha256 of the file first, then
// everything after them (creating the image, the upload, the server's verification).
//
// Usage: apptainer-push BASEURL TOKEN FILE ENTITY/COLLECTION/CONTAINER TAG
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/apptainer/container-library-client/client"
)

// hashTimer notes when the client logs the image's hash, which it computes before anything else.
type hashTimer struct{ hashed time.Time }

func (t *hashTimer) Log(v ...interface{}) {}
func (t *hashTimer) Logf(format string, v ...interface{}) {
	if t.hashed.IsZero() && strings.HasPrefix(format, "Image hash computed") {
		t.hashed = time.Now()
	}
}

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
	timer := &hashTimer{}
	c, err := client.NewClient(&client.Config{BaseURL: base, AuthToken: token, Logger: timer})
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
	start := time.Now()
	if _, err = c.UploadImage(ctx, f, ref, "amd64", []string{tag}, "bench", nil); err != nil {
		return err
	}
	if timer.hashed.IsZero() {
		return fmt.Errorf("the client never logged the image's hash")
	}
	fmt.Println(timer.hashed.Sub(start).Milliseconds(), time.Since(timer.hashed).Milliseconds())
	return nil
}
