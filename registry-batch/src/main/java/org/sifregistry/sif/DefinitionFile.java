package org.sifregistry.sif;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an Apptainer definition file the registry shows: the header ({@code Bootstrap:}, {@code From:} ...),
 * the {@code %labels} section, and the operating system the image is built on. Lenient: a definition file is
 * someone's build recipe, and whatever cannot be understood is simply not reported.
 */
public final class DefinitionFile {

    /** Base images that name their operating system, by the last part of the image name, mapped to its topic. */
    private static final Map<String, String> OPERATING_SYSTEMS = Map.ofEntries(
            Map.entry("ubuntu", "ubuntu"), Map.entry("debian", "debian"), Map.entry("centos", "centos"),
            Map.entry("rockylinux", "rocky"), Map.entry("rocky", "rocky"), Map.entry("almalinux", "alma"),
            Map.entry("fedora", "fedora"), Map.entry("alpine", "alpine"), Map.entry("busybox", "busybox"),
            Map.entry("archlinux", "arch"), Map.entry("opensuse", "opensuse"), Map.entry("leap", "opensuse"),
            Map.entry("tumbleweed", "opensuse"), Map.entry("amazonlinux", "amazonlinux"),
            Map.entry("oraclelinux", "oraclelinux"), Map.entry("ubi8", "rhel"), Map.entry("ubi9", "rhel"),
            Map.entry("ubi", "rhel"), Map.entry("rhel", "rhel"), Map.entry("gentoo", "gentoo"),
            Map.entry("stage3", "gentoo"), Map.entry("clearlinux", "clearlinux"));

    /** Bootstrap agents that pull a base image named by {@code From:}. */
    private static final Set<String> IMAGE_AGENTS = Set.of(
            "docker", "docker-daemon", "docker-archive", "oras", "library", "shub", "localimage", "oci",
            "oci-archive");

    private final Map<String, String> header;
    private final Map<String, String> labels;
    private final Map<String, String> sections;

    private DefinitionFile(Map<String, String> header, Map<String, String> labels, Map<String, String> sections) {
        this.header = header;
        this.labels = labels;
        this.sections = sections;
    }

    public static DefinitionFile parse(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String section = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("%")) {
                section = line.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                sections.putIfAbsent(section, new StringBuilder());
                continue;
            }
            if (section != null) {
                sections.get(section).append(raw).append('\n');
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (section == null) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            } else if (section.equals("labels")) {
                String[] pair = line.split("\\s+", 2);
                labels.put(pair[0], pair.length > 1 ? unquote(pair[1]) : "");
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((name, body) -> texts.put(name, body.toString().stripTrailing().stripIndent().strip()));
        return new DefinitionFile(Map.copyOf(header), labels, texts);
    }

    /** A header keyword's value ({@code bootstrap}, {@code from}), keywords matched in any case. */
    public Optional<String> header(String keyword) {
        return Optional.ofNullable(header.get(keyword.toLowerCase(Locale.ROOT))).filter(v -> !v.isEmpty());
    }

    /** A section's text ({@code runscript}, {@code help}), without its common indentation; empty if absent or blank. */
    public Optional<String> section(String name) {
        return Optional.ofNullable(sections.get(name.toLowerCase(Locale.ROOT))).filter(text -> !text.isEmpty());
    }

    /** The {@code %labels} section as name and value, in the file's order. */
    public Map<String, String> labels() {
        return Map.copyOf(labels);
    }

    /**
     * The operating system of the base image, as a topic word ({@code ubuntu}, {@code centos}, {@code alpine}):
     * from the base image's name for agents that pull one, from the mirror for the distribution bootstrappers.
     */
    public Optional<String> operatingSystem() {
        String agent = header("bootstrap").map(a -> a.toLowerCase(Locale.ROOT)).orElse("");
        if (IMAGE_AGENTS.contains(agent)) {
            return header("from").map(DefinitionFile::imageName).map(OPERATING_SYSTEMS::get);
        }
        String mirror = header("mirrorurl").orElse("").toLowerCase(Locale.ROOT);
        return switch (agent) {
            case "debootstrap" -> Optional.of(mirror.contains("ubuntu") ? "ubuntu" : "debian");
            case "yum", "dnf" -> Optional.of(OPERATING_SYSTEMS.keySet().stream().filter(mirror::contains)
                    .map(OPERATING_SYSTEMS::get).findFirst().orElse("centos"));
            case "zypper" -> Optional.of("opensuse");
            case "arch", "pacstrap" -> Optional.of("arch");
            case "busybox" -> Optional.of("busybox");
            default -> Optional.empty();
        };
    }

    /** {@code docker.io/library/ubuntu:22.04} and {@code ubuntu@sha256:...} both name {@code ubuntu}. */
    private static String imageName(String reference) {
        String withoutScheme = reference.replaceFirst("^[a-z-]+://", "");
        String withoutDigest = withoutScheme.split("@", 2)[0];
        String lastPart = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
        return lastPart.split(":", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
