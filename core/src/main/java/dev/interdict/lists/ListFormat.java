package dev.interdict.lists;

/** The list file formats {@link ListLoader} reads; {@link ListFormats#detect} tells them apart by path. */
public enum ListFormat {
    /** OFAC SDN legacy CSV set: a folder with {@code sdn.csv}, {@code alt.csv}, {@code add.csv}, {@code sdn_comments.csv}. */
    OFAC_SDN_CSV,
    /** OFAC consolidated (non-SDN) CSV set: {@code cons_prim.csv}, {@code cons_alt.csv}, ... */
    OFAC_CONSOLIDATED_CSV,
    /** UN Security Council consolidated list XML (root element {@code CONSOLIDATED_LIST}). */
    UN_XML,
    /** FollowTheMoney entities, one JSON object per line. */
    FTM_JSON
}
