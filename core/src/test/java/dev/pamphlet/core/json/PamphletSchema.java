package dev.pamphlet.core.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of the wire format, loaded from the main resources, for tests. */
final class PamphletSchema {

  static final String RESOURCE = "pamphlet-1.schema.json";

  private static final JsonSchema SCHEMA = load();

  private PamphletSchema() {}

  /** The schema's complaints about {@code json}; empty when it validates. */
  static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(ValidationMessage::toString).sorted().toList();
  }

  private static JsonSchema load() {
    try (InputStream in = JsonCodec.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not beside JsonCodec");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
