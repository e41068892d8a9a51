package org.sifregistry.common;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;

/**
 * Advances the {@link DataVersion} when a transaction that wrote anything has committed: entity changes and bulk
 * updates alike run as modify queries. After the commit, not at the write: a reader that took the version between
 * the two would otherwise read the old rows and keep them under the new version. And once more when EclipseLink has
 * merged the changed entities into its shared cache, which it does after the commit, in a synchronization that may
 * run after this one: an answer computed in between may hold what the cache held before. Writes of entities marked
 * {@link UnseenByLookups} are left out, and the updates an entity names {@link UpdatesUnseenByLookups}.
 */
public class DataVersionListener extends SessionEventAdapter {

    private static final String REGISTERED = DataVersionListener.class.getName();
    private static final Synchronization ADVANCE_AFTER_COMMIT = new Synchronization() {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            DataVersion.advance();
        }
    };

    /** Looked up at the first write: the persistence unit is deployed where {@code java:comp} is not bound. */
    private volatile TransactionSynchronizationRegistry transactions;

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query != null && query.isModifyQuery() && !isUnseen(query.getReferenceClass()) && !isUnseenUpdate(query)) {
            advanceAfterCommit();
        }
    }

    @Override
    public void postMergeUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes
                && changesSeenByLookups(changes, event.getSession())) {
            DataVersion.advance();
        }
    }

    /** Whether any entity changed or deleted is one that kept answers are made of (a read-only merge has none). */
    private static boolean changesSeenByLookups(UnitOfWorkChangeSet changes, Session session) {
        Map<?, ?> changed = changes.getAllChangeSets();
        Map<?, ?> deleted = changes.getDeletedObjects();
        return Stream.concat(changed.keySet().stream(), deleted.keySet().stream())
                .anyMatch(change -> !isUnseen(((ObjectChangeSet) change).getClassType(session)));
    }

    private static boolean isUnseen(Class<?> written) {
        return written != null && written.isAnnotationPresent(UnseenByLookups.class);
    }

    private static boolean isUnseenUpdate(DatabaseQuery query) {
        Class<?> written = query.getReferenceClass();
        UpdatesUnseenByLookups unseen = written == null ? null : written.getAnnotation(UpdatesUnseenByLookups.class);
        return unseen != null && Arrays.asList(unseen.value()).contains(query.getName());
    }

    private void advanceAfterCommit() {
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            DataVersion.advance();
        } else if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(ADVANCE_AFTER_COMMIT);
        }
    }

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            transactions = lookUpTransactions();
        }
        return transactions;
    }

    private static TransactionSynchronizationRegistry lookUpTransactions() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("The registry runs in a Jakarta EE server, which has a transaction"
                    + " synchronization registry", e);
        }
    }
}
