// Command shubclient pulls a shub:// image the way Apptainer 1.x does (internal/pkg/client/shub: the reference
// parser, getManifest and DownloadImage). That code is internal to Apptainer and not packaged in Debian, so this
// driver carries the same steps with the same standard library calls: Go's net/http and crypto/tls, which trust
// the system's roots or the certificates in SSL_CERT_FILE, as apptainer itself does.
//
// Usage:
//
//	shubclient [-no-https] pull shub://HOST/COLLECTION/NAME[:TAG|@DIGEST] OUTFILE
//
// It prints the manifest the registry answered as JSON on stdout. Errors are printed as "error: <message>" on
// stderr with exit status 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// The client refuses HOST:port: a shub registry answers on 443 (or 80 with -no-https).
const apiRoute = "/api/container/"

// manifest is Apptainer's shub APIResponse.
type manifest struct {
	Image   string `json:"image"`
	Name    string `json:"name"`
	Tag     string `json:"tag"`
	Version string `json:"version"`
	Commit  string `json:"commit"`
}

type reference struct {
	registry, user, container, tag, digest string
}

func main() {
	noHTTPS := flag.Bool("no-https", false, "use http, as apptainer pull --no-https")
	flag.Parse()
	args := flag.Args()
	if len(args) != 3 || args[0] != "pull" {
		fail(errors.New("usage: shubclient [-no-https] pull shub://HOST/COLLECTION/NAME[:TAG] OUTFILE"))
	}
	ref, err := parse(args[1])
	if err != nil {
		fail(err)
	}
	m, err := getManifest(ref, *noHTTPS)
	if err != nil {
		fail(err)
	}
	if err := download(m, args[2]); err != nil {
		fail(err)
	}
	out, _ := json.Marshal(m)
	fmt.Println(string(out))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "error:", err)
	os.Exit(1)
}

// parse follows Apptainer's shub URI parser: HOST/user/container, a tag after ':' (default latest) or a digest
// after '@'; a host with a port is not a shub registry.
func parse(uri string) (reference, error) {
	rest := strings.TrimPrefix(uri, "shub://")
	if rest == uri {
		return reference{}, fmt.Errorf("not a shub:// reference: %s", uri)
	}
	parts := strings.Split(rest, "/")
	if len(parts) != 3 {
		return reference{}, fmt.Errorf("a shub reference here is shub://HOST/collection/name: %s", uri)
	}
	if strings.Contains(parts[0], ":") {
		return reference{}, fmt.Errorf("shub registries take no port: %s", parts[0])
	}
	ref := reference{registry: parts[0] + apiRoute, user: parts[1], container: parts[2], tag: ":latest"}
	if name, digest, found := strings.Cut(ref.container, "@"); found {
		ref.container, ref.tag, ref.digest = name, "", "@"+digest
	} else if name, tag, found := strings.Cut(ref.container, ":"); found {
		ref.container, ref.tag = name, ":"+tag
	}
	return ref, nil
}

func getManifest(ref reference, noHTTPS bool) (manifest, error) {
	client := http.Client{Timeout: 30 * time.Second}
	scheme := "https://"
	if noHTTPS {
		scheme = "http://"
	}
	req, err := http.NewRequest(http.MethodGet, scheme+ref.registry+ref.user+"/"+ref.container+ref.tag+ref.digest, nil)
	if err != nil {
		return manifest{}, err
	}
	req.Header.Set("User-Agent", "apptainer/1.3 (shubclient test driver)")
	res, err := client.Do(req)
	if err != nil {
		return manifest{}, err
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusNotFound {
		return manifest{}, errors.New("requested image was not found in Singularity Hub")
	}
	if res.StatusCode != http.StatusOK {
		return manifest{}, fmt.Errorf("error getting manifest: %s", res.Status)
	}
	var m manifest
	if err := json.NewDecoder(res.Body).Decode(&m); err != nil {
		return manifest{}, err
	}
	if m.Image == "" || m.Commit == "" {
		return manifest{}, errors.New("the manifest names no image or commit")
	}
	return m, nil
}

func download(m manifest, path string) error {
	req, err := http.NewRequest(http.MethodGet, m.Image, nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "apptainer/1.3 (shubclient test driver)")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("download did not succeed: %s", res.Status)
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, res.Body)
	return err
}
