package org.sifregistry.common;

/** Input that breaks a rule (a name, a reference, a size); {@code field} names the input at fault. */
public class InvalidInputException extends RegistryException {

    private final String field;

    public InvalidInputException(String field, ErrorKey key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
