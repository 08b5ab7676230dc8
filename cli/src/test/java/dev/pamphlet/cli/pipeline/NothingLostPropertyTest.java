package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.PublicationArbitraries;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated publications — every node type nested, text full of quotes, controls, emoji,
 * combining marks, right-to-left and CJK scripts — lose no text in HTML, EPUB or PDF,
 * booklets included (the rule: {@link NothingLostTest}). 60 tries, as each renders a PDF
 * handout per article and a booklet.
 */
class NothingLostPropertyTest {
  @Property(tries = 60)
  void generatedPublicationsLoseNothingInAnyFormat(@ForAll("publications") Publication
      publication) throws IOException {
    assertThat(NothingLost.of(publication, SourceMap.EMPTY, true)).isEmpty();
  }

  @Provide
  Arbitrary<Publication> publications() {
    return PublicationArbitraries.publications(); // article ids are unique
  }
}
