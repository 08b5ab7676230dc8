/**
 * Loading a publication from files: Markdown and Pamphlet JSON files, and folders of them
 * with an optional {@code booklet.yaml} manifest. The front door is
 * {@link dev.pamphlet.core.load.SourceLoader}, and {@link dev.pamphlet.core.load.LoadCodes}
 * names the diagnostics it reports; everything else here is internal.
 */
package dev.pamphlet.core.load;
