package dev.interdict.screening;

/** How a {@link Screener} scores names. */
public enum Algorithm {
    /** Interdict's token-alignment matcher ({@link Screener#DEFAULT_THRESHOLD}); the default. */
    INTERDICT,
    /**
     * Scores that approximate OFAC's Sanctions List Search ({@link OfacScorer}), scaled to 0..1 (SLS 85 = 0.85);
     * secondary attributes are not weighed, as SLS does not weigh them. Candidates still come from the name index,
     * so a list name that shares no index key with the query is not scored.
     */
    OFAC
}
