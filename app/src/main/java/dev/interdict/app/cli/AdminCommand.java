package dev.interdict.app.cli;

import dev.interdict.store.ApiKeys;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import dev.interdict.store.Tenants;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict admin create-key|create-user}: credentials, written straight to the database (so it works
 * whether or not the server runs). A missing tenant is created.
 */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage API keys and users.",
        subcommands = {AdminCommand.CreateKey.class, AdminCommand.CreateUser.class})
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "an admin command is required: create-key, create-user");
    }

    static Role role(String text) {
        try {
            return Role.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** The tenant called {@code name}, created (and the creation audited) when missing. */
    private static Tenants.Tenant tenant(Store store, org.jdbi.v3.core.Handle h, String name, Instant now) {
        boolean[] created = {false};
        Tenants.Tenant t = store.tenants().getOrCreate(h, name, now, created);
        if (created[0]) {
            store.audit().append(h, t.id(), "cli", "tenants.create", name, Map.of(), now);
        }
        return t;
    }

    @Command(name = "create-key", mixinStandardHelpOptions = true,
            description = "Create an API key and print it (it is stored hashed and cannot be shown again).")
    static final class CreateKey implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions storeOptions = new StoreOptions();

        @Option(names = "--tenant", required = true, description = "Tenant name (created when missing).")
        String tenant;

        @Option(names = "--role", required = true, description = "analyst, supervisor, admin or auditor.")
        String role;

        @Option(names = "--label", description = "What the key is for.")
        String label;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role r = role(role);
            try (Store store = storeOptions.open()) {
                Instant now = Instant.now();
                ApiKeys.NewKey key = store.inTransaction(h -> {
                    Tenants.Tenant t = tenant(store, h, tenant, now);
                    ApiKeys.NewKey k = store.apiKeys().create(h, t.id(), r, label, now);
                    store.audit().append(h, t.id(), "cli", "keys.create", "key:" + k.prefix(),
                            Map.of("role", r.key()), now);
                    return k;
                });
                spec.commandLine().getOut().println(key.key());
                spec.commandLine().getOut().flush();
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true,
            description = "Create a user (HTTP Basic); the password is read from the first line of stdin.")
    static final class CreateUser implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions storeOptions = new StoreOptions();

        @Option(names = "--tenant", required = true, description = "Tenant name (created when missing).")
        String tenant;

        @Option(names = "--role", required = true, description = "analyst, supervisor, admin or auditor.")
        String role;

        @Option(names = "--username", required = true, description = "Login name.")
        String username;

        @Override
        public Integer call() throws Exception {
            Role r = role(role);
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw CliException.usage("expected the password on stdin");
            }
            char[] password = line.toCharArray();
            try (Store store = storeOptions.open()) {
                Instant now = Instant.now();
                store.inTransaction(h -> {
                    Tenants.Tenant t = tenant(store, h, tenant, now);
                    store.users().create(h, t.id(), username, password, r, now);
                    store.audit().append(h, t.id(), "cli", "users.create", "user:" + username,
                            Map.of("role", r.key()), now);
                    return null;
                });
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                throw CliException.badData("cannot create user '" + username + "' (does it exist already?)");
            }
            return ExitCodes.OK;
        }
    }
}
