// Command sifsign signs SIF images exactly the way `apptainer sign` does, for the registry's signature
// verification tests. It drives the REAL SIF library (github.com/sylabs/sif/v2/pkg/integrity, whose API
// Apptainer's fork github.com/apptainer/sif/v2 shares): apptainer sign loads the image, then calls
// integrity.NewSigner(f, integrity.OptSignWithEntity(entity)) without group or object options (one signature
// per object group: for an image built by apptainer, the group of the primary partition) and Sign(). That adds
// a Signature object holding the clearsigned JSON image metadata (digests of the header and of each signed
// object), linked to the signed group, with the hash type and the signing key's fingerprint in its descriptor.
//
// Usage:
//
//	sifsign sign KEY.asc IN.sif OUT.sif   copy IN to OUT and sign OUT with the armored, unencrypted OpenPGP
//	                                      secret key in KEY.asc (as `gpg --export-secret-keys --armor` writes it)
//	sifsign tamper IN.sif OUT.sif         copy a signed IN to OUT and rewrite the first signature object with
//	                                      one space inserted after the first '{' of its signed JSON: the JSON
//	                                      still decodes to the same metadata (so the digests still match the
//	                                      image), but the OpenPGP signature no longer verifies
//
// The image's objects must be in an object group, as `apptainer build` puts them (group 1); an image whose
// objects have no group (siftool add without --groupid) fails with "integrity: no groups found", as
// apptainer sign fails on it.
//
// On success one line is printed on stdout. Errors are printed as "error: <message>" on stderr with exit
// status 1 (2 for a usage error).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/ProtonMail/go-crypto/openpgp/clearsign"
	// github.com/sylabs/sif/v2/... by its directory: build.sh builds in GOPATH mode, where only code inside
	// the module's own tree (which has a go.mod) may drop the /v2; it resolves to the same packages.
	"github.com/sylabs/sif/pkg/integrity"
	"github.com/sylabs/sif/pkg/sif"
)

const usageText = `usage:
  sifsign sign KEY.asc IN.sif OUT.sif
  sifsign tamper IN.sif OUT.sif`

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 4 && args[0] == "sign":
		if err := sign(args[1], args[2], args[3]); err != nil {
			fail(err)
		}
	case len(args) == 3 && args[0] == "tamper":
		if err := tamper(args[1], args[2]); err != nil {
			fail(err)
		}
	default:
		fmt.Fprintln(os.Stderr, usageText)
		os.Exit(2)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "error:", err)
	os.Exit(1)
}

// sign copies in to out and signs out as `apptainer sign out` does, with the secret key in keyPath.
func sign(keyPath, in, out string) (err error) {
	e, err := readEntity(keyPath)
	if err != nil {
		return err
	}
	if err := copyFile(in, out); err != nil {
		return err
	}
	defer removeOnError(out, &err)
	f, err := sif.LoadContainerFromPath(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	defer f.UnloadContainer()

	s, err := integrity.NewSigner(f, integrity.OptSignWithEntity(e))
	if err != nil {
		return err
	}
	if err := s.Sign(); err != nil {
		return err
	}
	fmt.Printf("signed %s with key %X\n", out, e.PrimaryKey.Fingerprint)
	return nil
}

// readEntity reads the first entity holding an unencrypted secret key from an armored key file.
func readEntity(path string) (*openpgp.Entity, error) {
	r, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	el, err := openpgp.ReadArmoredKeyRing(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, e := range el {
		if e.PrivateKey == nil {
			continue
		}
		if e.PrivateKey.Encrypted {
			return nil, fmt.Errorf("%s: the secret key %X is passphrase-protected", path, e.PrimaryKey.Fingerprint)
		}
		return e, nil
	}
	return nil, fmt.Errorf("%s: no secret key found", path)
}

// tamper copies in to out and replaces the first signature object of out by one whose signed text has an
// extra space after its first '{', keeping the object's group, link, hash type and fingerprint.
func tamper(in, out string) (err error) {
	if err := copyFile(in, out); err != nil {
		return err
	}
	defer removeOnError(out, &err)
	f, err := sif.LoadContainerFromPath(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	defer func() {
		if f != nil {
			f.UnloadContainer()
		}
	}()

	sigs, err := f.GetDescriptors(sif.WithDataType(sif.DataSignature))
	if err != nil {
		return err
	}
	if len(sigs) == 0 {
		return fmt.Errorf("%s: no signature object", in)
	}
	sort.Slice(sigs, func(i, j int) bool { return sigs[i].ID() < sigs[j].ID() })
	sig := sigs[0]

	data, err := sig.GetData()
	if err != nil {
		return err
	}
	changed, err := insertSpace(data)
	if err != nil {
		return fmt.Errorf("signature object %d: %w", sig.ID(), err)
	}

	ht, fp, err := sig.SignatureMetadata()
	if err != nil {
		return fmt.Errorf("signature object %d: %w", sig.ID(), err)
	}
	opts := []sif.DescriptorInputOpt{sif.OptNoGroup()}
	if g := sig.GroupID(); g != 0 {
		opts = []sif.DescriptorInputOpt{sif.OptGroupID(g)}
	}
	if id, isGroup := sig.LinkedID(); isGroup {
		opts = append(opts, sif.OptLinkedGroupID(id))
	} else if id != 0 {
		opts = append(opts, sif.OptLinkedID(id))
	}
	if name := sig.Name(); name != "" {
		opts = append(opts, sif.OptObjectName(name))
	}
	opts = append(opts, sif.OptObjectTime(sig.CreatedAt()), sif.OptSignatureMetadata(ht, fp))
	di, err := sif.NewDescriptorInput(sif.DataSignature, bytes.NewReader(changed), opts...)
	if err != nil {
		return err
	}

	// The signature object is normally the last one in the file: then cut it off, else zero its bytes.
	last := true
	f.WithDescriptors(func(d sif.Descriptor) bool {
		if d.ID() != sig.ID() && d.Offset()+d.Size() > sig.Offset()+sig.Size() {
			last = false
		}
		return !last
	})
	if err := f.DeleteObject(sig.ID(), sif.OptDeleteZero(true), sif.OptDeleteCompact(last)); err != nil {
		return fmt.Errorf("deleting signature object %d: %w", sig.ID(), err)
	}
	// sif 2.8's DeleteObject frees the descriptor on disk only, not in memory (an AddObject on the same
	// FileImage would write the deleted descriptor back): load the image again.
	err = f.UnloadContainer()
	f = nil
	if err != nil {
		return err
	}
	if f, err = sif.LoadContainerFromPath(out); err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	// AddObject takes the first free descriptor, the one just freed: the new object gets the same ID.
	if err := f.AddObject(di); err != nil {
		return fmt.Errorf("adding the changed signature object: %w", err)
	}
	fmt.Printf("tampered signature object %d of %s\n", sig.ID(), out)
	return nil
}

// insertSpace returns the clearsigned message data with one space inserted after the first '{' of its
// signed text, and checks that the result is still a clearsigned message whose text differs from the
// original only by that space.
func insertSpace(data []byte) ([]byte, error) {
	b, _ := clearsign.Decode(data)
	if b == nil {
		return nil, errors.New("not a clearsigned message")
	}
	// The signed text starts after the armor headers (-----BEGIN PGP SIGNED MESSAGE-----, Hash: ...),
	// which end with an empty line.
	begin := bytes.Index(data, []byte("-----BEGIN PGP SIGNED MESSAGE-----"))
	if begin < 0 {
		return nil, errors.New("clearsign header not found")
	}
	end := bytes.Index(data[begin:], []byte("\n\n"))
	if end < 0 {
		return nil, errors.New("end of the clearsign armor headers not found")
	}
	text := begin + end + 2
	brace := bytes.IndexByte(data[text:], '{')
	if brace < 0 {
		return nil, errors.New("no '{' in the signed text")
	}
	at := text + brace + 1
	changed := make([]byte, 0, len(data)+1)
	changed = append(changed, data[:at]...)
	changed = append(changed, ' ')
	changed = append(changed, data[at:]...)

	c, _ := clearsign.Decode(changed)
	if c == nil {
		return nil, errors.New("changed message no longer decodes")
	}
	if want := strings.Replace(string(b.Plaintext), "{", "{ ", 1); string(c.Plaintext) != want {
		return nil, errors.New("changed message has unexpected signed text")
	}
	return changed, nil
}

// removeOnError removes the copy at out when *err is set: no half-done output is left behind.
func removeOnError(out string, err *error) {
	if *err != nil {
		os.Remove(out)
	}
}

// copyFile copies in to out (created or truncated, mode 0644).
func copyFile(in, out string) error {
	src, err := os.Open(in)
	if err != nil {
		return err
	}
	defer src.Close()
	if si, err := src.Stat(); err != nil {
		return err
	} else if oi, err := os.Stat(out); err == nil && os.SameFile(si, oi) {
		return fmt.Errorf("%s and %s are the same file", in, out)
	}
	dst, err := os.OpenFile(out, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return fmt.Errorf("copying %s to %s: %w", in, out, err)
	}
	return dst.Close()
}
