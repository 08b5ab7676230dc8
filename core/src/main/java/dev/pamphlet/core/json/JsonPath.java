package dev.pamphlet.core.json;

import java.util.regex.Pattern;

/**
 * JSONPath-style locations used in messages: {@code $.articles[1].blocks[3].items[0]}. Field
 * names that are not plain identifiers use the bracket form {@code $['odd name']}.
 */
final class JsonPath {

  /** The document root. */
  static final String ROOT = "$";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPath() {}

  static String field(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return parent + "." + name;
    }
    StringBuilder out = new StringBuilder(parent).append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append("']").toString();
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
