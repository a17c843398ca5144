/**
 * The server's use cases, between the HTTP routes (and CLI commands) and the store: keeping the active lists'
 * screener ({@link dev.interdict.app.service.ActiveLists}), importing and screening customers
 * ({@link dev.interdict.app.service.CustomerService}), importing list versions
 * ({@link dev.interdict.app.service.ListService}) and re-screening only what a new version changed
 * ({@link dev.interdict.app.service.Rescreener}). Every change is audited in the transaction that makes it. No
 * HTTP here: routes and commands call these classes.
 */
package dev.interdict.app.service;
