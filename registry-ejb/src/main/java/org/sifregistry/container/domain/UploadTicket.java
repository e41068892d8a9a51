package org.sifregistry.container.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.user.domain.Username;

/**
 * The first step of a sregistry push, waiting for its upload: the {@code cid} the client sends back, bound to who
 * asked and what they will push. Used once and lapsing after an hour, so a captured upload request cannot be played
 * again. In the database rather than in memory so that any server of a cluster can take the upload.
 */
@Entity
@Table(name = "upload_tickets", indexes = @Index(name = "ix_upload_ticket_expires", columnList = "expires_at"))
@NamedQuery(name = "UploadTicket.claim", query = """
        DELETE FROM UploadTicket t WHERE t.id = :id AND t.username = :username AND t.expiresAt > :now""")
@NamedQuery(name = "UploadTicket.deleteExpired", query = "DELETE FROM UploadTicket t WHERE t.expiresAt <= :now")
public class UploadTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Username.MAX_LENGTH)
    private String username;

    @Column(nullable = false, length = CollectionName.MAX_LENGTH)
    private String collection;

    @Column(nullable = false, length = ContainerName.MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = Tag.MAX_LENGTH)
    private String tag;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UploadTicket() {
    }

    public UploadTicket(String username, ContainerRef ref, Instant expiresAt) {
        this.username = username;
        this.collection = ref.collection().value();
        this.name = ref.name().value();
        this.tag = ref.tag().value();
        this.expiresAt = expiresAt;
    }

    public boolean isUsableBy(String user, Instant now) {
        return username.equals(user) && now.isBefore(expiresAt);
    }

    /** What the upload will be published as. */
    public ContainerRef ref() {
        return new ContainerRef(new CollectionName(collection), new ContainerName(name), new Tag(tag), null);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
