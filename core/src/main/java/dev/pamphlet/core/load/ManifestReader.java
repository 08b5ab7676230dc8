package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.load.YamlNode.Mapping;
import dev.pamphlet.core.load.YamlNode.Scalar;
import dev.pamphlet.core.load.YamlNode.ScalarType;
import dev.pamphlet.core.load.YamlNode.Sequence;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.MetadataBuilder;
import dev.pamphlet.core.model.Organization;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a booklet manifest ({@code booklet.yaml}). Never throws on content: a bad value is
 * reported with its line and left out, the rest of the manifest still counts.
 *
 * <pre>{@code
 * title: Healing and the Brain
 * organization: {name: Willow Creek Clinic, contact: "(555) 014-2380"}
 * language: en
 * numbered: false
 * articles:
 *   - ketamine-assisted-therapy.md
 *   - brain-networks.md
 * }</pre>
 *
 * <p>The metadata keys are those of Markdown front matter: {@code title}, {@code subtitle},
 * {@code summary}, {@code authors}, {@code language}, {@code organization} ({@code name},
 * {@code contact}), {@code reviewed}, {@code next-review}, {@code keywords}, {@code sources}
 * ({@code text}, {@code url}) and {@code cover}; plus {@code numbered} and {@code articles}.
 * The {@code plain-language} part belongs to the readability rules and is skipped here.
 */
final class ManifestReader {
  /** The readability rules' part of the manifest. */
  static final String PLAIN_LANGUAGE = "plain-language";

  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final MetadataBuilder metadata = Metadata.builder();
  private final List<BookletManifest.Entry> articles = new ArrayList<>();
  private boolean numbered;

  private ManifestReader(String file) {
    this.file = file;
  }

  /** Reads {@code yaml}, the text of the manifest {@code file} (a display path). */
  static ReadResult<BookletManifest> read(String file, String yaml) {
    ManifestReader reader = new ManifestReader(file);
    YamlParser.parse(file, yaml, reader.problems).ifPresent(reader::root);
    BookletManifest manifest =
        new BookletManifest(reader.metadata.build(), reader.numbered, reader.articles);
    return new ReadResult<>(manifest, reader.problems, SourceMap.EMPTY);
  }

  private void root(YamlNode root) {
    if (!(root instanceof Mapping mapping)) {
      invalid(root, "the manifest should be a list of 'key: value' lines, found " + root.kind());
      return;
    }
    for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
      field(entry.getKey(), entry.getValue(), mapping.keyPositions().get(entry.getKey()));
    }
  }

  private void field(String key, YamlNode value, SourcePosition keyAt) {
    switch (key) {
      case "title" -> text(key, value).ifPresent(metadata::title);
      case "subtitle" -> text(key, value).ifPresent(metadata::subtitle);
      case "summary" -> text(key, value).ifPresent(metadata::summary);
      case "authors", "author" -> texts(key, value).ifPresent(metadata::authors);
      case "language", "lang" -> text(key, value).ifPresent(metadata::language);
      case "organization" -> organization(value).ifPresent(metadata::organization);
      case "reviewed" -> date(key, value).ifPresent(metadata::reviewed);
      case "next-review" -> date(key, value).ifPresent(metadata::nextReview);
      case "keywords" -> texts(key, value).ifPresent(metadata::keywords);
      case "sources" -> sources(value).ifPresent(metadata::sources);
      case "cover" -> text(key, value).ifPresent(metadata::cover);
      case "numbered" -> numbered(value);
      case "articles" -> articles(value);
      case PLAIN_LANGUAGE -> {
        // read by dev.pamphlet.core.readability.ManifestRules, which reports its own problems
      }
      default -> problems.add(Diagnostic.warning(LoadCodes.UNKNOWN_KEY,
          "unknown key '" + key + "' is ignored; known keys: title, subtitle, summary, authors, "
              + "language, organization, reviewed, next-review, keywords, sources, cover, "
              + "numbered, articles, " + PLAIN_LANGUAGE, keyAt));
    }
  }

  private Optional<String> text(String key, YamlNode value) {
    if (value instanceof Scalar scalar) {
      return Optional.of(scalar.text().strip());
    }
    invalid(value, "'" + key + "' should be text, found " + value.kind());
    return Optional.empty();
  }

  /** A list of texts; a single text counts as a list of one. */
  private Optional<List<String>> texts(String key, YamlNode value) {
    if (value instanceof Scalar scalar) {
      return Optional.of(scalar.type() == ScalarType.NULL ? List.of()
          : List.of(scalar.text().strip()));
    }
    if (value instanceof Sequence sequence) {
      List<String> out = new ArrayList<>();
      for (YamlNode item : sequence.items()) {
        text(key, item).filter(t -> !t.isEmpty()).ifPresent(out::add);
      }
      return Optional.of(out);
    }
    invalid(value, "'" + key + "' should be a list of texts, found " + value.kind());
    return Optional.empty();
  }

  private Optional<LocalDate> date(String key, YamlNode value) {
    if (value instanceof Scalar scalar && scalar.type() != ScalarType.NULL) {
      try {
        return Optional.of(LocalDate.parse(scalar.text().strip()));
      } catch (DateTimeParseException e) {
        // reported below, like any other value of the wrong form
      }
    } else if (value instanceof Scalar) {
      return Optional.empty();
    }
    invalid(value, "'" + key + "' should be a date written YYYY-MM-DD, such as 2026-10-01");
    return Optional.empty();
  }

  private Optional<Organization> organization(YamlNode value) {
    if (value instanceof Scalar scalar) {
      return Optional.of(new Organization(scalar.text().strip(), ""));
    }
    if (value instanceof Mapping mapping) {
      String name = "";
      String contact = "";
      for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
        switch (entry.getKey()) {
          case "name" -> name = text("organization name", entry.getValue()).orElse(name);
          case "contact" ->
              contact = text("organization contact", entry.getValue()).orElse(contact);
          default -> problems.add(Diagnostic.warning(LoadCodes.UNKNOWN_KEY,
              "unknown key '" + entry.getKey() + "' in 'organization' is ignored; "
                  + "known keys: name, contact", mapping.keyPositions().get(entry.getKey())));
        }
      }
      return Optional.of(new Organization(name, contact));
    }
    invalid(value, "'organization' should be a name, or 'name' and 'contact'");
    return Optional.empty();
  }

  private Optional<List<Citation>> sources(YamlNode value) {
    if (!(value instanceof Sequence sequence)) {
      invalid(value, "'sources' should be a list, each with 'text' and an optional 'url'");
      return Optional.empty();
    }
    List<Citation> out = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      source(item).ifPresent(out::add);
    }
    return Optional.of(out);
  }

  private Optional<Citation> source(YamlNode item) {
    String text = "";
    String url = "";
    if (item instanceof Scalar scalar) {
      text = scalar.text().strip();
    } else if (item instanceof Mapping mapping) {
      for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
        switch (entry.getKey()) {
          case "text" -> text = text("source text", entry.getValue()).orElse(text);
          case "url" -> url = text("source url", entry.getValue()).orElse(url);
          default -> problems.add(Diagnostic.warning(LoadCodes.UNKNOWN_KEY,
              "unknown key '" + entry.getKey() + "' in a source is ignored; "
                  + "known keys: text, url", mapping.keyPositions().get(entry.getKey())));
        }
      }
    }
    if (text.isBlank()) {
      invalid(item, "each source needs its text ('text: ...')");
      return Optional.empty();
    }
    return Optional.of(new Citation(text, url));
  }

  private void numbered(YamlNode value) {
    if (value instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
      numbered = Boolean.parseBoolean(scalar.text());
    } else {
      invalid(value, "'numbered' should be true or false, found " + value.kind());
    }
  }

  private void articles(YamlNode value) {
    if (value instanceof Scalar scalar && scalar.type() == ScalarType.NULL) {
      return;
    }
    if (!(value instanceof Sequence sequence)) {
      invalid(value, "'articles' should be a list of file names, one per line ('- intro.md')");
      return;
    }
    for (YamlNode item : sequence.items()) {
      if (item instanceof Scalar scalar && scalar.type() == ScalarType.STRING
          && !scalar.text().isBlank()) {
        articles.add(new BookletManifest.Entry(scalar.text().strip(), item.position()));
      } else {
        invalid(item, "each article should be a file name, such as 'intro.md', found "
            + item.kind());
      }
    }
  }

  private void invalid(YamlNode value, String message) {
    problems.add(Diagnostic.error(LoadCodes.BAD_VALUE, message, value.position()));
  }
}
