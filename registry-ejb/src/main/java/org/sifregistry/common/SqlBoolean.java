package org.sifregistry.common;

/** A boolean column read by a native query: H2 answers a Boolean, MariaDB a number (its BOOLEAN is a TINYINT). */
public final class SqlBoolean {

    private SqlBoolean() {
    }

    public static boolean of(Object column) {
        return column instanceof Boolean flag ? flag : ((Number) column).intValue() != 0;
    }
}
