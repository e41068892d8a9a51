package org.sifregistry.container.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A topic word ("biology", "ubuntu") users or the header parser attach to containers; shared by name. */
@Entity
@Table(name = "topic_tags", uniqueConstraints = @UniqueConstraint(name = "uk_topic_tag_name", columnNames = "name"))
@NamedQuery(name = "TopicTag.findByName", query = "SELECT t FROM TopicTag t WHERE t.name = :name")
public class TopicTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TopicName.MAX_LENGTH)
    private String name;

    /** Kept by {@link PublicCarriers} with SQL deltas, never written from here. */
    @Column(name = "public_carriers", insertable = false, updatable = false)
    private long publicCarriers;

    protected TopicTag() {
    }

    public TopicTag(TopicName name) {
        this.name = name.value();
    }

    public Long id() {
        return id;
    }

    public TopicName name() {
        return new TopicName(name);
    }
}
