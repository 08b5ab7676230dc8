package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.model.Figure;
import dev.pamphlet.export.html.LinkResolver;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one article is rendered. Internal: not part of the API.
 *
 * @param headingStart the heading level of the article title
 * @param idPrefix put in front of every element id
 * @param classPrefix put in front of every class name
 * @param linkResolver URLs of references to other articles (unused in a booklet page)
 * @param externalLinksNewTab whether http(s) links open a new tab
 * @param epubTypes whether footnotes carry {@code epub:type} attributes
 * @param booklet whether the article is one of many on one page: ids are qualified by article
 *     and references between articles stay on the page
 * @param pageLanguage the language of the enclosing page; the article gets its own {@code lang}
 *     when it differs ({@code ""}: always write it)
 * @param largePrint whether to mark the article for large print
 * @param figureSource the image URL each figure shows ({@code ""}: its text alternative)
 */
public record RenderSettings(int headingStart, String idPrefix, String classPrefix,
    LinkResolver linkResolver, boolean externalLinksNewTab, boolean epubTypes, boolean booklet,
    String pageLanguage, boolean largePrint, Function<Figure, String> figureSource) {
  public RenderSettings {
    Objects.requireNonNull(figureSource, "figureSource");
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(classPrefix, "classPrefix");
    Objects.requireNonNull(linkResolver, "linkResolver");
    Objects.requireNonNull(pageLanguage, "pageLanguage");
  }

  /** These settings for an article on a page in {@code language}, at {@code headingStart}. */
  public RenderSettings onPage(int headingStart, boolean booklet, String language) {
    return new RenderSettings(headingStart, idPrefix, classPrefix, linkResolver,
        externalLinksNewTab, epubTypes, booklet, language, largePrint, figureSource);
  }

  /** A class name with the prefix. */
  public String css(String name) {
    return classPrefix + name;
  }
}
