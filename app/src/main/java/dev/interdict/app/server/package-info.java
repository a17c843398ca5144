/**
 * Running the server: {@link dev.interdict.app.server.Server} opens the store, builds the engines, starts
 * Javalin with {@link dev.interdict.app.api.Api#wire} and polls the database for list versions activated by
 * other processes (the CLI), running their pending re-screens.
 */
package dev.interdict.app.server;
