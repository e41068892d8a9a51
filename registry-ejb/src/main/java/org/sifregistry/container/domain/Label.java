package org.sifregistry.container.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A key/value pair parsed from an image ({@code MAINTAINER=vanessasaur}). One row per distinct pair, shared by all
 * containers that carry it, so "every container with this label" is one join.
 */
@Entity
@Table(name = "labels", uniqueConstraints = @UniqueConstraint(name = "uk_label", columnNames = {"label_key", "label_value"}))
@NamedQuery(name = "Label.find", query = "SELECT l FROM Label l WHERE l.key = :key AND l.value = :value")
public class Label {

    public static final int KEY_MAX_LENGTH = 128;
    /** Bounded so that the unique (key, value) index fits MariaDB's 3072-byte limit in utf8mb4. */
    public static final int VALUE_MAX_LENGTH = 512;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label_key", nullable = false, length = KEY_MAX_LENGTH)
    private String key;

    @Column(name = "label_value", nullable = false, length = VALUE_MAX_LENGTH)
    private String value;

    /** Kept by {@link PublicCarriers} with SQL deltas, never written from here. */
    @Column(name = "public_carriers", insertable = false, updatable = false)
    private long publicCarriers;

    /** How many images (versions) the public carriers are; kept by {@link LabelImages}, never written from here. */
    @Column(name = "public_images", insertable = false, updatable = false)
    private long publicImages;

    protected Label() {
    }

    public Label(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
