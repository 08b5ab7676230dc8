package dev.pamphlet.core.markdown;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.MetadataBuilder;
import dev.pamphlet.core.model.Organization;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** The front matter keys we understand, and how each value is checked and stored. */
final class FrontMatterFields {
  private final MetadataBuilder metadata;
  private final Consumer<Diagnostic> report;
  private String id = "";

  FrontMatterFields(MetadataBuilder metadata, Consumer<Diagnostic> report) {
    this.metadata = metadata;
    this.report = report;
  }

  String id() {
    return id;
  }

  void apply(String key, JsonNode value, SourcePosition at) {
    if (value == null || value.isNull()) {
      return;
    }
    switch (key) {
      case "title" -> text(key, value, at).ifPresent(metadata::title);
      case "subtitle" -> text(key, value, at).ifPresent(metadata::subtitle);
      case "summary" -> text(key, value, at).ifPresent(metadata::summary);
      case "authors", "author" -> texts(key, value, at).ifPresent(metadata::authors);
      case "language", "lang" -> text(key, value, at).ifPresent(metadata::language);
      case "organization" -> organization(value, at).ifPresent(metadata::organization);
      case "reviewed" -> date(key, value, at).ifPresent(metadata::reviewed);
      case "next-review" -> date(key, value, at).ifPresent(metadata::nextReview);
      case "keywords" -> keywords(value, at).ifPresent(metadata::keywords);
      case "sources" -> sources(value, at).ifPresent(metadata::sources);
      case "cover" -> text(key, value, at).ifPresent(metadata::cover);
      case "id" -> text(key, value, at).ifPresent(given -> articleId(given, at));
      default -> report.accept(Diagnostic.warning("frontmatter.unknown-key",
          "unknown front matter key '" + key + "' is ignored (known: title, subtitle, summary,"
              + " authors, language, organization, reviewed, next-review, keywords, sources,"
              + " cover, id)", at));
    }
  }

  private void articleId(String given, SourcePosition at) {
    if (Ids.isValid(given)) {
      id = given;
    } else {
      invalid("id", "'" + given + "' is not a valid id (no spaces, '#', '/', quotes or '<>')", at);
    }
  }

  private Optional<String> text(String key, JsonNode value, SourcePosition at) {
    if (value.isValueNode()) {
      return Optional.of(value.asString().strip());
    }
    invalid(key, "expected a single value", at);
    return Optional.empty();
  }

  private Optional<List<String>> texts(String key, JsonNode value, SourcePosition at) {
    if (value.isValueNode()) {
      return Optional.of(List.of(value.asString().strip()));
    }
    if (value.isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isValueNode()) {
          invalid(key, "expected a list of names", at);
          return Optional.empty();
        }
        if (!item.isNull() && !item.asString().isBlank()) {
          out.add(item.asString().strip());
        }
      }
      return Optional.of(out);
    }
    invalid(key, "expected a name or a list of names", at);
    return Optional.empty();
  }

  private Optional<List<String>> keywords(JsonNode value, SourcePosition at) {
    if (value.isValueNode()) {
      List<String> out = new ArrayList<>();
      for (String keyword : value.asString().split(",")) {
        if (!keyword.isBlank()) {
          out.add(keyword.strip());
        }
      }
      return Optional.of(out);
    }
    return texts("keywords", value, at);
  }

  private Optional<Organization> organization(JsonNode value, SourcePosition at) {
    if (value.isValueNode()) {
      return Optional.of(new Organization(value.asString().strip(), ""));
    }
    if (value.isObject()) {
      for (String field : value.propertyNames()) {
        if (!field.equals("name") && !field.equals("contact")) {
          report.accept(Diagnostic.warning("frontmatter.unknown-key",
              "unknown key 'organization." + field + "' is ignored (known: name, contact)", at));
        }
      }
      return Optional.of(new Organization(member(value, "name"), member(value, "contact")));
    }
    invalid("organization", "expected a name, or 'name' and 'contact'", at);
    return Optional.empty();
  }

  private Optional<List<Citation>> sources(JsonNode value, SourcePosition at) {
    if (!value.isArray()) {
      invalid("sources", "expected a list of sources", at);
      return Optional.empty();
    }
    List<Citation> out = new ArrayList<>();
    for (JsonNode item : value) {
      String text = item.isValueNode() ? item.asString().strip() : member(item, "text");
      String url = item.isObject() ? member(item, "url") : "";
      if (text.isEmpty()) {
        invalid("sources", "each source needs its text ('text: ...')", at);
        continue;
      }
      out.add(new Citation(text, url));
    }
    return Optional.of(out);
  }

  private Optional<LocalDate> date(String key, JsonNode value, SourcePosition at) {
    String text = value.isValueNode() ? value.asString().strip() : "";
    LocalDate plain = plainDate(text);
    if (plain != null) {
      return Optional.of(plain);
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      invalid(key, "'" + text + "' is not a date; write it as YYYY-MM-DD", at);
      return Optional.empty();
    }
  }

  /**
   * The date {@code YYYY-MM-DD} stands for when it is one, else null: the common case without
   * {@code LocalDate.parse}, which costs as much as the rest of the front matter. Anything else
   * (other forms, impossible dates) is left to {@code LocalDate.parse} and its messages.
   */
  private static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits from {@code start} to {@code end} spell, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String member(JsonNode object, String name) {
    JsonNode member = object.get(name);
    return member == null || !member.isValueNode() || member.isNull()
        ? "" : member.asString().strip();
  }

  private void invalid(String key, String problem, SourcePosition at) {
    report.accept(Diagnostic.error("frontmatter.invalid-value",
        "front matter '" + key + "': " + problem, at));
  }
}
