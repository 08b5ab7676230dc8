package dev.pamphlet.core.json;

import dev.pamphlet.core.json.JsonValue.JsonNumber;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Publication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a parsed document into the model: the top level (version, type), articles and
 * metadata here; blocks and inlines in {@link BlockReader} and {@link InlineReader}.
 */
final class ModelReader {

  private final Decoding decoding;
  private final BlockReader blocks;
  private final InlineReader inlines;

  ModelReader(Decoding decoding) {
    this.decoding = decoding;
    this.inlines = new InlineReader(decoding);
    this.blocks = new BlockReader(decoding, inlines);
    inlines.use(blocks);
  }

  /** A publication file, or {@code null} when anything in it was reported. */
  Publication publication(JsonValue root) {
    Fields f = topLevel(root, "publication");
    if (f == null) {
      return null;
    }
    f.allow("pamphlet", "type", "metadata", "numbered", "articles");
    Metadata metadata = metadata(f);
    boolean numbered = f.bool("numbered", false);
    List<Article> articles = f.list("articles", this::nestedArticle);
    return f.build(() -> new Publication(metadata, articles, numbered));
  }

  /** An article file, or {@code null} when anything in it was reported. */
  Article article(JsonValue root) {
    Fields f = topLevel(root, "article");
    return f == null ? null : article(f, true);
  }

  /** An article inside a publication: the same, without the version field. */
  private Article nestedArticle(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "an article");
    if (f == null || f.type("article", List.of("article")) == null) {
      return null;
    }
    return article(f, false);
  }

  /**
   * Checks what every file starts with: an object, of a version this reader knows, of the
   * expected type. A file of another version stops here: its fields may mean something else.
   */
  private Fields topLevel(JsonValue root, String type) {
    Fields f = Fields.of(decoding, root, JsonPath.ROOT, "a Pamphlet " + type);
    if (f == null) {
      return null;
    }
    JsonValue version = f.raw("pamphlet");
    if (version == null) {
      f.missing("pamphlet");
    } else if (!(version instanceof JsonNumber number)) {
      f.badValue("pamphlet", "expected the format version, a whole number, found "
          + version.kind());
    } else if (number.value().compareTo(BigDecimal.valueOf(JsonCodec.FORMAT_VERSION)) != 0) {
      decoding.error(Decoding.VERSION, version.position(), JsonPath.field(f.path(), "pamphlet"),
          "unsupported format version " + number.value().toPlainString() + "; this reader knows "
              + "version " + JsonCodec.FORMAT_VERSION);
      return null;
    }
    return f.type("file", List.of(type)) == null ? null : f;
  }

  private Article article(Fields f, boolean standalone) {
    if (standalone) {
      f.allow("pamphlet", "type", "id", "metadata", "blocks");
    } else {
      f.allow("type", "id", "metadata", "blocks");
    }
    String id = f.id("id");
    Metadata metadata = metadata(f);
    List<Block> body = blocks.list(f, "blocks");
    Article article = f.build(() -> new Article(id, metadata, body));
    if (article != null) {
      decoding.article(article.id());
    }
    return article;
  }

  /** The {@code metadata} field of {@code owner}; empty when left out. */
  private Metadata metadata(Fields owner) {
    JsonValue value = owner.raw("metadata");
    if (value == null) {
      return Metadata.EMPTY;
    }
    Fields f = Fields.of(decoding, value, JsonPath.field(owner.path(), "metadata"), "metadata");
    if (f == null) {
      return null;
    }
    f.allow("title", "subtitle", "summary", "authors", "language", "organization", "reviewed",
        "nextReview", "keywords", "sources", "cover");
    String title = f.optional("title");
    String subtitle = f.optional("subtitle");
    String summary = f.optional("summary");
    List<String> authors = f.strings("authors");
    String language = f.optional("language");
    Organization organization = organization(f);
    Optional<LocalDate> reviewed = f.date("reviewed");
    Optional<LocalDate> nextReview = f.date("nextReview");
    List<String> keywords = f.strings("keywords");
    List<Citation> sources = f.list("sources", this::citation);
    String cover = f.optional("cover");
    return f.build(() -> new Metadata(title, subtitle, summary, authors, language, organization,
        reviewed, nextReview, keywords, sources, cover));
  }

  private Organization organization(Fields owner) {
    JsonValue value = owner.raw("organization");
    if (value == null) {
      return Organization.NONE;
    }
    Fields f = Fields.of(decoding, value, JsonPath.field(owner.path(), "organization"),
        "an organization");
    if (f == null) {
      return null;
    }
    f.allow("name", "contact");
    String name = f.optional("name");
    String contact = f.optional("contact");
    return f.build(() -> new Organization(name, contact));
  }

  private Citation citation(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "a source");
    if (f == null) {
      return null;
    }
    f.allow("text", "url");
    String text = f.required("text");
    String url = f.optional("url");
    return f.build(() -> new Citation(text, url));
  }
}
