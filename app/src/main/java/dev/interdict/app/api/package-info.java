/**
 * The HTTP API (Javalin): JSON under {@code /api/v1}, the OpenAPI document at {@code /api/openapi.json},
 * {@code /health}, {@code /ready} and Prometheus {@code /metrics}.
 *
 * <p>Routes are plain code: each area ({@link dev.interdict.app.api.ScreenRoutes},
 * {@link dev.interdict.app.api.CustomerRoutes}, ...) lists its {@link dev.interdict.app.api.Route}s, each with the
 * {@link dev.interdict.app.api.Permission} it needs; {@link dev.interdict.app.api.Api#wire} installs them all
 * with authentication, limits, errors and metrics, and the server and the tests call that same function. The
 * permission of each role is the table in {@link dev.interdict.app.api.Access}. Every handler reads and writes
 * only the caller's tenant; lists are shared. Errors are {@code {"error": "..."}} with a 4xx status, never a
 * stack trace.
 */
package dev.interdict.app.api;
