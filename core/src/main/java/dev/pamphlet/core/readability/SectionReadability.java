package dev.pamphlet.core.readability;

import java.util.Optional;

/**
 * The readability of one section, sub-sections included.
 *
 * @param sectionId the section's id
 * @param title the section's title
 * @param level 1 for a top-level section
 * @param scores the scores, empty when the section has no prose of its own or below it
 */
public record SectionReadability(String sectionId, String title, int level,
    Optional<ReadabilityScores> scores) {}
