package org.handout.importer;

/** A file that cannot be imported at all: damaged, encrypted, too large, of a kind handout does not read. */
final class ImportFailure extends Exception {
    private final String fix;

    ImportFailure(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix;
    }

    String fix() {
        return fix;
    }
}
