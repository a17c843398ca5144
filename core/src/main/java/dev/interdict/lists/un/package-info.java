/**
 * The UN Security Council consolidated list XML, read by {@link dev.interdict.lists.un.UnXmlReader} with StAX
 * (DTDs and external entities disabled), one record at a time.
 *
 * <p>Only the UN file format lives here: no downloading, no matching, nothing other readers depend on.
 */
package dev.interdict.lists.un;
