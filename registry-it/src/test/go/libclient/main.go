// Command libclient is a compatibility test driver for the SIF registry.
//
// It drives the REAL Apptainer/Singularity library client
// (github.com/apptainer/container-library-client/client) against a registry
// base URL, so the registry is exercised exactly the way `apptainer push/pull`
// exercises it. It never reimplements the protocol itself.
//
// Usage:
//
//	libclient -base BASEURL [-token TOKEN] [-arch ARCH] push FILE REF TAG [TAG...]
//	libclient -base BASEURL [-token TOKEN] [-arch ARCH] pull REF TAG OUTFILE
//	libclient -base BASEURL [-token TOKEN] [-arch ARCH] cpull REF TAG OUTFILE
//	libclient -base BASEURL [-token TOKEN] [-arch ARCH] image REF:TAG
//	libclient -base BASEURL [-token TOKEN] search VALUE [KEY=VALUE...]
//	libclient -base BASEURL [-token TOKEN] [-arch ARCH] delete REF:TAG
//	libclient -base BASEURL version
//
// Errors are printed as "error: <message>" on stderr with exit status 1.
// Set LIBCLIENT_DEBUG=1 to get the client's debug log on stderr.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/apptainer/container-library-client/client"
)

// stderrLogger implements github.com/go-log/log.Logger.
type stderrLogger struct{}

func (stderrLogger) Log(v ...interface{}) {
	fmt.Fprintln(os.Stderr, append([]interface{}{"[libclient]"}, v...)...)
}

func (stderrLogger) Logf(format string, v ...interface{}) {
	fmt.Fprintf(os.Stderr, "[libclient] "+format+"\n", v...)
}

// noopLogger implements github.com/go-log/log.Logger and discards everything.
type noopLogger struct{}

func (noopLogger) Log(v ...interface{})                 {}
func (noopLogger) Logf(format string, v ...interface{}) {}

const usageText = `usage:
  libclient -base BASEURL [-token TOKEN] [-arch ARCH] push FILE REF TAG [TAG...]
  libclient -base BASEURL [-token TOKEN] [-arch ARCH] pull REF TAG OUTFILE
  libclient -base BASEURL [-token TOKEN] [-arch ARCH] cpull REF TAG OUTFILE
  libclient -base BASEURL [-token TOKEN] [-arch ARCH] image REF:TAG
  libclient -base BASEURL [-token TOKEN] search VALUE [KEY=VALUE...]
  libclient -base BASEURL [-token TOKEN] [-arch ARCH] delete REF:TAG
  libclient -base BASEURL version
REF is entity/collection/container (no tag); ARCH defaults to amd64.
Set LIBCLIENT_DEBUG=1 to log client debug output to stderr.
`

func fail(err error) {
	fmt.Fprintf(os.Stderr, "error: %v\n", err)
	os.Exit(1)
}

func usageErr(msg string) error {
	return fmt.Errorf("%s\n%s", msg, usageText)
}

func printJSON(v interface{}) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding JSON: %v", err)
	}
	fmt.Println(string(b))
	return nil
}

func fileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func main() {
	fs := flag.NewFlagSet("libclient", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	base := fs.String("base", "", "registry base URL, e.g. http://localhost:8080/")
	token := fs.String("token", "", "bearer token (sent as 'Authorization: BEARER <token>')")
	arch := fs.String("arch", "amd64", "image architecture")
	timeout := fs.Duration("timeout", 30*time.Minute, "overall operation timeout")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Print(usageText)
			os.Exit(0)
		}
		fail(usageErr(err.Error()))
	}
	args := fs.Args()
	if *base == "" {
		fail(usageErr("-base is required"))
	}
	if len(args) == 0 {
		fail(usageErr("missing command"))
	}

	cfg := &client.Config{
		BaseURL:   *base,
		AuthToken: *token,
		UserAgent: "libclient-compat-driver (container-library-client)",
		Logger:    noopLogger{},
	}
	if os.Getenv("LIBCLIENT_DEBUG") == "1" {
		cfg.Logger = stderrLogger{}
	}
	c, err := client.NewClient(cfg)
	if err != nil {
		fail(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	if err := run(ctx, c, *arch, args[0], args[1:]); err != nil {
		cancel()
		fail(err)
	}
}

func run(ctx context.Context, c *client.Client, arch, cmd string, args []string) error {
	switch cmd {
	case "push":
		if len(args) < 3 {
			return usageErr("push needs FILE REF TAG [TAG...]")
		}
		return push(ctx, c, arch, args[0], args[1], args[2:])
	case "pull", "cpull":
		if len(args) != 3 {
			return usageErr(cmd + " needs REF TAG OUTFILE")
		}
		return pull(ctx, c, arch, cmd == "cpull", args[0], args[1], args[2])
	case "image":
		if len(args) != 1 {
			return usageErr("image needs REF:TAG")
		}
		img, err := c.GetImage(ctx, arch, args[0])
		if err != nil {
			return err
		}
		return printJSON(img)
	case "search":
		if len(args) < 1 {
			return usageErr("search needs VALUE [KEY=VALUE...]")
		}
		q := map[string]string{"value": args[0]}
		for _, kv := range args[1:] {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return usageErr("bad search argument " + kv + " (want KEY=VALUE)")
			}
			q[k] = v
		}
		res, err := c.Search(ctx, q)
		if err != nil {
			return err
		}
		return printJSON(res)
	case "delete":
		if len(args) != 1 {
			return usageErr("delete needs REF:TAG")
		}
		if err := c.DeleteImage(ctx, args[0], arch); err != nil {
			return err
		}
		fmt.Printf("deleted %s\n", args[0])
		return nil
	case "version":
		if len(args) != 0 {
			return usageErr("version takes no arguments")
		}
		vi, err := c.GetVersion(ctx)
		if err != nil {
			return err
		}
		return printJSON(vi)
	default:
		return usageErr("unknown command " + cmd)
	}
}

func push(ctx context.Context, c *client.Client, arch, file, ref string, tags []string) error {
	sum, size, err := fileSHA256(file)
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()

	res, err := c.UploadImage(ctx, f, ref, arch, tags, "desc", nil)
	if err != nil {
		return err
	}
	fmt.Printf("pushed sha256=%s size=%d\n", sum, size)
	if res != nil {
		return printJSON(res)
	}
	return nil
}

func pull(ctx context.Context, c *client.Client, arch string, concurrent bool, ref, tag, out string) error {
	f, err := os.OpenFile(out, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if concurrent {
		spec := &client.Downloader{
			Concurrency: 4,
			PartSize:    5 * 1024 * 1024,
			BufferSize:  32 * 1024,
		}
		err = c.ConcurrentDownloadImage(ctx, f, arch, ref, tag, spec, nil)
	} else {
		err = c.DownloadImage(ctx, f, arch, ref, tag, nil)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	sum, size, err := fileSHA256(out)
	if err != nil {
		return err
	}
	fmt.Printf("pulled sha256=%s size=%d\n", sum, size)
	return nil
}
