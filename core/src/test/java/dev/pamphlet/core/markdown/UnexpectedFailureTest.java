package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Should flexmark ever hand over something we cannot convert, reading goes on. */
class UnexpectedFailureTest {
  private static final String TEXT = "Rest after the session.";

  @Test
  void partThatCannotBeConvertedIsReportedWithItsPositionAndItsTextKept() {
    Document document = new Document(new MutableDataSet(), BasedSequence.of(TEXT));
    ReadContext context = new ReadContext(new SourceLines("guide.md", TEXT), document);
    List<Block> out = new ArrayList<>();

    new BlockConverter(context).add(new BrokenParagraph(document.getChars()), out);

    assertThat(out).containsExactly(Paragraph.of(TEXT));
    assertThat(context.diagnostics()).extracting(Markdown::brief)
        .containsExactly("markdown.internal@1:1");
  }

  /** A paragraph whose content cannot be walked. */
  private static final class BrokenParagraph extends com.vladsch.flexmark.ast.Paragraph {
    BrokenParagraph(BasedSequence chars) {
      super(chars);
    }

    @Override
    public Node getFirstChild() {
      throw new IllegalStateException("broken on purpose");
    }
  }
}
