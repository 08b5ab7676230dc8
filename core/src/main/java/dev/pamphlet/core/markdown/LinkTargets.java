package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a Markdown link points inside the publication ({@link CrossRef}) or outside
 * it ({@link Link}).
 *
 * <p>Inside: {@code #id} (this article), and relative targets naming another article by its
 * file: {@code other.md#id}, {@code other#id}, {@code other.md}, {@code other}, also in a folder
 * ({@code ../other.md}); the article id is the file name without its extension. Everything with
 * a scheme, an absolute path, a query, or a file name with another extension is outside.
 */
final class LinkTargets {
  private LinkTargets() {}

  static Inline resolve(String url, String title, List<Inline> content, String currentArticle) {
    if (url.startsWith("#")) {
      return new CrossRef(currentArticle, url.substring(1), content);
    }
    String article = articleOf(url);
    if (article.isEmpty()) {
      return new Link(url, title, content);
    }
    int hash = url.indexOf('#');
    return new CrossRef(article, hash < 0 ? "" : url.substring(hash + 1), content);
  }

  /** The article a relative link names, or {@code ""} when it is not a link to an article. */
  private static String articleOf(String url) {
    if (url.isEmpty() || hasScheme(url) || url.startsWith("/")
        || url.startsWith("\\")) {
      return "";
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    if (path.contains("?")) {
      return "";
    }
    String name = Escaping.percentDecodeUrl(path.substring(path.lastIndexOf('/') + 1));
    String lower = name.toLowerCase(Locale.ROOT);
    String stem;
    if (lower.endsWith(".md")) {
      stem = name.substring(0, name.length() - 3);
    } else if (lower.endsWith(".markdown")) {
      stem = name.substring(0, name.length() - 9);
    } else if (name.contains(".")) {
      return "";
    } else {
      stem = name;
    }
    return Ids.isValid(stem) ? stem : "";
  }

  /** Whether {@code url} starts with a URI scheme: a letter, then letters, digits, "+-.", ":". */
  private static boolean hasScheme(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
