package org.sifregistry.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose outcome does not depend on the database: what it checks is headers, pages in a browser, the
 * configuration scripts, hostile bytes refused before anything is stored, limits the server counts in its memory, or
 * a client's wire format over services that other tests drive on every database. The MariaDB run leaves these out,
 * the H2 run has them all (README, Test), so that the second run is spent on what the database decides.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(DatabaseNeutral.TAG)
public @interface DatabaseNeutral {

    /** The JUnit tag, which the MariaDB run's failsafe configuration excludes. */
    String TAG = "database-neutral";
}
