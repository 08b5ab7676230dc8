package dev.pamphlet.core.model;

import java.util.List;

/**
 * A link to something outside the publication (a web page, an e-mail address, a phone number).
 * Links inside the publication are {@link CrossRef}s. The URL is kept as written; exporters pass
 * it through their URL allow-list, and the validator reports unsafe schemes.
 *
 * @param url the target as written, never null
 * @param title an advisory title ({@code ""} for none)
 * @param content the link text; when empty, exporters show the URL
 */
public record Link(String url, String title, List<Inline> content) implements Inline {
  public Link {
    Checks.text(url, "url");
    Checks.text(title, "title");
    content = Inlines.canonical(content);
  }

  /** A link with no title. */
  public Link(String url, List<Inline> content) {
    this(url, "", content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitLink(this);
  }
}
