package org.sifregistry.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command-line tools the client-side tests lean on: the Go driver over the real Apptainer library client
 * ({@code src/test/go}) and real SIF images ({@code src/test/sif}). Everything they make lands under {@code target/}.
 */
public final class Tools {

    /** What a Debian machine needs for all of this; named in every "missing" message so the fix is one command. */
    public static final String DEBIAN_PACKAGES =
            "golang-go golang-github-apptainer-container-library-client-dev golang-oras-oras-go-dev siftool squashfs-tools "
            + "chromium chromium-driver skopeo haproxy golang-github-sylabs-sif-dev gnupg openssl";

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    // A 1 GiB image is written twice (squashfs, then the SIF); slow disks deserve room.
    private static final Duration IMAGE_TIMEOUT = Duration.ofMinutes(15);
    private static final AtomicInteger IMAGE_COUNTER = new AtomicInteger();

    private static Path libclient;
    private static Path orasclient;
    private static Path shubclient;
    private static Path sifsign;

    private Tools() {
    }

    /** The output of a finished process; stdout and stderr are kept apart because the driver prints JSON on stdout. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** This result, or an AssertionError that shows what the command printed. */
        public Result orFail() {
            if (!succeeded()) {
                throw new AssertionError(describe());
            }
            return this;
        }

        public String describe() {
            return String.join(" ", command) + " exited with " + exitCode + "\n--- stdout ---\n" + stdout
                    + "\n--- stderr ---\n" + stderr;
        }
    }

    /** The registry-it module: failsafe sets {@code basedir}; an IDE usually runs tests from the module. */
    public static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return Paths.get(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"))
                .toAbsolutePath();
    }

    public static Path targetDir() {
        return moduleDir().resolve("target");
    }

    /** The compiled Go driver (see the usage at the top of src/test/go/libclient/main.go), built once per JVM. */
    public static synchronized Path libclient() {
        if (libclient == null) {
            requireCommands("go");
            Path gopath = Paths.get(System.getenv().getOrDefault("LIBCLIENT_GOPATH", "/usr/share/gocode"));
            if (!Files.isDirectory(gopath.resolve("src/github.com/apptainer/container-library-client/client"))) {
                throw new IllegalStateException("The Go sources of container-library-client are missing under "
                        + gopath + ". Install them: apt-get install " + DEBIAN_PACKAGES);
            }
            Path binary = targetDir().resolve("go/libclient");
            run(BUILD_TIMEOUT, Map.of(), "bash", script("go/build.sh"), binary.toString()).orFail();
            libclient = binary;
        }
        return libclient;
    }

    /** The compiled oras-go v1 driver (see the usage at the top of src/test/go/orasclient/main.go), built once. */
    public static synchronized Path orasclient() {
        if (orasclient == null) {
            requireCommands("go");
            Path gopath = Paths.get(System.getenv().getOrDefault("LIBCLIENT_GOPATH", "/usr/share/gocode"));
            if (!Files.isDirectory(gopath.resolve("src/oras.land/oras-go/pkg/oras"))) {
                throw new IllegalStateException("The Go sources of oras-go are missing under " + gopath
                        + ". Install them: apt-get install " + DEBIAN_PACKAGES);
            }
            Path binary = targetDir().resolve("go/orasclient");
            run(BUILD_TIMEOUT, Map.of(), "bash", script("go/build.sh"), binary.toString(), "orasclient").orFail();
            orasclient = binary;
        }
        return orasclient;
    }

    /** Apptainer's shub pull (see the top of src/test/go/shubclient/main.go), built once per JVM. */
    public static synchronized Path shubclient() {
        if (shubclient == null) {
            requireCommands("go");
            Path binary = targetDir().resolve("go/shubclient");
            run(BUILD_TIMEOUT, Map.of(), "bash", script("go/build.sh"), binary.toString(), "shubclient").orFail();
            shubclient = binary;
        }
        return shubclient;
    }

    /** A throw-away OpenPGP key (gpg, RSA 3072, no passphrase): its armored public and private keys, fingerprint. */
    public record SigningKey(String publicKey, Path privateKeyFile, String fingerprint) {
    }

    /** A new signing key with the user id "NAME-n &lt;EMAIL&gt;", a unique name (src/test/sif/make-key.sh). */
    public static SigningKey signingKey(String name, String email) {
        requireCommands("gpg");
        try {
            Path dir = Files.createDirectories(targetDir().resolve("keys"));
            String file = Names.unique(name);
            String fingerprint = run(BUILD_TIMEOUT, Map.of(), "bash", script("sif/make-key.sh"), dir.toString(),
                    file, email).orFail().stdout().strip();
            return new SigningKey(Files.readString(dir.resolve(file + ".pub.asc")), dir.resolve(file + ".sec.asc"),
                    fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code image} signed with {@code key} as {@code apptainer sign} signs (src/test/go/sifsign). */
    public static Path signed(Path image, SigningKey key) {
        Path out = imageFile("signed", ".sif");
        run(BUILD_TIMEOUT, Map.of(), sifsign().toString(), "sign", key.privateKeyFile().toString(), image.toString(),
                out.toString()).orFail();
        return out;
    }

    /**
     * A throw-away X.509 code-signing certificate (openssl, ECDSA P-256, valid for a day) with {@code email} as its
     * subject alternative name, and its private key, issued by {@code authorityDir}'s test CA, made there on first use
     * (src/test/sif/make-certificate.sh). {@code usage}: its extended key usage, codeSigning to sign images.
     */
    public record CodeSigningCertificate(String pem, Path privateKeyFile, String authorityPem, String fingerprint) {
    }

    public static CodeSigningCertificate certificate(Path authorityDir, String name, String email, String usage) {
        requireCommands("openssl");
        String file = Names.unique(name);
        String fingerprint = run(BUILD_TIMEOUT, Map.of(), "bash", script("sif/make-certificate.sh"),
                authorityDir.toString(), file, email, "1", usage).orFail().stdout().strip();
        try {
            return new CodeSigningCertificate(Files.readString(authorityDir.resolve(file + ".pem")),
                    authorityDir.resolve(file + ".key"), Files.readString(authorityDir.resolve("ca.pem")), fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory for a test CA of its own, under target/. */
    public static Path newAuthorityDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(targetDir().resolve("certificates")), "ca-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code image} signed as {@code apptainer sign --certificate} signs, with the certificate's key: a DSSE
     * envelope, which names neither the certificate nor the key (src/test/go/sifsign sign-x509).
     */
    public static Path signed(Path image, CodeSigningCertificate certificate) {
        Path out = imageFile("dsse-signed", ".sif");
        run(BUILD_TIMEOUT, Map.of(), sifsign().toString(), "sign-x509", certificate.privateKeyFile().toString(),
                image.toString(), out.toString()).orFail();
        return out;
    }

    /** A copy of a signed image whose signed text means the same but no longer matches its signature. */
    public static Path tampered(Path signedImage) {
        Path out = imageFile("tampered", ".sif");
        run(BUILD_TIMEOUT, Map.of(), sifsign().toString(), "tamper", signedImage.toString(), out.toString())
                .orFail();
        return out;
    }

    private static synchronized Path sifsign() {
        if (sifsign == null) {
            requireCommands("go");
            Path binary = targetDir().resolve("go/sifsign");
            run(BUILD_TIMEOUT, Map.of(), "bash", script("go/build.sh"), binary.toString(), "sifsign").orFail();
            sifsign = binary;
        }
        return sifsign;
    }

    /**
     * A new real SIF (definition file, JSON labels, squashfs partition) with {@code payloadBytes} random bytes in
     * its file system, so every call gives a distinct digest. {@code label} goes into the image's labels.
     */
    public static Path sif(long payloadBytes, String label) {
        requireCommands("siftool", "mksquashfs");
        Path out = imageFile(label, ".sif");
        run(IMAGE_TIMEOUT, scratch(), "bash", script("sif/make-sif.sh"), out.toString(),
                Long.toString(payloadBytes), label).orFail();
        return out;
    }

    /** A new Singularity 2.x image (launch line, then squashfs; no SIF header) with random payload bytes. */
    public static Path legacyImage(long payloadBytes) {
        requireCommands("mksquashfs");
        Path out = imageFile("legacy", ".img");
        run(IMAGE_TIMEOUT, scratch(), "bash", script("sif/make-legacy.sh"), out.toString(),
                Long.toString(payloadBytes)).orFail();
        return out;
    }

    /** A new path for a download; clients open it themselves, so its directory is made here. */
    public static Path downloadTarget(String purpose) {
        try {
            return Files.createDirectories(targetDir().resolve("sif")).resolve(Names.unique(purpose) + ".sif");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end with the output captured; throws if it outlives {@code timeout}. */
    public static Result run(Duration timeout, Map<String, String> environment, String... command) {
        List<String> commandLine = List.copyOf(Arrays.asList(command));
        try {
            Path logs = Files.createDirectories(targetDir().resolve("tool-output"));
            // Files, not pipes: a chatty process never blocks on a full pipe while we wait for it.
            Path stdout = Files.createTempFile(logs, "stdout-", ".txt");
            Path stderr = Files.createTempFile(logs, "stderr-", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(commandLine)
                        .directory(moduleDir().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", commandLine) + " did not finish within " + timeout
                            + "\n--- stderr so far ---\n" + Files.readString(stderr, StandardCharsets.UTF_8));
                }
                return new Result(commandLine, process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + commandLine, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + commandLine, e);
        }
    }

    /** Deletes files the tests made (big images above all); a missing file is fine. */
    public static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // the next mvn clean takes it; a leftover file must not fail a test
            }
        }
    }

    private static String script(String relative) {
        return moduleDir().resolve("src/test").resolve(relative).toString();
    }

    private static Path imageFile(String label, String extension) {
        String safeLabel = label.toLowerCase().replaceAll("[^a-z0-9-]", "-");
        return targetDir().resolve("sif").resolve(safeLabel + "-" + IMAGE_COUNTER.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() & Long.MAX_VALUE, 36) + extension);
    }

    /** The image scripts' scratch space: under target/, since /tmp may be a small tmpfs and a test image 1 GiB. */
    private static Map<String, String> scratch() {
        try {
            return Map.of("TMPDIR", Files.createDirectories(targetDir().resolve("sif/tmp")).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void requireCommands(String... commands) {
        List<String> missing = new ArrayList<>();
        for (String command : commands) {
            if (!onPath(command)) {
                missing.add(command);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing on the PATH: " + String.join(", ", missing)
                    + ". The client-side tests need these Debian packages: apt-get install " + DEBIAN_PACKAGES);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Paths.get(dir, command))
                .anyMatch(Files::isExecutable);
    }
}
