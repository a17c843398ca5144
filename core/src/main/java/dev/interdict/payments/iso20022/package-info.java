/**
 * ISO 20022 reading: a version-agnostic streaming StAX parser for pacs.008 (001.08-13), pacs.009 (incl. cover) and pain.001, with or without a business application header envelope, and the hardened XML factory ({@link dev.interdict.payments.iso20022.SecureXml}: no DTDs, no external entities, entity limits).
 * Only reads messages into {@code dev.interdict.payments} model objects; no screening here.
 */
package dev.interdict.payments.iso20022;
