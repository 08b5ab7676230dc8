package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonKindTest {
  @Test
  void publicationIsKnownByItsTopLevelType() {
    assertThat(JsonKind.isPublication(
        "{\"pamphlet\": 1, \"metadata\": {\"type\": \"x\"}, \"type\": \"publication\"}")).isTrue();
  }

  @Test
  void articlesNestedTypesAndBrokenJsonAreNotPublications() {
    assertThat(JsonKind.isPublication("{\"pamphlet\": 1, \"type\": \"article\"}")).isFalse();
    assertThat(JsonKind.isPublication("{\"blocks\": [{\"type\": \"publication\"}]}")).isFalse();
    assertThat(JsonKind.isPublication("{\"type\": \"publ")).isFalse();
    assertThat(JsonKind.isPublication("[]")).isFalse();
    assertThat(JsonKind.isPublication("")).isFalse();
  }
}
