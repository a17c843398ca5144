package dev.interdict.lists;

import java.io.IOException;

/** A list file whose structure cannot be read at all (malformed XML, a file that is not JSON lines, ...). */
public class ListFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ListFormatException(String message) {
        super(message);
    }

    public ListFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
