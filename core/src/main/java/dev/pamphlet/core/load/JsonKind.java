package dev.pamphlet.core.load;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells a Pamphlet JSON publication from an article by its top-level {@code "type"}, without
 * decoding the rest. Anything else (an article, broken JSON) goes to the article reader, which
 * reports what is wrong with line and column.
 */
final class JsonKind {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonKind() {}

  static boolean isPublication(String json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type")) {
          return value == JsonToken.VALUE_STRING && parser.getString().equals("publication");
        }
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }
}
