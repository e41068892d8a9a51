package org.sifregistry.container.application;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.common.UniqueViolation;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Label;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.container.domain.TopicTag;

/**
 * The shared label and topic-tag rows, made on first use. A new row is committed in a transaction of its own: two
 * jobs reading images with the same new label at once then meet on the unique key there, and the loser reads the
 * winner's row instead of failing its whole transaction.
 */
@Stateless
public class LabelCatalog {

    @Inject
    private ContainerRepository containers;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Resource
    private SessionContext session;

    public Label label(String key, String value) {
        return findOrAdd(() -> containers.findLabel(key, value), () -> new Label(key, value));
    }

    public TopicTag topicTag(TopicName name) {
        return findOrAdd(() -> containers.findTopicTag(name), () -> new TopicTag(name));
    }

    /** Not for callers: public only so that it runs in a new transaction through the bean's proxy. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addInOwnTransaction(Object row) {
        em.persist(row);
        em.flush();
    }

    private <T> T findOrAdd(Supplier<Optional<T>> find, Supplier<T> create) {
        return find.get().orElseGet(() -> {
            try {
                session.getBusinessObject(LabelCatalog.class).addInOwnTransaction(create.get());
            } catch (EJBException e) {
                if (!UniqueViolation.isCauseOf(e)) {
                    throw e;
                }
            }
            return find.get().orElseThrow();
        });
    }
}
