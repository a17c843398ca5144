package dev.interdict.payments;

/** IBAN shape check (not the checksum: a wrong checksum is still worth screening). */
final class Ibans {
    private Ibans() {
    }

    static boolean looksLikeIban(String v) {
        if (v.length() < 15 || v.length() > 34) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = i < 2 ? (c >= 'A' && c <= 'Z') : i < 4 ? (c >= '0' && c <= '9')
                    : (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
