package org.sifregistry.container.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.storage.ImageDigest;

/**
 * One image (a version) carrying a label, with how many containers in public collections carry both: the label's
 * {@code public_images} counts its rows above zero. Kept by {@link LabelImages}.
 */
@Entity
@Table(name = "label_images", uniqueConstraints = @UniqueConstraint(name = "uk_label_image",
        columnNames = {"label_id", "version"}))
public class LabelImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label_id", nullable = false)
    private long label;

    @Column(nullable = false, length = ImageDigest.VERSION_LENGTH)
    private String version;

    @Column(name = "public_carriers", nullable = false)
    private long publicCarriers;

    protected LabelImage() {
    }

    public LabelImage(long label, String version) {
        this.label = label;
        this.version = version;
    }
}
