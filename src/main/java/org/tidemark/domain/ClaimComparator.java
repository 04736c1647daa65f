package org.tidemark.domain;



/** How a claim relates to its figure: "about 125,000", "more than 165,000". */
public enum ClaimComparator {
    ABOUT,
    MORE_THAN,
    LESS_THAN,
    EXACTLY
}
