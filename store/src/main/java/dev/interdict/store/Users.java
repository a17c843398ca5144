package dev.interdict.store;

import dev.interdict.store.internal.Passwords;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Users with passwords (PBKDF2-HMAC-SHA256, see {@link Passwords}), one role and one tenant each. */
public final class Users {

    static final Users INSTANCE = new Users();

    private Users() {
    }

    public long create(Handle h, long tenantId, String username, char[] password, Role role, Instant now) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,200}")) {
            throw new IllegalArgumentException("username must be 1..200 of letters, digits and . _ @ -");
        }
        if (password == null || password.length < 12) {
            throw new IllegalArgumentException("password must have at least 12 characters");
        }
        return h.createUpdate("INSERT INTO users (tenant_id, username, password_hash, role, created_at)"
                        + " VALUES (:t, :u, :p, :r, :now)")
                .bind("t", tenantId).bind("u", username).bind("p", Passwords.hash(password))
                .bind("r", role.key()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The principal of an enabled user whose password matches. */
    public Optional<Principal> authenticate(Handle h, String username, char[] password) {
        record Row(long tenantId, String tenant, String role, String hash) {
        }
        Optional<Row> row = h.createQuery("SELECT u.tenant_id, t.name, u.role, u.password_hash FROM users u"
                        + " JOIN tenants t ON t.id = u.tenant_id WHERE u.username = :u AND NOT u.disabled")
                .bind("u", username)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .findOne();
        if (row.isEmpty()) {
            Passwords.verify(password, Passwords.DUMMY); // same cost whether or not the user exists
            return Optional.empty();
        }
        Row r = row.get();
        return Passwords.verify(password, r.hash())
                ? Optional.of(new Principal(r.tenantId(), r.tenant(), Role.parse(r.role()), "user:" + username))
                : Optional.empty();
    }
}
