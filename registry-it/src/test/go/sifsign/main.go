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
//	sifsign sign-x509 KEY.pem IN OUT      copy IN to OUT and sign OUT as `apptainer sign --key KEY.pem` (or
//	                                      --certificate) does: a DSSE envelope, with the ECDSA key in KEY.pem
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
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/ProtonMail/go-crypto/openpgp/clearsign"
	"github.com/ProtonMail/go-crypto/openpgp/packet"
	// github.com/sylabs/sif/v2/... by its directory: build.sh builds in GOPATH mode, where only code inside
	// the module's own tree (which has a go.mod) may drop the /v2; it resolves to the same packages.
	"github.com/sylabs/sif/pkg/integrity"
	"github.com/sylabs/sif/pkg/sif"
)

const usageText = `usage:
  sifsign sign KEY.asc IN.sif OUT.sif
  sifsign sign-x509 KEY.pem IN.sif OUT.sif
  sifsign tamper IN.sif OUT.sif`

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 4 && args[0] == "sign":
		if err := sign(args[1], args[2], args[3]); err != nil {
			fail(err)
		}
	case len(args) == 4 && args[0] == "sign-x509":
		if err := signX509(args[1], args[2], args[3]); err != nil {
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
	if err := signWith(out, e); err != nil {
		return err
	}
	fmt.Printf("signed %s with key %X\n", out, e.PrimaryKey.Fingerprint)
	return nil
}

// signWith signs the image at path with e, as apptainer sign does.
func signWith(path string, e *openpgp.Entity) error {
	f, err := sif.LoadContainerFromPath(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer f.UnloadContainer()
	s, err := integrity.NewSigner(f, integrity.OptSignWithEntity(e))
	if err != nil {
		return err
	}
	return s.Sign()
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
	id, err := replaceFirstSignature(out, func(data []byte, ht crypto.Hash, fp []byte) ([]byte, crypto.Hash, []byte, error) {
		changed, err := insertSpace(data)
		return changed, ht, fp, err
	})
	if err != nil {
		return err
	}
	fmt.Printf("tampered signature object %d of %s\n", id, out)
	return nil
}

// signX509 copies in to out and signs out as `apptainer sign --key KEY.pem out` (and `--certificate`, which
// signs with the certificate's key) does: the same image metadata as an OpenPGP signature, in a DSSE envelope
// (sylabs/sif pkg/integrity dsse.go, through sigstore's dsse wrapper) signed with the PEM private key in keyPath
// (ECDSA with SHA-256, ASN.1 signatures, as sigstore's ECDSA signer makes them), and no fingerprint in the
// descriptor. sif 2.8 cannot write DSSE: the metadata is made by its OpenPGP signer with a throw-away key, then
// taken out of the clearsigned message and enveloped.
func signX509(keyPath, in, out string) (err error) {
	key, err := readECKey(keyPath)
	if err != nil {
		return err
	}
	throwAway, err := openpgp.NewEntity("metadata", "", "metadata@localhost",
		&packet.Config{Algorithm: packet.PubKeyAlgoEdDSA})
	if err != nil {
		return err
	}
	if err := copyFile(in, out); err != nil {
		return err
	}
	defer removeOnError(out, &err)
	if err := signWith(out, throwAway); err != nil {
		return err
	}
	id, err := replaceFirstSignature(out, func(data []byte, ht crypto.Hash, _ []byte) ([]byte, crypto.Hash, []byte, error) {
		b, _ := clearsign.Decode(data)
		if b == nil {
			return nil, 0, nil, errors.New("not a clearsigned message")
		}
		envelope, err := dsseEnvelope(b.Plaintext, key)
		return envelope, ht, nil, err
	})
	if err != nil {
		return err
	}
	fmt.Printf("signed %s with an X.509 key (DSSE, signature object %d)\n", out, id)
	return nil
}

const metadataMediaType = "application/vnd.sylabs.sif-metadata+json"

// dsseEnvelope signs payload as go-securesystemslib's dsse does: over the pre-authentication encoding
// "DSSEv1 <len(type)> <type> <len(payload)> <payload>", with base64 (standard, padded) payload and signature.
func dsseEnvelope(payload []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	pae := fmt.Sprintf("DSSEv1 %d %s %d %s", len(metadataMediaType), metadataMediaType, len(payload), payload)
	digest := sha256.Sum256([]byte(pae))
	sig, err := ecdsa.SignASN1(rand.Reader, key, digest[:])
	if err != nil {
		return nil, err
	}
	type signature struct {
		KeyID string `json:"keyid"`
		Sig   string `json:"sig"`
	}
	return json.Marshal(struct {
		PayloadType string      `json:"payloadType"`
		Payload     string      `json:"payload"`
		Signatures  []signature `json:"signatures"`
	}{metadataMediaType, base64.StdEncoding.EncodeToString(payload),
		[]signature{{"", base64.StdEncoding.EncodeToString(sig)}}})
}

// readECKey reads a PEM "EC PRIVATE KEY" or PKCS #8 "PRIVATE KEY" holding an ECDSA key.
func readECKey(path string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("%s: no PEM block", path)
	}
	if key, err := x509.ParseECPrivateKey(block.Bytes); err == nil {
		return key, nil
	}
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	key, ok := parsed.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%s: not an ECDSA key", path)
	}
	return key, nil
}

// replaceFirstSignature replaces the first signature object of the image at path by one with the data,
// hash type and fingerprint change returns for it, keeping the object's group, link, name and time, and
// returns the object's id (the new object gets the same).
func replaceFirstSignature(path string,
	change func(data []byte, ht crypto.Hash, fp []byte) ([]byte, crypto.Hash, []byte, error)) (uint32, error) {
	f, err := sif.LoadContainerFromPath(path)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	defer func() {
		if f != nil {
			f.UnloadContainer()
		}
	}()

	sigs, err := f.GetDescriptors(sif.WithDataType(sif.DataSignature))
	if err != nil {
		return 0, err
	}
	if len(sigs) == 0 {
		return 0, fmt.Errorf("%s: no signature object", path)
	}
	sort.Slice(sigs, func(i, j int) bool { return sigs[i].ID() < sigs[j].ID() })
	sig := sigs[0]

	data, err := sig.GetData()
	if err != nil {
		return 0, err
	}
	ht, fp, err := sig.SignatureMetadata()
	if err != nil {
		return 0, fmt.Errorf("signature object %d: %w", sig.ID(), err)
	}
	changed, ht, fp, err := change(data, ht, fp)
	if err != nil {
		return 0, fmt.Errorf("signature object %d: %w", sig.ID(), err)
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
		return 0, err
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
		return 0, fmt.Errorf("deleting signature object %d: %w", sig.ID(), err)
	}
	// sif 2.8's DeleteObject frees the descriptor on disk only, not in memory (an AddObject on the same
	// FileImage would write the deleted descriptor back): load the image again.
	err = f.UnloadContainer()
	f = nil
	if err != nil {
		return 0, err
	}
	if f, err = sif.LoadContainerFromPath(path); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	// AddObject takes the first free descriptor, the one just freed: the new object gets the same ID.
	if err := f.AddObject(di); err != nil {
		return 0, fmt.Errorf("adding the changed signature object: %w", err)
	}
	return sig.ID(), nil
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
