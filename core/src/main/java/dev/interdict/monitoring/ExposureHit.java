package dev.interdict.monitoring;

/**
 * A counterparty that matched a listed entity.
 *
 * @param listedName the listed entity's name as matched
 * @param listId     the list entry id (for example an OFAC ent_num)
 * @param programs   list programs, for example "SDNTK, FTO"
 * @param score      match score in [0, 1]
 */
public record ExposureHit(String listedName, String listId, String programs, double score) {
}
