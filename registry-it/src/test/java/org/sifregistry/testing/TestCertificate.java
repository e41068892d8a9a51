package org.sifregistry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The https test server's certificate: a self-signed one for localhost and 127.0.0.1 that registry-it's build makes
 * with keytool before the server starts (the PKCS12 file {@code it.tls.keystore}, password {@code it.tls.password}),
 * and the forms its clients need: a PEM file for Go's SSL_CERT_FILE and HAProxy, a trust store for Java.
 */
public final class TestCertificate {

    private final Certificate certificate;
    private final Key key;
    private final Path directory;

    private TestCertificate(Certificate certificate, Key key, Path directory) {
        this.certificate = certificate;
        this.key = key;
        this.directory = directory;
    }

    /** The certificate the https test server serves. */
    public static TestCertificate ofTheHttpsServer() {
        Path keyStoreFile = Path.of(System.getProperty("it.tls.keystore"));
        char[] password = System.getProperty("it.tls.password").toCharArray();
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            String alias = keyStore.aliases().nextElement();
            return new TestCertificate(keyStore.getCertificate(alias), keyStore.getKey(alias, password),
                    keyStoreFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the test key store " + keyStoreFile, e);
        }
    }

    /** The certificate alone, as PEM: what a client trusts. */
    public Path certificatePem() {
        return write("certificate.pem", pem("CERTIFICATE", encoded(certificate)));
    }

    /** The certificate and its private key, as PEM in one file, readable by its owner only: what HAProxy serves. */
    public Path certificateAndKeyPem() {
        return write("certificate-and-key.pem",
                pem("CERTIFICATE", encoded(certificate)) + pem("PRIVATE KEY", key.getEncoded()));
    }

    /** TLS for Java clients that trust this certificate and no other. */
    public SSLContext trust() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("registry", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private Path write(String name, String content) {
        Path file = directory.resolve(name);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
