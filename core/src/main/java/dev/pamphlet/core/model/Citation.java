package dev.pamphlet.core.model;

/**
 * A source the content is based on.
 *
 * @param text the reference as it should be printed
 * @param url where to find it online ({@code ""} for none)
 */
public record Citation(String text, String url) {
  public Citation {
    Checks.nonBlank(text, "text");
    Checks.text(url, "url");
  }
}
