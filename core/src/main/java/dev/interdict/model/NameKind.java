package dev.interdict.model;

/**
 * How a name relates to the entity: its primary name, a strong alias (an a.k.a. the source vouches for), a weak
 * alias (a nickname or low-quality a.k.a., quoted in OFAC remarks), or a former name (f.k.a.).
 *
 * <p>Weak aliases are shown and searched, but a match on a weak alias alone is scored lower: OFAC itself says low
 * quality a.k.a.s should not be screened in isolation.
 */
public enum NameKind {
    PRIMARY,
    STRONG_ALIAS,
    WEAK_ALIAS,
    FORMER;
}
