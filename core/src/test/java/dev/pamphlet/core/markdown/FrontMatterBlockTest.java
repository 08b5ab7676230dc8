package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The YAML text of a front matter block is the lines between its fences, however it ends. */
class FrontMatterBlockTest {
  @Property(tries = 1000)
  void yamlTextIsTheLinesBetweenTheFencesJoinedWithLineBreaks(@ForAll("block") String block) {
    List<String> lines = block.lines().toList();
    int end = lines.size();
    if (end > 1 && List.of("---", "...").contains(lines.get(end - 1).strip())) {
      end--;
    }
    String expected = end <= 1 ? "" : String.join("\n", lines.subList(1, end)) + "\n";

    assertThat(FrontMatter.yamlOf(block)).as("%s", block).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> block() {
    return Arbitraries.of("---", "...", "--- ", " ...", "title: x", "", " ", "\n", "\n",
            "\r\n", "\r", "\u2003---")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
