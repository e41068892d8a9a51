package org.sifregistry.star.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.user.domain.UserAccount;

/** A user's mark of a favourite collection; at most one per user and collection. */
@Entity
@Table(name = "stars", uniqueConstraints = @UniqueConstraint(name = "uk_star", columnNames = {"user_id", "collection_id"}))
@NamedQuery(name = "Star.find", query = """
        SELECT s FROM Star s WHERE s.user.username = :username AND s.collection.name = :collection""")
@NamedQuery(name = "Star.deleteByCollection", query = "DELETE FROM Star s WHERE s.collection = :collection")
public class Star {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_id", nullable = false)
    private Collection collection;

    @Column(nullable = false)
    private Instant created;

    protected Star() {
    }

    public Star(UserAccount user, Collection collection, Instant now) {
        this.user = user;
        this.collection = collection;
        this.created = now;
    }

    public Long id() {
        return id;
    }

    public Collection collection() {
        return collection;
    }

    public Instant created() {
        return created;
    }
}
