/**
 * The one entity model every sanctions list is read into, after FollowTheMoney: {@link dev.interdict.model.Entity}
 * with its {@link dev.interdict.model.Name names} (primary, strong and weak aliases), birth dates (exact, year,
 * range, circa), places of birth, nationalities, addresses, {@link dev.interdict.model.Identifier identifiers},
 * programs and {@link dev.interdict.model.Relationship relationships}.
 *
 * <p>Values only: immutable records, no I/O, no parsing of list formats (that is {@code dev.interdict.lists}).
 */
package dev.interdict.model;
