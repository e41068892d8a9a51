// Command oci-push pushes one SIF over the OCI Distribution API as an oras:// client does when it already knows the
// image's digest, so that race.sh times the same client work against the registry and docker-registry, in one
// process on kept-alive connections (a curl per request would add ~15 ms of process start to each of them).
//
// What it does, in order, like Apptainer 1.0-1.2 (oras-go v1): GET /v2/ and, on a Bearer challenge, a token from its
// realm for repository:<name>:pull,push (HTTP basic with USER:PASSWORD when given, as after `apptainer registry
// login`); for the SIF and then its config ({}): HEAD of the blob (200 = there already), and a monolithic upload,
// POST blobs/uploads/ then PUT <Location>&digest=<digest> with the body (docker-registry 2.8 ignores the single
// POST ?digest= with the body that the registry also takes: it answers 202 and drops the body); then PUT of the manifest under TAG (Apptainer's: one layer of application/vnd.sylabs.sif.layer.v1.sif, the
// config application/vnd.sylabs.sif.config.v1+json). The digest is given: nothing is hashed here.
//
// It prints the milliseconds from the first request to the manifest's 201, and fails on any unexpected answer. With
// -steps it also prints each request's milliseconds to stderr, to tell where a push's time goes.
//
// Usage: oci-push [-user USER:PASSWORD] [-steps] BASEURL NAME TAG FILE SHA256-DIGEST
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

const (
	configDigest = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a" // of {}
	manifestType = "application/vnd.oci.image.manifest.v1+json"
)

var client = &http.Client{
	Transport: &http.Transport{WriteBufferSize: 1 << 20, ReadBufferSize: 64 << 10, MaxIdleConnsPerHost: 4},
	// Redirects are answered to the caller, who may need their Location (uploads)
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout:       30 * time.Minute,
}

type pusher struct {
	base, name, user, token string
	steps                   bool
}

func main() {
	user := flag.String("user", "", "USER:PASSWORD for the token endpoint")
	steps := flag.Bool("steps", false, "print each request's milliseconds to stderr")
	flag.Parse()
	if flag.NArg() != 5 {
		fmt.Fprintln(os.Stderr, "usage: oci-push [-user USER:PASSWORD] [-steps] BASEURL NAME TAG FILE SHA256-DIGEST")
		os.Exit(2)
	}
	p := &pusher{base: strings.TrimSuffix(flag.Arg(0), "/"), name: flag.Arg(1), user: *user, steps: *steps}
	tag, file, digest := flag.Arg(2), flag.Arg(3), flag.Arg(4)
	info, err := os.Stat(file)
	if err != nil {
		fail(err)
	}
	manifest := fmt.Sprintf(`{"schemaVersion":2,"mediaType":"%s","config":{"mediaType":`+
		`"application/vnd.sylabs.sif.config.v1+json","size":2,"digest":"%s"},"layers":[{"mediaType":`+
		`"application/vnd.sylabs.sif.layer.v1.sif","size":%d,"digest":"%s","annotations":`+
		`{"org.opencontainers.image.title":"%s"}}]}`, manifestType, configDigest, info.Size(), digest, tag+".sif")

	start := time.Now()
	if err := p.push(file, info.Size(), digest, tag, []byte(manifest)); err != nil {
		fail(err)
	}
	fmt.Println(time.Since(start).Milliseconds())
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "oci-push: %v\n", err)
	os.Exit(1)
}

func (p *pusher) push(file string, size int64, digest, tag string, manifest []byte) error {
	if err := p.login(); err != nil {
		return err
	}
	if err := p.blob(digest, size, func() (io.ReadCloser, error) { return os.Open(file) }); err != nil {
		return err
	}
	if err := p.blob(configDigest, 2, func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("{}")), nil }); err != nil {
		return err
	}
	_, err := p.do("PUT", p.base+"/v2/"+p.name+"/manifests/"+tag, manifestType, bytes.NewReader(manifest),
		int64(len(manifest)), http.StatusCreated)
	return err
}

var challenge = regexp.MustCompile(`(\w+)="([^"]*)"`)

// login pings /v2/ and, when it answers a Bearer challenge, gets a token for the repository from the realm.
func (p *pusher) login() error {
	answer, err := p.do("GET", p.base+"/v2/", "", nil, 0, http.StatusOK, http.StatusUnauthorized)
	if err != nil || answer.StatusCode == http.StatusOK {
		return err
	}
	header := answer.Header.Get("WWW-Authenticate")
	if !strings.HasPrefix(strings.ToLower(header), "bearer ") {
		return fmt.Errorf("GET /v2/: an unexpected challenge %q", header)
	}
	params := map[string]string{}
	for _, m := range challenge.FindAllStringSubmatch(header, -1) {
		params[m[1]] = m[2]
	}
	query := url.Values{"service": {params["service"]}, "scope": {"repository:" + p.name + ":pull,push"}}
	request, err := http.NewRequest("GET", params["realm"]+"?"+query.Encode(), nil)
	if err != nil {
		return err
	}
	if user, password, ok := strings.Cut(p.user, ":"); ok {
		request.SetBasicAuth(user, password)
	}
	started := time.Now()
	response, err := client.Do(request)
	if err != nil {
		return err
	}
	defer response.Body.Close()
	defer p.report("GET", "token", started)
	var token struct {
		Token       string `json:"token"`
		AccessToken string `json:"access_token"`
	}
	if response.StatusCode != http.StatusOK {
		return fmt.Errorf("token: %s", response.Status)
	}
	if err := json.NewDecoder(response.Body).Decode(&token); err != nil {
		return err
	}
	p.token = token.Token
	if p.token == "" {
		p.token = token.AccessToken
	}
	return nil
}

// blob uploads a blob unless the repository has it already.
func (p *pusher) blob(digest string, size int64, open func() (io.ReadCloser, error)) error {
	head, err := p.do("HEAD", p.base+"/v2/"+p.name+"/blobs/"+digest, "", nil, 0, http.StatusOK, http.StatusNotFound)
	if err != nil || head.StatusCode == http.StatusOK {
		return err
	}
	body, err := open()
	if err != nil {
		return err
	}
	defer body.Close()
	uploads := p.base + "/v2/" + p.name + "/blobs/uploads/"
	started, err := p.do("POST", uploads, "", nil, 0, http.StatusAccepted)
	if err != nil {
		return err
	}
	location, err := started.Location()
	if err != nil {
		return fmt.Errorf("POST %s: no Location: %v", uploads, err)
	}
	query := location.Query()
	query.Set("digest", digest)
	location.RawQuery = query.Encode()
	_, err = p.do("PUT", location.String(), "application/octet-stream", body, size, http.StatusCreated)
	return err
}

// do sends one request with the token, if any, reads the answer's body to the end and checks its status.
func (p *pusher) do(method, target, contentType string, body io.Reader, size int64, expected ...int) (*http.Response, error) {
	request, err := http.NewRequest(method, target, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		request.ContentLength = size
		request.Header.Set("Content-Type", contentType)
		// The reader is used once (no retry): a file does not rewind by itself
		request.GetBody = nil
	}
	if p.token != "" {
		request.Header.Set("Authorization", "Bearer "+p.token)
	}
	started := time.Now()
	response, err := client.Do(request)
	if err != nil {
		return nil, err
	}
	text, _ := io.ReadAll(response.Body)
	response.Body.Close()
	p.report(method, request.URL.Path, started)
	for _, status := range expected {
		if response.StatusCode == status {
			return response, nil
		}
	}
	return nil, fmt.Errorf("%s %s: %s %s", method, target, response.Status, strings.TrimSpace(string(text)))
}

// report prints a request's milliseconds to stderr when asked to.
func (p *pusher) report(method, path string, started time.Time) {
	if p.steps {
		fmt.Fprintf(os.Stderr, "%7.1f ms %s %s\n", float64(time.Since(started).Microseconds())/1000, method, path)
	}
}
