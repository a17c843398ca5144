/**
 * The application: {@link dev.interdict.app.Main} hands the command line to {@code cli}; the HTTP server
 * ({@code server}, {@code api}) and its services ({@code service}) sit beside it. No domain logic here: the
 * engines are in {@code core}, persistence in {@code store}.
 */
package dev.interdict.app;
