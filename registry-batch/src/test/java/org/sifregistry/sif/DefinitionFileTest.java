package org.sifregistry.sif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionFileTest {

    @Test
    void readsTheHeaderAndTheLabelsSection() {
        DefinitionFile definition = DefinitionFile.parse("""
                # built nightly
                BootStrap: docker
                From: ubuntu:22.04

                %labels
                    MAINTAINER vanessasaur
                    VERSION "1.2"
                    EMPTY
                %post
                    apt-get install -y fortune
                    NOT_A_LABEL here
                """);

        assertEquals(Optional.of("docker"), definition.header("Bootstrap"));
        assertEquals(Map.of("MAINTAINER", "vanessasaur", "VERSION", "1.2", "EMPTY", ""), definition.labels());
        assertEquals(Optional.of("ubuntu"), definition.operatingSystem());
        assertEquals(Optional.of("apt-get install -y fortune\nNOT_A_LABEL here"), definition.section("post"));
        assertEquals(Optional.empty(), definition.section("runscript"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bootstrap: docker\\nFrom: docker.io/library/centos:7 | centos",
            "Bootstrap: docker\\nFrom: alpine | alpine",
            "Bootstrap: docker\\nFrom: rockylinux/rockylinux:9@sha256:abc | rocky",
            "Bootstrap: oras\\nFrom: oras://ghcr.io/x/debian:bookworm | debian",
            "Bootstrap: library\\nFrom: library://alice/default/fedora:39 | fedora",
            "Bootstrap: debootstrap\\nOSVersion: jammy\\nMirrorURL: http://archive.ubuntu.com/ubuntu/ | ubuntu",
            "Bootstrap: debootstrap\\nOSVersion: bookworm\\nMirrorURL: http://deb.debian.org/debian | debian",
            "Bootstrap: yum\\nMirrorURL: http://dl.rockylinux.org/pub/rocky/9/BaseOS/x86_64/os | rocky",
            "Bootstrap: yum\\nMirrorURL: http://mirror.example.org/os/ | centos",
            "Bootstrap: zypper | opensuse",
            "Bootstrap: busybox | busybox",
    })
    void findsTheOperatingSystem(String header, String expected) {
        assertEquals(Optional.of(expected), DefinitionFile.parse(header.replace("\\n", "\n")).operatingSystem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bootstrap: docker\\nFrom: nvcr.io/nvidia/pytorch:23.10-py3",
            "Bootstrap: scratch",
            "From: ubuntu",
            "%post\\n echo nothing",
            "''",
    })
    void reportsNoOperatingSystemWhenTheBaseDoesNotNameOne(String text) {
        assertEquals(Optional.empty(), DefinitionFile.parse(text.replace("\\n", "\n")).operatingSystem());
    }
}
