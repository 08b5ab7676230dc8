/**
 * Loading a publication from files: Markdown and Pamphlet JSON files, and folders of them
 * with an optional {@code booklet.yaml} manifest. The front door is
 * {@code SourceLoader}; everything else here is internal.
 */
package dev.pamphlet.core.load;
