/**
 * Reading sanctions lists into the one {@link dev.interdict.model.Entity entity model}, and comparing versions.
 *
 * <p>{@link dev.interdict.lists.ListLoader} is the entry point: it detects the format from the path
 * ({@link dev.interdict.lists.ListFormats}) and runs the reader of one of the source packages
 * ({@code lists.ofac}, {@code lists.un}, {@code lists.ftm}). A load gives an immutable
 * {@link dev.interdict.lists.ListVersion}: the entities, a {@link dev.interdict.lists.LoadReport} of every problem
 * with its file and line or element (nothing is dropped silently), and an order-independent
 * {@link dev.interdict.lists.ContentHash content hash}. {@link dev.interdict.lists.ListDiff} compares two versions
 * entity by entity; {@link dev.interdict.lists.EntityMerger} unites entities with the same id across versions.
 *
 * <p>No downloading, no networking, no persistence here: readers take files, the hosts fetch and store them.
 * Format-specific parsing belongs in the source packages, not in this one.
 */
package dev.interdict.lists;
