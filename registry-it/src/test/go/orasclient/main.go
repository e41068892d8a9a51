// Command orasclient is the oras:// test driver for the SIF registry.
//
// It drives oras-go v1 and containerd's registry resolver (Debian's golang-oras-oras-go-dev), the client code that
// Apptainer 1.0-1.2 links, the way Apptainer's internal/pkg/client/oras calls it, so that the registry is exercised
// exactly as `apptainer pull oras://...` (and push) exercises it. It never speaks the protocol itself.
//
// Usage:
//
//	orasclient [-username U -password P] pull REF OUTFILE
//	orasclient [-username U -password P] push FILE REF
//
// REF is HOST[:PORT]/collection/name:tag (no oras:// prefix); the registry is reached over plain http, as with
// Apptainer's --no-https. Errors are printed as "error: <message>" on stderr with exit status 1. Set
// ORASCLIENT_DEBUG=1 to log every request and answer on stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httputil"
	"os"
	"path/filepath"

	"github.com/containerd/containerd/images"
	"github.com/containerd/containerd/remotes"
	"github.com/containerd/containerd/remotes/docker"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/pkg/content"
	orascontext "oras.land/oras-go/pkg/context"
	"oras.land/oras-go/pkg/oras"
)

// The media types of Apptainer's internal/pkg/client/oras.
const (
	sifLayerMediaTypeV1    = "application/vnd.sylabs.sif.layer.v1.sif"
	sifLayerMediaTypeProto = "appliciation/vnd.sylabs.sif.layer.tar"
)

const usageText = `usage:
  orasclient [-username U -password P] pull REF OUTFILE
  orasclient [-username U -password P] push FILE REF
REF is HOST[:PORT]/collection/name:tag.
`

func fail(err error) {
	fmt.Fprintf(os.Stderr, "error: %v\n", err)
	os.Exit(1)
}

// loggingTransport prints each request and answer (headers only) when ORASCLIENT_DEBUG is set.
type loggingTransport struct{}

func (loggingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	dump, _ := httputil.DumpRequestOut(r, false)
	fmt.Fprintf(os.Stderr, "[orasclient] >>> %s", dump)
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil {
		dump, _ = httputil.DumpResponse(resp, false)
		fmt.Fprintf(os.Stderr, "[orasclient] <<< %s", dump)
	}
	return resp, err
}

// resolver is Apptainer's getResolver: containerd's docker resolver with the credentials given, if any.
func resolver(username, password string) remotes.Resolver {
	opts := docker.ResolverOptions{
		Credentials: func(string) (string, string, error) { return username, password, nil },
		PlainHTTP:   true,
	}
	if os.Getenv("ORASCLIENT_DEBUG") != "" {
		opts.Client = &http.Client{Transport: loggingTransport{}}
	}
	return docker.NewResolver(opts)
}

// pull is Apptainer's DownloadImage: copy the reference into a file store, only the SIF layer, written to out.
func pull(ctx context.Context, ref, out, username, password string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	store := content.NewFile(filepath.Dir(abs))
	defer store.Close()

	allowedMediaTypes := oras.WithAllowedMediaTypes([]string{sifLayerMediaTypeV1, sifLayerMediaTypeProto})
	layers := 0
	mapPath := func(ctx context.Context, desc ocispec.Descriptor) ([]ocispec.Descriptor, error) {
		if desc.MediaType == sifLayerMediaTypeV1 || desc.MediaType == sifLayerMediaTypeProto {
			name, ok := content.ResolveName(desc)
			if !ok {
				return nil, errors.New("the SIF layer has no title annotation")
			}
			store.MapPath(name, abs)
			layers++
		}
		return nil, nil
	}
	registry := content.Registry{Resolver: resolver(username, password)}
	if _, err := oras.Copy(ctx, registry, ref, store, "", allowedMediaTypes,
		oras.WithPullBaseHandler(imagesHandler(mapPath))); err != nil {
		return fmt.Errorf("unable to pull from registry: %v", err)
	}
	if layers != 1 {
		return fmt.Errorf("the artifact has %d SIF layers, not one", layers)
	}
	return nil
}

// push is Apptainer's UploadImage: the SIF as the one layer (titled with its file name), oras-go's generated config
// ({} of the unknown config type) and manifest (without mediaType), copied from a file store to the registry.
func push(ctx context.Context, path, ref, username, password string) error {
	store := content.NewFile("")
	defer store.Close()

	desc, err := store.Add(filepath.Base(path), sifLayerMediaTypeV1, path)
	if err != nil {
		return fmt.Errorf("unable to add SIF to store: %v", err)
	}
	manifest, manifestDesc, config, configDesc, err := content.GenerateManifestAndConfig(nil, nil, desc)
	if err != nil {
		return fmt.Errorf("unable to generate manifest and config: %v", err)
	}
	if err := store.Load(configDesc, config); err != nil {
		return fmt.Errorf("unable to load config: %v", err)
	}
	if err := store.StoreManifest(ref, manifestDesc, manifest); err != nil {
		return fmt.Errorf("unable to store manifest: %v", err)
	}
	registry := content.Registry{Resolver: resolver(username, password)}
	if _, err := oras.Copy(ctx, store, ref, registry, ""); err != nil {
		return fmt.Errorf("unable to push: %v", err)
	}
	fmt.Println(manifestDesc.Digest.String())
	return nil
}

func main() {
	username := flag.String("username", "", "user name for the registry")
	password := flag.String("password", "", "password or API token")
	flag.Usage = func() { fmt.Fprint(os.Stderr, usageText) }
	flag.Parse()
	args := flag.Args()
	ctx := orascontext.WithLoggerDiscarded(context.Background())
	if len(args) == 0 {
		fail(errors.New(usageText))
	}
	switch args[0] {
	case "pull":
		if len(args) != 3 {
			fail(errors.New(usageText))
		}
		if err := pull(ctx, args[1], args[2], *username, *password); err != nil {
			fail(err)
		}
	case "push":
		if len(args) != 3 {
			fail(errors.New(usageText))
		}
		if err := push(ctx, args[1], args[2], *username, *password); err != nil {
			fail(err)
		}
	default:
		fail(fmt.Errorf("unknown command %q\n%s", args[0], usageText))
	}
}

// imagesHandler adapts a plain function to containerd's images.Handler.
func imagesHandler(f func(context.Context, ocispec.Descriptor) ([]ocispec.Descriptor, error)) images.HandlerFunc {
	return images.HandlerFunc(f)
}
