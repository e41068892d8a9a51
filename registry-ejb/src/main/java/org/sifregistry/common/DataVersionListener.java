package org.sifregistry.common;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Advances the {@link DataVersion} when a transaction that wrote anything has committed: entity changes and bulk
 * updates alike run as modify queries. After the commit, not at the write: a reader that took the version between
 * the two would otherwise read the old rows and keep them under the new version. Writes of entities marked
 * {@link UnseenByLookups} are left out.
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

    private final TransactionSynchronizationRegistry transactions = lookUpTransactions();

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query != null && query.isModifyQuery() && !isUnseen(query.getReferenceClass())) {
            advanceAfterCommit();
        }
    }

    private static boolean isUnseen(Class<?> written) {
        return written != null && written.isAnnotationPresent(UnseenByLookups.class);
    }

    private void advanceAfterCommit() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            DataVersion.advance();
        } else if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(ADVANCE_AFTER_COMMIT);
        }
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
